import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  type CentreEvent,
  type CentreScenario,
  QueueInputError,
  type SimulateCentreOptions,
  simulate,
  simulateCentre,
} from '../../src/index.js';
import { routingViolations } from './centreRouting.js';

const twoQueues: CentreScenario = {
  queues: [
    { name: 'sales', arrivalRate: 0.04, handleTime: 120, patience: 200 },
    { name: 'care', arrivalRate: 0.02, handleTime: { kind: 'lognormal', mean: 200, cv: 0.8 }, patience: 400 },
  ],
  agents: [
    { count: 3, serves: ['sales'] },
    { name: 'care', count: 3, serves: ['care'] },
    { name: 'both', count: 3, serves: ['sales', { queue: 'care', penalty: 1 }] },
  ],
};

function run(scenario: CentreScenario, options: SimulateCentreOptions) {
  const events: CentreEvent[] = [];
  const result = simulateCentre(scenario, { ...options, records: true, onEvent: (event) => events.push(event) });
  return { result, events };
}

/** A random centre: 1 to 3 queues, 1 to 4 groups serving random subsets with penalties; every queue served. */
const centres = fc
  .record({
    queues: fc.array(
      fc.record({
        arrivalRate: fc.double({ min: 0.001, max: 0.2, noNaN: true }),
        handleTime: fc.double({ min: 5, max: 300, noNaN: true }),
        patience: fc.option(fc.double({ min: 1, max: 600, noNaN: true }), { nil: undefined }),
      }),
      { minLength: 1, maxLength: 3 },
    ),
    groups: fc.array(
      fc.record({
        count: fc.integer({ min: 0, max: 6 }),
        mask: fc.integer({ min: 1, max: 7 }),
        penalties: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 3, maxLength: 3 }),
      }),
      {
        minLength: 1,
        maxLength: 4,
      },
    ),
  })
  .map(({ queues, groups }): CentreScenario => {
    const names = queues.map((_, q) => `q${q}`);
    const agents = groups.map((group) => ({
      count: group.count,
      serves: names.filter((_, q) => (group.mask >> q) & 1).map((queue, j) => ({ queue, penalty: group.penalties[j] as number })),
    }));
    // every queue needs an agent: a last group of one agent for the queues nobody serves
    const unserved = names.filter((name) => !agents.some((group) => group.count > 0 && group.serves.some((skill) => skill.queue === name)));
    if (unserved.length > 0) agents.push({ count: 1, serves: unserved.map((queue) => ({ queue, penalty: 0 })) });
    return {
      queues: queues.map(({ patience, ...queue }, q) => ({
        name: names[q] as string,
        ...queue,
        ...(patience === undefined ? {} : { patience }),
      })),
      agents: agents.filter((group) => group.serves.length > 0),
    };
  });

