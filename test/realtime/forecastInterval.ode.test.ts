import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { forecastInterval } from '../../src/index.js';
import { occupancyCrankNicolson } from '../../src/realtime/occupancyCrankNicolson.js';
import { occupancyUniformized } from '../../src/realtime/occupancyUniformized.js';
import { type OccupancySolver, solveInterval } from '../../src/realtime/solveInterval.js';

/** The documented distance of `method: 'ode'` from uniformization, as a share of the calls. */
const BOUND = 1e-5;

/** |ode − uniformization| of the four shares forecastInterval reports for one queue. */
function forecastGap(...args: Parameters<typeof forecastInterval>): number {
  const [state, forecast, target] = args;
  const ode = forecastInterval(state, forecast, target);
  const exact = forecastInterval(state, forecast, target, { method: 'uniformization' });
  return Math.max(
    Math.abs(ode.serviceLevel - exact.serviceLevel),
    Math.abs(ode.probAbandon - exact.probAbandon),
    Math.abs(ode.answeredWithin - exact.answeredWithin) / exact.calls,
    Math.abs(ode.abandoned - exact.abandoned) / exact.calls,
  );
}

describe("forecastInterval: method 'ode' within 1e-5 of the calls of 'uniformization'", () => {
  /** Uniformization without its work limit: the reference. */
  const exact: OccupancySolver = (chain) => occupancyUniformized(chain, Infinity);

  it('Crank–Nicolson on short intervals the Rannacher start dominated: 3.9e-3, 1.2e-3 and 3.2e-5 of the calls off before (its occupancy took the trapezoid of implicit Euler, its steps were 1/8 of the interval)', () => {
    // [agents, busy, calls, seconds, handle time, patience, answer time]
    const cases = [
      [500, 500, 25 / 3, 10, 600, 30, 0], // 8.3 calls in 10 s to 500 agents all busy
      [3, 3, 0.8, 10, 30, Infinity, 0],
      [5, 5, 2.5, 100, 180, 300, 20], // about 5 calls in 100 s (the review's case)
    ] as const;
    for (const [n, busy, calls, seconds, handleTime, patience, T] of cases) {
      const solve = (solver: OccupancySolver) =>
        solveInterval(n, busy, {
          waits: [],
          arrivalRate: calls / seconds,
          horizon: seconds,
          mu: 1 / handleTime,
          theta: 1 / patience,
          chainTheta: 1 / patience,
          answerTime: T,
          solver,
        });
      const [ode, reference] = [solve(occupancyCrankNicolson), solve(exact)];
      expect(Math.abs(ode.answeredWithin - reference.answeredWithin) / calls).toBeLessThanOrEqual(BOUND);
      expect(Math.abs(ode.abandoned - reference.abandoned) / calls).toBeLessThanOrEqual(BOUND);
    }
  });

  it('forecastInterval on the short intervals: the same shares by either method', () => {
    const cases: Parameters<typeof forecastInterval>[] = [
      [
        { agents: 500, busy: 500, handleTime: 600, patience: 30 },
        { calls: 25 / 3, seconds: 10 },
        { serviceLevel: 0.8, answerTime: 0 },
      ],
      [
        { agents: 5, busy: 5, handleTime: 180, patience: 300 },
        { calls: 2.5, seconds: 100 },
        { serviceLevel: 0.8, answerTime: 20 },
      ],
    ];
    for (const args of cases) expect(forecastGap(...args)).toBeLessThanOrEqual(BOUND);
  });

  const logUniform = (lo: number, hi: number) => fc.double({ min: Math.log10(lo), max: Math.log10(hi), noNaN: true }).map((e) => 10 ** e);
  const share = (lo: number, hi: number) => fc.double({ min: lo, max: hi, noNaN: true });
  /** Contact-centre queues (the grid of bench/ode-accuracy.ts): 10 s to 2 h, 1 to 500 agents, load 0.3 to 1.5. */
  const queue = fc.record({
    seconds: logUniform(10, 7200),
    agents: logUniform(1, 500).map(Math.round),
    load: share(0.3, 1.5),
    handleTime: logUniform(30, 1200),
    patience: fc.oneof(logUniform(30, 3600), fc.constant(Infinity)),
    answerTime: fc.oneof(fc.constantFrom(0, 20, 60), share(0, 600)),
    waitingPerAgent: fc.oneof(fc.constant(0), share(0, 2)),
    busyPerAgent: fc.oneof(fc.constant(1), share(0, 1)),
  });

  test.prop([queue], { numRuns: 60 })(
    'Crank–Nicolson on contact-centre queues from 10 s to 2 h: answered within T and abandoned, per call, within 1e-5 of uniformization (measured up to 6.5e-6; up to 0.34 before)',
    (q) => {
      const waiting = Math.round(q.waitingPerAgent * q.agents);
      const busy = waiting > 0 ? q.agents : Math.round(q.busyPerAgent * q.agents);
      const calls = Math.min(100_000, (q.load * q.agents * q.seconds) / q.handleTime);
      // Callers waiting now, longest first (as forecastInterval sorts them), over the last two minutes.
      const waits = Array.from({ length: waiting }, (_, j) => (120 * (waiting - j - 0.5)) / waiting);
      const theta = 1 / q.patience;
      const solve = (solver: OccupancySolver) =>
        solveInterval(q.agents, busy, {
          waits,
          arrivalRate: calls / q.seconds,
          horizon: q.seconds,
          mu: 1 / q.handleTime,
          theta,
          chainTheta: theta,
          answerTime: q.answerTime,
          solver,
        });
      const ode = solve(occupancyCrankNicolson);
      const reference = solve(exact);
      const total = waiting + calls;
      expect(Math.abs(ode.answeredWithin - reference.answeredWithin) / total).toBeLessThanOrEqual(BOUND);
      expect(Math.abs(ode.abandoned - reference.abandoned) / total).toBeLessThanOrEqual(BOUND);
    },
  );

  test.prop([queue.filter((q) => q.agents <= 30 && q.seconds <= 1800)], { numRuns: 15 })(
    'forecastInterval reports the same shares by either method, within 1e-5 (smaller queues: the agentsNeeded search solves each several times)',
    (q) => {
      const waiting = Math.round(q.waitingPerAgent * q.agents);
      const state = {
        agents: q.agents,
        busy: waiting > 0 ? q.agents : Math.round(q.busyPerAgent * q.agents),
        waiting: Array.from({ length: waiting }, (_, j) => (120 * (j + 0.5)) / waiting),
        handleTime: q.handleTime,
        patience: q.patience,
      };
      const forecast = { calls: (q.load * q.agents * q.seconds) / q.handleTime, seconds: q.seconds };
      expect(forecastGap(state, forecast, { serviceLevel: 0.8, answerTime: q.answerTime })).toBeLessThanOrEqual(BOUND);
    },
  );
});
