import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { type Estimate, QueueInputError, type SimEvent, type SimResult, simulate } from '../../src/index.js';

const base = { arrivalRate: 0.5, handleTime: 180, agents: 95, patience: 300 };

/** Every number in a result (estimates, counts, quantiles) — none may be NaN. */
function numbers(r: unknown, out: number[] = []): number[] {
  if (typeof r === 'number') out.push(r);
  else if (Array.isArray(r)) for (const x of r) numbers(x, out);
  else if (r !== null && typeof r === 'object') for (const v of Object.values(r)) numbers(v, out);
  return out;
}

function estimates(r: SimResult): [string, Estimate][] {
  return Object.entries(r).filter(([, v]) => v !== null && typeof v === 'object' && 'lower' in v) as [string, Estimate][];
}

describe('simulate(scenario, options): determinism and budgets', () => {
  it('simulate(s, { seed }) is reproducible: same seed same result, another seed another result', () => {
    const a = simulate(base, { calls: 5000, seed: 42, answerTime: 20 });
    const b = simulate(base, { calls: 5000, seed: 42, answerTime: 20 });
    const c = simulate(base, { calls: 5000, seed: 43, answerTime: 20 });
    expect(b).toEqual(a);
    expect(c.meanWait.value).not.toBe(a.meanWait.value);
  });
  it('pins the stream: a fixed seed gives fixed numbers on every runtime (own PRNG, own log/exp)', () => {
    const r = simulate(
      { arrivalRate: 1, handleTime: { kind: 'lognormal', mean: 5, cv: 1 }, agents: 6, patience: { kind: 'gamma', mean: 10, cv: 0.5 } },
      { calls: 1000, seed: 9, records: true },
    );
    const first = r.records?.[1100 - 1];
    expect(first?.callId).toBe(1099);
    // snapshot of raw draws: any change of generator, seeding or sampler shows here
    expect(r.records?.slice(0, 3).map((c) => [c.arrival, c.patience, c.handleTime])).toMatchSnapshot();
  });
  it('counts exactly `calls` measured calls after `warmUpCalls`', () => {
    const r = simulate(base, { calls: 3001, warmUpCalls: 500, batches: 7 });
    expect(r.calls).toBe(3001);
    expect(r.simulatedCalls).toBe(3501);
    expect(r.samples).toBe(7);
    expect(r.method).toBe('batch-means');
  });
  it('a duration budget measures that many simulated seconds after a warm-up of a tenth', () => {
    const r = simulate(base, { duration: 20_000 });
    expect(r.simulatedTime).toBe(20_000);
    expect(Math.abs(r.calls - 10_000)).toBeLessThan(500); // Poisson(10 000)
  });
  it('records are only kept when asked for', () => {
    expect(simulate(base, { calls: 100 }).records).toBeUndefined();
    expect(simulate(base, { calls: 100, warmUpCalls: 0, records: true }).records).toHaveLength(100);
  });
});