describe('simulateCentre(scenario, options): the run', () => {
  it('one queue served by every agent is simulate(): the same waits to the bit with the same seed (no patience)', () => {
    const single = simulate(
      { arrivalRate: 0.5, handleTime: { kind: 'gamma', mean: 180, cv: 0.7 }, agents: 95 },
      { calls: 5000, seed: 7, records: true },
    );
    const centre = simulateCentre(
      {
        queues: [{ name: 'q', arrivalRate: 0.5, handleTime: { kind: 'gamma', mean: 180, cv: 0.7 } }],
        agents: [{ count: 95, serves: ['q'] }],
      },
      { duration: 12_000, warmUpTime: 0, seed: 7, records: true },
    );
    const records = centre.records ?? [];
    const compared = records.filter((record) => record.outcome === 'answered');
    expect(compared.length).toBeGreaterThan(5000);
    for (const record of compared) {
      const other = single.records?.[record.callId];
      if (other === undefined) continue;
      expect([record.arrival, record.wait]).toEqual([other.arrival, other.wait]);
    }
  });
  it('one queue with patience served by two groups agrees with simulate() within twice its confidence intervals', () => {
    const queue = { arrivalRate: 0.5, handleTime: 180, patience: 300 };
    const single = simulate({ ...queue, agents: 95 }, { duration: 400_000, seed: 2, answerTime: 20 });
    const centre = simulateCentre(
      {
        queues: [{ name: 'q', ...queue }],
        agents: [
          { count: 50, serves: ['q'] },
          { count: 45, serves: ['q'] },
        ],
      },
      { duration: 400_000, seed: 3, answerTime: 20 },
    );
    const figures = centre.queues[0];
    for (const [name, value] of [
      ['asa', figures?.asa],
      ['probAbandon', figures?.probAbandon],
      ['probWait', figures?.probWait],
      ['serviceLevel', figures?.serviceLevel],
    ] as const) {
      const e = single[name as 'asa'];
      expect(Math.abs((value as number) - e.value), name).toBeLessThanOrEqual(e.upper - e.lower);
    }
  });
  it('is reproducible: same seed same result, another seed another', () => {
    const a = simulateCentre(twoQueues, { duration: 20_000, seed: 5 });
    expect(simulateCentre(twoQueues, { duration: 20_000, seed: 5 })).toEqual(a);
    expect(simulateCentre(twoQueues, { duration: 20_000, seed: 6 }).overall.asa).not.toBe(a.overall.asa);
  });
  it('measures only callers arriving after the warm-up, and reports the simulated time', () => {
    const { result } = run(twoQueues, { duration: 20_000, warmUpTime: 5000, seed: 1 });
    const measured = (result.records ?? []).filter((record) => record.measured);
    expect(measured.every((record) => record.arrival >= 5000)).toBe(true);
    expect(result.overall.offered).toBe(measured.length);
    expect(result.simulatedTime).toBe(20_000);
    expect(result.simulatedCalls).toBe(result.records?.length);
  });
  it('routes as documented: penalties, longest waiting, fewest queues first, no idle agent while a caller it serves waits', () => {
    const { events } = run(twoQueues, { duration: 30_000, seed: 11 });
    expect(routingViolations(twoQueues, events)).toEqual([]);
  });
  it('names the agent on answered and completed, and the queue on every call event', () => {
    const { events } = run(twoQueues, { duration: 2000, seed: 1 });
    expect(events.filter((event) => event.type === 'agent')).toHaveLength(9);
    expect(events[0]).toEqual({ type: 'agent', time: 0, agent: 'g0:0', state: 'available' });
    const answered = events.find((event) => event.type === 'answered');
    expect(answered && 'agent' in answered && /^(g0|care|both):\d$/.test(answered.agent)).toBe(true);
    expect(events.every((event, i) => i === 0 || event.time >= (events[i - 1] as CentreEvent).time)).toBe(true);
  });
});

describe('simulateCentre(scenario, options): invariants over random centres', () => {
  test.prop([centres, fc.integer({ min: 1, max: 1000 })], { numRuns: 40 })(
    'offered = answered + abandoned + waiting per queue and overall; records and events agree; routing rules hold',
    (scenario, seed) => {
      const { result, events } = run(scenario, { duration: 5000, warmUpTime: 500, seed, answerTime: 30 });
      for (const figures of [...result.queues, result.overall]) {
        expect(figures.offered).toBe(figures.answered + figures.abandoned + figures.waiting);
        for (const share of [figures.probWait, figures.probAbandon, figures.serviceLevel as number])
          expect(share >= 0 && share <= 1).toBe(true);
      }
      const measured = (result.records ?? []).filter((record) => record.measured);
      for (const outcome of ['answered', 'abandoned', 'waiting'] as const) {
        expect(measured.filter((record) => record.outcome === outcome).length).toBe(result.overall[outcome]);
      }
      const answeredByGroups = result.groups.reduce((sum, group) => sum + Object.values(group.answered).reduce((a, b) => a + b, 0), 0);
      expect(answeredByGroups).toBe(result.overall.answered);
      for (const group of result.groups) expect(group.occupancy >= 0 && group.occupancy <= 1).toBe(true);
      expect(routingViolations(scenario, events)).toEqual([]);
    },
  );
});

