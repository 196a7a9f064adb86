import { describe, expect, test } from 'vitest';
import { answer, curves, type Scenario } from '../../../site/app/calculate.js';
import { analyze, requiredAgents, scheduledAgents } from '../../../src/index.js';

const SCENARIO: Scenario = {
  calls: 250,
  callsPer: 'interval',
  intervalMinutes: 30,
  handleTime: 240,
  patience: 120,
  target: { serviceLevel: 0.8, answerTime: 20 },
  shrinkage: 0.3,
};

describe('the calculator (site/app/calculate.ts)', () => {
  test('answer: the library’s requiredAgents for calls per interval, the agents to schedule, and Erlang C for the same target', () => {
    const a = answer(SCENARIO);
    const demand = { arrivalRate: 250 / 1800, handleTime: 240, patience: 120 };
    expect(a.result).toEqual(requiredAgents(demand, SCENARIO.target));
    expect(a.scheduled).toBe(scheduledAgents(a.result.agents, 0.3));
    expect(a.erlangC?.agents).toBe(requiredAgents({ arrivalRate: 250 / 1800, handleTime: 240 }, SCENARIO.target).agents);
    expect(answer({ ...SCENARIO, patience: undefined }).erlangC).toBeUndefined();
  });

  test('calls per hour are a rate: 500 an hour is 250 a half hour', () => {
    expect(answer({ ...SCENARIO, calls: 500, callsPer: 'hour' }).result).toEqual(answer(SCENARIO).result);
  });

  test('curves: both models at 8 agents either side of the answer (from 1 agent), at the target’s answer time', () => {
    const a = answer(SCENARIO);
    const c = curves(a);
    expect(c.agents).toEqual(Array.from({ length: 17 }, (_, i) => a.result.agents - 8 + i));
    expect(c.erlangA?.[8]).toEqual(a.result.metrics);
    expect(c.erlangC[0]).toEqual(analyze({ arrivalRate: 250 / 1800, handleTime: 240, agents: c.agents[0] as number }, { answerTime: 20 }));
    expect(curves(answer({ ...SCENARIO, calls: 2 })).agents[0]).toBe(1);
  });

  test('a bad input is the library’s error, naming the parameter', () => {
    expect(() => answer({ ...SCENARIO, handleTime: -1 })).toThrow(/demand\.handleTime/);
    expect(() => answer({ ...SCENARIO, intervalMinutes: 0 })).toThrow(/intervalSeconds/);
  });
});
