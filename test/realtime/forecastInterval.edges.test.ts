import { fc, test } from '@fast-check/vitest';
import { afterAll, describe, expect, it } from 'vitest';
import { createQueueTracker, forecastInterval } from '../../src/index.js';
import { occupancyCrankNicolson } from '../../src/realtime/occupancyCrankNicolson.js';
import { solveInterval } from '../../src/realtime/solveInterval.js';
import { anyDouble, anyPositive } from '../helpers/anyDouble.js';
import { BoundedCaller } from '../helpers/callBounded.js';
import { parameterOf } from '../helpers/parameterOf.js';

const caller = new BoundedCaller(10_000);
afterAll(() => caller.close());

const state = { agents: 10, waiting: [40, 25, 5], handleTime: 180, patience: 300 };
const forecast = { calls: 90, seconds: 1500 };
const target = { serviceLevel: 0.8, answerTime: 20 };

describe('forecastInterval at the edges of its domain (regressions)', () => {
  it('forecastInterval refuses what would hang or exhaust memory, naming the field', () => {
    expect(parameterOf(() => forecastInterval(state, { calls: 90, seconds: 1e9 }, target))).toBe('forecast.seconds');
    expect(parameterOf(() => forecastInterval(state, { calls: 1e12, seconds: 1500 }, target))).toBe('forecast.calls');
    expect(parameterOf(() => forecastInterval({ ...state, agents: 1e9 }, forecast, target))).toBe('state.agents');
    expect(parameterOf(() => forecastInterval({ ...state, waiting: new Array(100_000).fill(1) }, forecast, target))).toBe(
      'state.waiting.length',
    );
    expect(parameterOf(() => forecastInterval({ ...state, handleTime: 5e-324 }, forecast, target))).toBe('state.handleTime');
  });
  it('forecastInterval with null options or a bad method throws QueueInputError naming options', () => {
    expect(parameterOf(() => forecastInterval(state, forecast, target, null as never))).toBe('options');
    expect(parameterOf(() => forecastInterval(state, forecast, target, { method: 'euler' as never }))).toBe('options.method');
  });
  it('forecastInterval with seconds 1e-16 answers (was a hang): the calls arrive at once', () => {
    const o = forecastInterval(state, { calls: 5, seconds: 1e-16 }, target);
    expect(o.serviceLevel).toBeGreaterThanOrEqual(0);
    expect(o.serviceLevel).toBeLessThanOrEqual(1);
    expect(o.calls).toBe(8);
  });
  it('forecastInterval with subnormal seconds (2.2e-308, 5e-324) is the calls-at-once limit (was NaN)', () => {
    const limit = forecastInterval(state, { calls: 90, seconds: 1e-12 }, target);
    for (const seconds of [1e-100, 2.2250738585072014e-308, 5e-324]) {
      const o = forecastInterval(state, { calls: 90, seconds }, target);
      expect(o).toEqual(limit);
      expect(Number.isNaN(o.serviceLevel)).toBe(false);
    }
  });
  it('forecastInterval with patience 1e-20 or 5e-324 is the patience → 0 limit (was SL ≈ 2e-24 and a stack overflow)', () => {
    const limit = forecastInterval({ ...state, patience: 1e-12 }, forecast, target);
    for (const patience of [1e-16, 1e-20, 5e-324]) {
      const o = forecastInterval({ ...state, patience }, forecast, target);
      expect(Math.abs(o.serviceLevel - limit.serviceLevel)).toBeLessThan(1e-9);
      expect(Math.abs(o.probAbandon - limit.probAbandon)).toBeLessThan(1e-9);
      expect(o.agentsNeeded).toBe(limit.agentsNeeded);
    }
  });
  it('forecastInterval with very patient callers tends to no abandonment', () => {
    const never = forecastInterval({ ...state, patience: Infinity }, forecast, target);
    const o = forecastInterval({ ...state, patience: 1e300 }, forecast, target);
    expect(Math.abs(o.serviceLevel - never.serviceLevel)).toBeLessThan(1e-9);
    expect(o.probAbandon).toBeLessThan(1e-9);
  });
  it('forecastInterval with no agent and callers who never hang up: nobody abandons (every call arriving was counted as abandoning)', () => {
    for (const method of ['ode', 'uniformization'] as const) {
      const o = forecastInterval({ agents: 0, waiting: [30], handleTime: 300 }, forecast, target, { method });
      expect(o.abandoned, method).toBe(0);
      expect(o.probAbandon, method).toBe(0);
      expect(o.serviceLevel, method).toBe(0);
      expect(o.alert, method).toBe('critical');
      // with patience, every one of them hangs up in the end
      const patient = forecastInterval({ agents: 0, waiting: [30], handleTime: 300, patience: 600 }, forecast, target, { method });
      expect(patient.probAbandon, method).toBeCloseTo(1, 12);
    }
  });

  it("forecastInterval({ method: 'uniformization' }) refuses a queue that would take minutes, naming options.method", () => {
    expect(parameterOf(() => forecastInterval({ ...state, patience: 1e-20 }, forecast, target, { method: 'uniformization' }))).toBe(
      'options.method',
    );
  });
});

