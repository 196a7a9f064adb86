import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { simulate } from '../../src/index.js';
import { naiveQueue } from './naiveQueue.js';

const close = (a: number, b: number): boolean => a === b || Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

describe('simulate: the arrival-time shortcut is exact FCFS with abandonment', () => {
  test.prop(
    [
      fc.integer({ min: 1, max: 12 }), // agents
      fc.double({ min: 0.3, max: 1.6, noNaN: true }), // load per agent
      fc.oneof(fc.constant(Infinity), fc.double({ min: 0.1, max: 5, noNaN: true })), // patience / handle time
      fc.constantFrom('exponential', 'lognormal', 'gamma'),
      fc.integer({ min: 0, max: 2 ** 31 - 1 }),
    ],
    { numRuns: 25, seed: 6 },
  )('steady state: every caller answered/abandoned at the same time as an event-list simulation', (n, rho, pat, kind, seed) => {
    const handleTime = kind === 'exponential' ? 1 : { kind, mean: 1, cv: 1.5 };
    const r = simulate(
      {
        arrivalRate: (rho * n) / 1,
        agents: n,
        handleTime,
        ...(pat === Infinity ? {} : { patience: { kind: 'lognormal' as const, mean: pat, cv: 0.7 } }),
      },
      { calls: 1000, warmUpCalls: 0, batches: 5, seed, records: true },
    );
    const recs = r.records ?? [];
    expect(recs.length).toBe(1000);
    const naive = naiveQueue(
      recs.map((c) => ({ arrival: c.arrival, patience: c.patience, handleTime: c.answered ? c.handleTime : 1e12 })),
      [[0, n]],
    );
    recs.forEach((c, i) => {
      const o = naive[i];
      expect(o?.answered, `call ${i}`).toBe(c.answered);
      const t = c.answered ? c.arrival + c.offeredWait : c.arrival + c.patience;
      expect(close(o?.time ?? NaN, t), `call ${i}: ${o?.time} vs ${t}`).toBe(true);
    });
  });

  test.prop(
    [
      fc.array(fc.record({ agents: fc.integer({ min: 0, max: 8 }), calls: fc.integer({ min: 0, max: 60 }) }), {
        minLength: 1,
        maxLength: 6,
      }),
      fc.oneof(fc.constant(Infinity), fc.double({ min: 0.5, max: 8, noNaN: true })),
      fc.integer({ min: 0, max: 2 ** 31 - 1 }),
    ],
    { numRuns: 25, seed: 7 },
  )('plan: agents changing between intervals, non-preemptive, matches an event-list simulation', (plan, pat, seed) => {
    // Agents leaving finish their calls; the last interval's agents stay until the queue empties.
    const last = plan[plan.length - 1] as { agents: number };
    if (pat === Infinity && last.agents === 0) last.agents = 1;
    const intervals = plan.map((p, k) => ({ start: 100 + 10 * k, length: 10, calls: p.calls, agents: p.agents }));
    const r = simulate(
      { intervals, handleTime: { kind: 'lognormal', mean: 2, cv: 1 }, ...(pat === Infinity ? {} : { patience: pat }) },
      { replications: 2, seed, records: true },
    );
    const recs = (r.records ?? []).filter((c) => c.replication === 0);
    const naive = naiveQueue(
      recs.map((c) => ({ arrival: c.arrival, patience: c.patience, handleTime: c.answered ? c.handleTime : 1e12 })),
      intervals.map((it) => [it.start, it.agents]),
    );
    recs.forEach((c, i) => {
      const o = naive[i];
      expect(o?.answered, `call ${i}`).toBe(c.answered);
      const t = c.answered ? c.arrival + c.offeredWait : c.arrival + c.patience;
      expect(close(o?.time ?? NaN, t), `call ${i}: ${o?.time} vs ${t}`).toBe(true);
    });
  });
});