describe('simulate(scenario, { onEvent }): the replayed event stream', () => {
  const collect = (
    scenario: Parameters<typeof simulate>[0],
    options: Parameters<typeof simulate>[1],
  ): { events: SimEvent[]; r: SimResult } => {
    const events: SimEvent[] = [];
    const r = simulate(scenario, { ...options, records: true, onEvent: (e) => events.push(e) });
    return { events, r };
  };
  test.prop([fc.integer({ min: 1, max: 6 }), fc.double({ min: 0.5, max: 1.5, noNaN: true }), fc.integer()], { numRuns: 20 })(
    'is in time order, and says for each call exactly what its record says',
    (agents, rho, seed) => {
      const { events, r } = collect(
        { arrivalRate: rho * agents, handleTime: 1, agents, patience: { kind: 'deterministic', mean: 0.7 } },
        { calls: 400, seed },
      );
      for (let i = 1; i < events.length; i++) expect((events[i] as SimEvent).time).toBeGreaterThanOrEqual((events[i - 1] as SimEvent).time);
      expect(events[0]).toEqual({ type: 'login', time: 0, count: agents });
      for (const c of r.records ?? []) {
        const mine = events.filter((e) => 'id' in e && e.id === c.callId);
        if (c.answered) {
          expect(mine.map((e) => e.type)).toEqual(['joined', 'answered', 'completed']);
          expect(mine[1]?.time).toBeCloseTo(c.arrival + c.offeredWait, 9);
          expect(mine[2]?.time).toBeCloseTo(c.arrival + c.offeredWait + c.handleTime, 9);
        } else {
          expect(mine.map((e) => e.type)).toEqual(['joined', 'abandoned']);
          expect(mine[1]).toMatchObject({ wait: c.patience });
        }
      }
    },
  );
  it("announces agents logging in and out at a plan's interval boundaries (first replication only)", () => {
    const { events } = collect(
      {
        intervals: [
          { length: 100, calls: 10, agents: 2 },
          { length: 100, calls: 10, agents: 5 },
          { length: 100, calls: 0, agents: 5 },
          { length: 100, calls: 5, agents: 1 },
        ],
        handleTime: 5,
      },
      { replications: 3 },
    );
    expect(events.filter((e) => e.type === 'login' || e.type === 'logout')).toEqual([
      { type: 'login', time: 0, count: 2 },
      { type: 'login', time: 100, count: 3 },
      { type: 'logout', time: 300, count: 4 },
    ]);
    const ids = new Set(events.map((e) => ('id' in e ? e.id : -1)));
    expect(ids.size - 1).toBeLessThan(60); // one replication of ~20 calls, not three
  });
});

describe('simulate(plan): per interval metrics', () => {
  it('reports each interval with its start, length, agents and rate; more agents, less waiting', () => {
    const r = simulate(
      {
        intervals: [
          { start: 28_800, length: 1800, calls: 900, agents: 90 },
          { length: 1800, calls: 900, agents: 110 },
        ],
        handleTime: 180,
        patience: 240,
      },
      { replications: 8, answerTime: 20, seed: 3 },
    );
    expect(r.method).toBe('replications');
    const [i0, i1] = r.intervals ?? [];
    expect(i0).toMatchObject({ start: 28_800, length: 1800, agents: 90, arrivalRate: 0.5 });
    expect(i1).toMatchObject({ start: 30_600, agents: 110 });
    expect(i1?.asa.value).toBeLessThan(i0?.asa.value ?? 0);
    expect(r.calls).toBe((i0?.calls ?? 0) + (i1?.calls ?? 0));
  });
  it('an interval with no calls follows analyze with no calls: no waits, service level 1', () => {
    const r = simulate({ intervals: [{ length: 600, calls: 0, agents: 3 }], handleTime: 60 }, { answerTime: 20 });
    const i0 = r.intervals?.[0];
    expect(i0?.calls).toBe(0);
    expect(i0?.serviceLevel?.value).toBe(1);
    expect(i0?.asa.value).toBe(0);
    expect(i0?.occupancy.value).toBe(0);
  });
  it('a plan with thousands of agents (the heap of calls in progress grows as needed)', () => {
    const r = simulate(
      { intervals: [{ length: 3600, arrivalRate: 20, agents: 3000 }], handleTime: 120 },
      { replications: 2, warmUpTime: 600 },
    );
    expect(r.intervals?.[0]?.occupancy.value).toBeGreaterThan(0.7);
    expect(r.intervals?.[0]?.occupancy.value).toBeLessThan(0.9);
  });
  it('an interval with no agents: every caller waits into the next interval', () => {
    const r = simulate(
      {
        intervals: [
          { length: 600, calls: 60, agents: 0 },
          { length: 600, calls: 0, agents: 10 },
        ],
        handleTime: 60,
      },
      { answerTime: 20, seed: 5 },
    );
    expect(r.intervals?.[0]?.probWait.value).toBe(1);
    expect(r.intervals?.[0]?.asa.value).toBeGreaterThan(100);
  });
});