describe('forecastInterval over the whole double range (each call in a worker with a budget of 10 s of CPU time)', () => {
  const count = fc.oneof(fc.integer({ min: 0, max: 60 }), anyDouble);
  test.prop(
    [
      count,
      fc.array(fc.oneof(fc.double({ min: 0, max: 600, noNaN: true }), anyDouble), { maxLength: 6 }),
      fc.oneof(fc.double({ min: 1, max: 1000, noNaN: true }), anyPositive, anyDouble),
      fc.oneof(fc.double({ min: 1, max: 1000, noNaN: true }), anyPositive, anyDouble),
      fc.oneof(fc.double({ min: 0, max: 500, noNaN: true }), anyDouble),
      fc.oneof(fc.double({ min: 60, max: 3600, noNaN: true }), anyPositive, anyDouble),
      fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), anyDouble),
      fc.oneof(fc.double({ min: 0, max: 60, noNaN: true }), anyDouble),
    ],
    { numRuns: 60 },
  )(
    'forecastInterval returns probabilities in [0, 1] or throws QueueInputError; never hangs',
    async (agents, waiting, handleTime, patience, calls, seconds, sl, answerTime) => {
      const outcome = await caller.call({
        fn: 'forecastInterval',
        args: [
          { agents, waiting, handleTime, patience },
          { calls, seconds },
          { serviceLevel: sl, answerTime },
        ],
      });
      if (!outcome.ok) {
        expect(outcome.hang).toBeUndefined();
        expect(outcome.errorName).toBe('QueueInputError');
        return;
      }
      const o = outcome.value as { serviceLevel: number; probAbandon: number; agentsNeeded: number };
      expect(o.serviceLevel >= 0 && o.serviceLevel <= 1).toBe(true);
      expect(o.probAbandon >= 0 && o.probAbandon <= 1).toBe(true);
      expect(o.agentsNeeded >= 0).toBe(true);
    },
  );
});

