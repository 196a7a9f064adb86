import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { analyze, callCapacity, requiredAgents } from '../../src/index.js';

describe('callCapacity(team, target)', () => {
  it('is the largest rate for which the team still suffices', () => {
    const t = { serviceLevel: 0.8, answerTime: 20 };
    const lambda = callCapacity({ agents: 14, handleTime: 180 }, t);
    expect(lambda * 1800).toBeCloseTo(108.68, 1);
    expect(analyze({ arrivalRate: lambda, handleTime: 180, agents: 14 }, { answerTime: 20 }).serviceLevel).toBeGreaterThanOrEqual(0.8);
    expect(analyze({ arrivalRate: lambda * (1 + 1e-9), handleTime: 180, agents: 14 }, { answerTime: 20 }).serviceLevel).toBeLessThan(0.8);
  });
  it('is 0 with no agents and stays below the stability limit for Erlang C', () => {
    expect(callCapacity({ agents: 0, handleTime: 180 }, { maxOccupancy: 0.9 })).toBe(0);
    expect(callCapacity({ agents: 10, handleTime: 180 }, { maxOccupancy: 0.9 })).toBeCloseTo((0.9 * 10) / 180, 12);
  });
  test.prop(
    [
      fc.integer({ min: 1, max: 2000 }),
      fc.double({ min: 10, max: 900, noNaN: true }),
      fc.double({ min: 0.05, max: 0.99, noNaN: true }),
      fc.double({ min: 0, max: 120, noNaN: true }),
      fc.option(fc.double({ min: 5, max: 2000, noNaN: true }), { nil: undefined }),
    ],
    { numRuns: 80 },
  )('inverts requiredAgents: requiredAgents(capacity) ≤ agents < requiredAgents(capacity·(1 + 1e-6))', (n, h, sl, t, patience) => {
    const target = { serviceLevel: sl, answerTime: t };
    const lambda = callCapacity(patience === undefined ? { agents: n, handleTime: h } : { agents: n, handleTime: h, patience }, target);
    const demand = (rate: number) =>
      patience === undefined ? { arrivalRate: rate, handleTime: h } : { arrivalRate: rate, handleTime: h, patience };
    expect(lambda).toBeGreaterThan(0);
    expect(requiredAgents(demand(lambda), target).agents).toBeLessThanOrEqual(n);
    expect(requiredAgents(demand(lambda * (1 + 1e-6)), target).agents).toBeGreaterThan(n - 1);
  });
});

// Regression tests for hostile-input findings.
describe('callCapacity at the edges', () => {
  it('a target every rate meets answers Infinity at once (Erlang A)', () => {
    expect(callCapacity({ agents: 14, handleTime: 180, patience: 300 }, { maxProbWait: 1 })).toBe(Infinity);
  });
  it('a vacuous maxOccupancy: 1 does not lower the answer', () => {
    const team = { agents: 2513, handleTime: 229.15, patience: 168.9 };
    const with1 = callCapacity(team, { asa: 62.4, maxOccupancy: 1 });
    const without = callCapacity(team, { asa: 62.4 });
    expect(with1).toBe(without);
    expect(without).toBeGreaterThan(15.8);
  });
  it('Erlang C with maxOccupancy: 1 returns a stable rate', () => {
    const lambda = callCapacity({ agents: 14, handleTime: 180 }, { maxOccupancy: 1 });
    expect(lambda * 180).toBeLessThan(14);
    expect(analyze({ arrivalRate: lambda, handleTime: 180, agents: 14 }).stable).toBe(true);
    expect(lambda).toBeCloseTo(14 / 180, 14);
  });
  test.prop(
    [fc.integer({ min: 1, max: 5000 }), fc.double({ min: 1, max: 900, noNaN: true }), fc.double({ min: 0.05, max: 1, noNaN: true })],
    { numRuns: 100 },
  )('the occupancy at the answer never exceeds the cap, as analyze computes it', (agents, handleTime, maxOccupancy) => {
    for (const patience of [undefined, 300]) {
      const team = patience === undefined ? { agents, handleTime } : { agents, handleTime, patience };
      const lambda = callCapacity(team, { maxOccupancy });
      if (lambda === Infinity) continue;
      expect(analyze({ ...team, arrivalRate: lambda }).occupancy).toBeLessThanOrEqual(maxOccupancy);
    }
  });
  it('a subnormal handle time gives a finite rate or Infinity, never NaN', () => {
    const lambda = callCapacity({ agents: 3, handleTime: 5e-324, patience: 300 }, { serviceLevel: 0.8, answerTime: 20 });
    expect(Number.isNaN(lambda)).toBe(false);
  });
});