describe('simulate: overload and empty systems are answers, never NaN', () => {
  test.prop(
    [
      fc.integer({ min: 0, max: 30 }),
      fc.double({ min: 0, max: 3, noNaN: true }),
      fc.oneof(fc.constant(undefined), fc.double({ min: 0.05, max: 10, noNaN: true })),
      fc.constantFrom<unknown>(
        1,
        { kind: 'deterministic', mean: 1 },
        { kind: 'gamma', mean: 1, cv: 3 },
        { kind: 'lognormal', mean: 1, cv: 2 },
        { kind: 'empirical', values: [0, 0, 3] },
      ),
      fc.integer(),
    ],
    { numRuns: 60 },
  )('every estimate is a number with lower ≤ value ≤ upper; probabilities in [0, 1]', (agents, rho, patience, handleTime, seed) => {
    const arrivalRate = rho * Math.max(agents, 1);
    const scenario = { arrivalRate, agents, handleTime: handleTime as 1, ...(patience === undefined ? {} : { patience }) };
    const r =
      arrivalRate > 1e-200
        ? simulate(scenario, { calls: 2000, seed, answerTime: 0.5 })
        : simulate(scenario, { duration: 100, seed, answerTime: 0.5 });
    expect(numbers(r).some(Number.isNaN)).toBe(false);
    for (const [name, e] of estimates(r)) {
      expect(e.lower, name).toBeLessThanOrEqual(e.value);
      expect(e.value, name).toBeLessThanOrEqual(e.upper);
    }
    for (const k of [
      'probWait',
      'probAbandon',
      'serviceLevel',
      'offeredServiceLevel',
      'serviceLevelOfAnswered',
      'serviceLevelExcludingShortAbandons',
    ] as const) {
      const e = r[k] as Estimate;
      expect(e.lower >= 0 && e.upper <= 1, k).toBe(true);
    }
  });
  test.prop(
    [
      fc.array(
        fc.record({
          length: fc.double({ min: 1, max: 500, noNaN: true }),
          calls: fc.double({ min: 0, max: 40, noNaN: true }),
          agents: fc.integer({ min: 0, max: 5 }),
        }),
        { minLength: 1, maxLength: 5 },
      ),
      fc.oneof(fc.constant(undefined), fc.double({ min: 0.5, max: 50, noNaN: true })),
      fc.double({ min: 0, max: 300, noNaN: true }),
      fc.integer(),
    ],
    { numRuns: 40 },
  )('plans: no NaN, ordered intervals, per-interval calls add up, for any agents (0 included)', (intervals, patience, warmUpTime, seed) => {
    const last = intervals[intervals.length - 1] as { agents: number };
    if (patience === undefined && last.agents === 0) last.agents = 1; // else callers wait forever: Infinity, still no NaN
    const r = simulate(
      { intervals, handleTime: 20, ...(patience === undefined ? {} : { patience }) },
      { replications: 3, seed, warmUpTime, answerTime: 10 },
    );
    expect(numbers(r).some(Number.isNaN)).toBe(false);
    expect(r.calls).toBe((r.intervals ?? []).reduce((s, i) => s + i.calls, 0));
    for (const i of r.intervals ?? [])
      for (const [name, e] of estimates(i as unknown as SimResult)) expect(e.lower <= e.value && e.value <= e.upper, name).toBe(true);
  });
  it('Erlang C with no agents: nobody is answered, waits are infinite', () => {
    const r = simulate({ arrivalRate: 1, handleTime: 1, agents: 0 }, { calls: 100, answerTime: 10 });
    expect(r.answered).toBe(0);
    expect(r.meanWait.value).toBe(Infinity);
    expect(r.serviceLevel?.value).toBe(0);
    expect(r.waitQuantiles[0]?.wait.value).toBe(Infinity);
  });
  it('Erlang A with no agents: everyone hangs up after its patience', () => {
    const r = simulate({ arrivalRate: 1, handleTime: 1, agents: 0, patience: 2 }, { calls: 2000 });
    expect(r.probAbandon.value).toBe(1);
    expect(r.asa.value).toBe(Infinity);
    expect(Math.abs(r.meanWait.value - 2)).toBeLessThan(0.2);
  });
});