describe('forecastInterval takes as many agents as a tracker (1 to 1,000,000)', () => {
  it('forecastInterval(tracker.liveState()) for a tracker of 1,000,000 agents all busy answers (was an error: at most 10,000), the agentsNeeded of 10,000 busy agents', () => {
    const tracker = createQueueTracker({ agents: 1_000_000, handleTime: 180, patience: 300 });
    for (let id = 0; id < 1_000_000; id++) {
      tracker.record({ type: 'joined', time: 0, id });
      tracker.record({ type: 'answered', time: 0, id });
    }
    for (let i = 0; i < 5; i++) tracker.record({ type: 'joined', time: i, id: `waiting ${i}` });
    const live = tracker.liveState();
    expect([live.agents, live.busy]).toEqual([1_000_000, 1_000_000]);
    const outlook = forecastInterval(live, { calls: 1000, seconds: 600 }, target);
    expect(outlook.serviceLevel).toBeGreaterThan(0.99);
    expect(outlook.agentsNeeded).toBe(
      forecastInterval({ ...live, agents: 10_000, busy: 10_000 }, { calls: 1000, seconds: 600 }, target).agentsNeeded,
    );
    expect(parameterOf(() => forecastInterval({ ...live, agents: 1_000_001 }, forecast, target))).toBe('state.agents');
  });

  test.prop(
    [
      fc.integer({ min: 0, max: 20 }),
      fc.array(fc.double({ min: 0, max: 60, noNaN: true }), { maxLength: 8 }),
      fc.integer({ min: 0, max: 200 }),
      fc.integer({ min: 60, max: 900 }),
      fc.integer({ min: 30, max: 600 }),
      fc.integer({ min: 1, max: 5000 }),
    ],
    { numRuns: 20 },
  )(
    'forecastInterval: agentsNeeded is the fewest agents meeting the target, however many agents there are now (the search walks down from them)',
    (busy, waiting, calls, seconds, handleTime, extra) => {
      const queue = { busy, waiting, handleTime, patience: 300 };
      const rest = { calls, seconds };
      const needed = forecastInterval({ ...queue, agents: busy }, rest, target).agentsNeeded;
      expect(forecastInterval({ ...queue, agents: busy + extra }, rest, target).agentsNeeded).toBe(needed);
      // a caller who has waited past the answer time already: no team meets the target (Infinity)
      fc.pre(Number.isFinite(needed));
      const meets = (n: number): boolean => {
        const o = forecastInterval({ ...queue, agents: n, busy: Math.min(busy, n) }, rest, target);
        return o.serviceLevel >= target.serviceLevel;
      };
      expect(meets(needed)).toBe(true);
      if (needed > 0) expect(meets(needed - 1)).toBe(false);
    },
  );
});

describe('forecastInterval: the work of one transient solve is bounded whatever the queue', () => {
  // [agents, callers in the system now, calls expected, seconds, handle time, patience]
  const corners = [
    [10_000, 20_000, 1000, 1800, 180, 300], // 10,000 waiting on 10,000 busy agents: 4.1 s a forecast before
    [10_000, 20_000, 100_000, 86_400, 180, 300], // the same over a day: 13.7 s
    [1, 10_000, 1000, 86_400, 180, 1e-9],
    [10_000, 20_000, 100_000, 1e-12, 180, 300],
    [1_000_000, 1_010_000, 100_000, 86_400, 180, 300], // the tracker's most agents, 10,000 waiting
    [1_000_000, 0, 100_000, 1800, 180, 300],
  ] as const;
  it.each(corners)(
    'occupancyCrankNicolson(%s agents, %s in the system, %s calls in %s s, handle time %s, patience %s) steps at most 2·10⁷ band states',
    (n, n0, calls, seconds, handleTime, patience) => {
      const work = { updates: 0 };
      occupancyCrankNicolson(
        {
          agents: n,
          start: n0,
          arrivalRate: calls / seconds,
          mu: 1 / handleTime,
          theta: Math.min(1 / patience, 1e12 / seconds),
          horizon: seconds,
        },
        work,
      );
      expect(work.updates).toBeLessThanOrEqual(2e7);
    },
  );
});

describe('forecastInterval: a backlog of thousands draining onto thousands of agents', () => {
  it('10,000 waiting on 10,000 agents, 100,000 calls over a day: every call after the two-minute drain is answered at once (Crank–Nicolson alone missed 1,300 of them)', () => {
    const [n, calls, seconds, mu, theta] = [10_000, 100_000, 86_400, 1 / 180, 1 / 300];
    const waits = Array(10_000).fill(10);
    const solve = (lambda: number) =>
      solveInterval(n, n, {
        waits,
        arrivalRate: lambda,
        horizon: seconds,
        mu,
        theta,
        chainTheta: theta,
        answerTime: 20,
        solver: occupancyCrankNicolson,
      });
    const arrivalsAnswered = solve(calls / seconds).answeredWithin - solve(0).answeredWithin;
    // The backlog drains at nμ + qθ ≈ 89 callers a second: about 112 s, in which 130 calls arrive.
    expect(arrivalsAnswered).toBeGreaterThan(calls - 400);
    expect(arrivalsAnswered).toBeLessThanOrEqual(calls);
  });
});