describe('simulateCentre(scenario, options): bad input names the parameter', () => {
  const agents = [{ count: 2, serves: ['a'] }];
  const queues = [{ name: 'a', arrivalRate: 0.1, handleTime: 60 }];
  const cases: [string, unknown, unknown, string][] = [
    ['no queues', { queues: [], agents }, {}, 'scenario.queues'],
    ['a queue name used twice', { queues: [...queues, ...queues], agents }, {}, 'scenario.queues[1].name'],
    ['a negative arrival rate', { queues: [{ ...queues[0], arrivalRate: -1 }], agents }, {}, 'scenario.queues[0].arrivalRate'],
    ['a bad handle time', { queues: [{ ...queues[0], handleTime: 0 }], agents }, {}, 'scenario.queues[0].handleTime'],
    ['an unknown queue in serves', { queues, agents: [{ count: 2, serves: ['a', 'b'] }] }, {}, 'scenario.agents[0].serves[1]'],
    ['an unknown queue in a skill', { queues, agents: [{ count: 2, serves: [{ queue: 'b' }] }] }, {}, 'scenario.agents[0].serves[0].queue'],
    ['a queue named twice in serves', { queues, agents: [{ count: 2, serves: ['a', 'a'] }] }, {}, 'scenario.agents[0].serves[1]'],
    [
      'a fractional penalty',
      { queues, agents: [{ count: 2, serves: [{ queue: 'a', penalty: 0.5 }] }] },
      {},
      'scenario.agents[0].serves[0].penalty',
    ],
    ['empty serves', { queues, agents: [{ count: 2, serves: [] }] }, {}, 'scenario.agents[0].serves'],
    ['a fractional agent count', { queues, agents: [{ count: 1.5, serves: ['a'] }] }, {}, 'scenario.agents[0].count'],
    [
      'a queue nobody serves',
      { queues: [...queues, { name: 'b', arrivalRate: 0.1, handleTime: 60 }], agents },
      {},
      'scenario.queues[1].name',
    ],
    ['a queue served by a group of no agents', { queues, agents: [{ count: 0, serves: ['a'] }] }, {}, 'scenario.queues[0].name'],
    [
      'a group name used twice',
      {
        queues,
        agents: [
          { name: 'x', count: 1, serves: ['a'] },
          { name: 'x', count: 1, serves: ['a'] },
        ],
      },
      {},
      'scenario.agents[1].name',
    ],
    ['a duration of 0', { queues, agents }, { duration: 0 }, 'options.duration'],
    ['an onEvent that is not a function', { queues, agents }, { onEvent: 1 }, 'options.onEvent'],
    ['a budget above the limit', { queues, agents }, { duration: 1e12 }, 'options.duration'],
  ];
  for (const [what, scenario, options, parameter] of cases) {
    it(`${what} → QueueInputError naming ${parameter}`, () => {
      let thrown: unknown;
      try {
        simulateCentre(scenario as CentreScenario, options as SimulateCentreOptions);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(QueueInputError);
      expect((thrown as QueueInputError).parameter).toBe(parameter);
    });
  }
});

describe('simulateCentre(scenario, options): overload', () => {
  it('an overloaded centre is an answer: callers pile up as waiting, or hang up', () => {
    const queues = [{ name: 'a', arrivalRate: 1, handleTime: 100 }];
    const result = simulateCentre({ queues, agents: [{ count: 2, serves: ['a'] }] }, { duration: 10_000, warmUpTime: 0 });
    expect(result.overall.waiting).toBeGreaterThan(9000);
    const impatient = simulateCentre(
      { queues: [{ name: 'a', arrivalRate: 1, handleTime: 100, patience: 60 }], agents: [{ count: 2, serves: ['a'] }] },
      { duration: 10_000 },
    );
    expect(impatient.overall.probAbandon).toBeGreaterThan(0.9);
  });
  it('holding 10⁶ callers waiting at once is refused (limit-reached, naming options.duration)', () => {
    const queues = [{ name: 'a', arrivalRate: 10, handleTime: 100 }];
    let thrown: unknown;
    try {
      simulateCentre({ queues, agents: [{ count: 1, serves: ['a'] }] }, { duration: 150_000, warmUpTime: 0 });
    } catch (error) {
      thrown = error;
    }
    expect((thrown as QueueInputError).parameter).toBe('options.duration');
    expect((thrown as QueueInputError).code).toBe('limit-reached');
  });
});

describe('simulateCentre(scenario, options): found by the fuzzer (npm run fuzz)', () => {
  const scenario: CentreScenario = {
    queues: [
      { name: 'a', arrivalRate: 0.05, handleTime: 120, patience: 200 },
      { name: 'b', arrivalRate: 0.02, handleTime: { kind: 'gamma', mean: 300, cv: 0.5 } },
    ],
    agents: [
      { count: 3, serves: ['a'] },
      { name: 'ab', count: 4, serves: ['b', { queue: 'a', penalty: 1 }] },
    ],
  };
  it('a group busy all the time has occupancy 1, not 1.0000000000000004 (fuzz seed 20261203)', () => {
    const result = simulateCentre(scenario, { duration: 20_000, answerTime: 20 });
    expect(result.groups[1]?.occupancy).toBe(1);
  });
  it('a duration lost in rounding after a long warm-up measures nothing, with no NaN (fuzz seed 7)', () => {
    const result = simulateCentre(scenario, { duration: 2.2250738585072014e-308, warmUpTime: 1000 });
    expect(result.groups.map((group) => group.occupancy)).toEqual([0, 0]);
    expect(result.overall.offered).toBe(0);
    expect(Object.values(result.overall).every((value) => !Number.isNaN(value))).toBe(true);
  });
});