describe('simulate: bad input throws QueueInputError naming the field', () => {
  const cases: [string, () => unknown, string][] = [
    ['zero mean handle time', () => simulate({ ...base, handleTime: 0 }), 'scenario.handleTime'],
    [
      'negative lognormal mean',
      () => simulate({ ...base, handleTime: { kind: 'lognormal', mean: -1, cv: 1 } }),
      'scenario.handleTime.mean',
    ],
    ['CV < 0', () => simulate({ ...base, handleTime: { kind: 'gamma', mean: 1, cv: -0.1 } }), 'scenario.handleTime.cv'],
    ['empty empirical sample', () => simulate({ ...base, patience: { kind: 'empirical', values: [] } }), 'scenario.patience.values'],
    [
      'all-zero empirical sample',
      () => simulate({ ...base, handleTime: { kind: 'empirical', values: [0, 0] } }),
      'scenario.handleTime.values',
    ],
    [
      'negative empirical value',
      () => simulate({ ...base, handleTime: { kind: 'empirical', values: [1, -1] } }),
      'scenario.handleTime.values[1]',
    ],
    ['unknown kind', () => simulate({ ...base, handleTime: { kind: 'weibull', mean: 1 } as never }), 'scenario.handleTime.kind'],
    ['erlang with 0 phases', () => simulate({ ...base, handleTime: { kind: 'erlang', mean: 1, phases: 0 } }), 'scenario.handleTime.phases'],
    ['fractional agents', () => simulate({ ...base, agents: 2.5 }), 'scenario.agents'],
    ['more than 10^7 agents', () => simulate({ ...base, agents: 1e8 }), 'scenario.agents'],
    ['a budget of hours', () => simulate(base, { calls: 5e9 }), 'options.calls'],
    ['a duration of hours of CPU', () => simulate({ ...base, arrivalRate: 1000 }, { duration: 1e8 }), 'options.duration'],
    [
      'a plan replicated for hours',
      () => simulate({ intervals: [{ length: 86_400, calls: 1e7, agents: 10 }], handleTime: 1 }, { replications: 1000 }),
      'options.replications',
    ],
    ['records for a huge run', () => simulate(base, { calls: 5e7, records: true }), 'options.records'],
    ['a calls budget with no arrivals', () => simulate({ ...base, arrivalRate: 0 }, { calls: 100 }), 'scenario.arrivalRate'],
    [
      'warm-up calls that never come',
      () => simulate({ ...base, arrivalRate: 0 }, { duration: 100, warmUpCalls: 5 }),
      'options.warmUpCalls',
    ],
    ['both budgets', () => simulate(base, { calls: 10, duration: 10 }), 'options.duration'],
    ['fewer calls than batches', () => simulate(base, { calls: 5 }), 'options.calls'],
    ['quantile 1', () => simulate(base, { quantiles: [1] }), 'options.quantiles[0]'],
    ['non-integer seed', () => simulate(base, { seed: 1.5 }), 'options.seed'],
    [
      'interval with no length',
      () => simulate({ intervals: [{ length: 0, calls: 1, agents: 1 }], handleTime: 1 }),
      'scenario.intervals[0].length',
    ],
    [
      'overlapping intervals',
      () =>
        simulate({
          intervals: [
            { start: 0, length: 10, calls: 1, agents: 1 },
            { start: 5, length: 10, calls: 1, agents: 1 },
          ],
          handleTime: 1,
        }),
      'scenario.intervals[1].start',
    ],
    ['negative calls', () => simulate({ intervals: [{ length: 10, calls: -1, agents: 1 }], handleTime: 1 }), 'scenario.intervals[0].calls'],
    [
      'plan with a calls budget',
      () => simulate({ intervals: [{ length: 10, calls: 1, agents: 1 }], handleTime: 1 }, { calls: 100 }),
      'options.calls',
    ],
    [
      'plan and arrivalRate',
      () => simulate({ arrivalRate: 1, intervals: [{ length: 10, calls: 1, agents: 1 }], handleTime: 1 } as never),
      'scenario.arrivalRate',
    ],
    ['onEvent not a function', () => simulate(base, { onEvent: 3 as never }), 'options.onEvent'],
  ];
  for (const [what, run, parameter] of cases) {
    it(`${what} → QueueInputError(${parameter})`, () => {
      let err: unknown;
      try {
        run();
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(QueueInputError);
      expect((err as QueueInputError).parameter).toBe(parameter);
    });
  }
});
