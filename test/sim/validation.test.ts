import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { analyze, type Estimate, QUEUE_METRIC_NAMES, type QueueMetrics, simulate, waitQuantile } from '../../src/index.js';

/**
 * Erlang C and Erlang A formulas against the simulator: each analytic metric must lie inside the
 * simulated 95% interval widened to twice its half-width (so that ten metrics over a dozen
 * scenarios do not fail by chance: a correct model misses a doubled interval with probability
 * about 1e-4), plus a small absolute slack for metrics whose interval has zero width when the
 * event is rare. Seeds are pinned: the run is deterministic.
 */
const METRICS = QUEUE_METRIC_NAMES;

function inside(name: string, exact: number, e: Estimate, slack: number): void {
  const half = Math.max(e.upper - e.value, e.value - e.lower);
  const ok = Math.abs(exact - e.value) <= 2 * half + slack;
  expect(ok, `${name}: formula ${exact}, simulated ${e.value} [${e.lower}, ${e.upper}]`).toBe(true);
}

function compare(a: QueueMetrics, r: ReturnType<typeof simulate>, handleTime: number): void {
  for (const m of METRICS) {
    const exact = a[m] as number;
    const est = r[m] as Estimate;
    const time = m === 'meanWait' || m === 'asa';
    inside(m, exact, est, time ? 2e-3 * handleTime : m === 'meanQueueLength' ? 2e-3 * a.agents : 2e-3);
  }
}

describe('simulate(scenario) agrees with analyze(queue) within its confidence intervals', () => {
  test.prop(
    [
      fc.integer({ min: 1, max: 80 }),
      fc.double({ min: 0.3, max: 0.9, noNaN: true }),
      fc.double({ min: 1, max: 600, noNaN: true }),
      fc.double({ min: 0, max: 2, noNaN: true }),
      fc.integer({ min: 1, max: 1e6 }),
    ],
    { numRuns: 12, seed: 2026 },
  )('Erlang C: every metric and the 80%/90% wait quantiles, for random stable queues', (agents, rho, handleTime, tRel, seed) => {
    const queue = { arrivalRate: (rho * agents) / handleTime, handleTime, agents };
    const answerTime = (tRel * handleTime) / Math.max(1, agents * (1 - rho));
    const a = analyze(queue, { answerTime });
    const r = simulate(queue, { calls: 200_000, answerTime, seed, quantiles: [0.8, 0.9] });
    compare(a, r, handleTime);
    for (const q of r.waitQuantiles) {
      if (Math.abs(q.p - (1 - a.probWait)) < 0.05) continue; // at the atom the quantile jumps
      const exact = waitQuantile(queue, q.p);
      inside(`quantile ${q.p}`, exact, q.wait, 0.03 * exact + 2e-3 * handleTime);
    }
  });

  test.prop(
    [
      fc.integer({ min: 1, max: 80 }),
      fc.double({ min: 0.5, max: 1.4, noNaN: true }),
      fc.double({ min: 1, max: 600, noNaN: true }),
      fc.double({ min: 0.2, max: 5, noNaN: true }),
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.integer({ min: 1, max: 1e6 }),
    ],
    { numRuns: 12, seed: 2027 },
  )(
    'Erlang A: every metric (all four service levels) and the offered-wait quantiles, under- and overloaded',
    (agents, rho, handleTime, patRel, tRel, seed) => {
      const queue = { arrivalRate: (rho * agents) / handleTime, handleTime, agents, patience: patRel * handleTime };
      const answerTime = (tRel * handleTime) / Math.sqrt(agents);
      const a = analyze(queue, { answerTime });
      const r = simulate(queue, { calls: 200_000, answerTime, seed, quantiles: [0.8, 0.9] });
      compare(a, r, handleTime);
      for (const q of r.waitQuantiles) {
        if (Math.abs(q.p - (1 - a.probWait)) < 0.05) continue;
        const exact = waitQuantile(queue, q.p);
        inside(`quantile ${q.p}`, exact, q.wait, 0.03 * exact + 2e-3 * handleTime);
      }
    },
  );

  test.prop([fc.integer({ min: 2, max: 40 }), fc.double({ min: 0.5, max: 1.2, noNaN: true }), fc.integer({ min: 1, max: 1e6 })], {
    numRuns: 4,
    seed: 2028,
  })('a plan of identical long intervals behaves like the steady state (replications, per interval)', (agents, rho, seed) => {
    const handleTime = 60;
    const queue = { arrivalRate: (rho * agents) / handleTime, handleTime, agents, patience: 120 };
    const a = analyze(queue, { answerTime: 20 });
    const length = (20_000 * handleTime) / agents;
    const r = simulate(
      { intervals: [0, 1].map(() => ({ length, arrivalRate: queue.arrivalRate, agents })), handleTime, patience: 120 },
      { replications: 10, warmUpTime: 50 * handleTime, answerTime: 20, seed },
    );
    compare(a, r, handleTime);
    for (const it of r.intervals ?? []) compare(a, { ...r, ...it }, handleTime);
  });
});
