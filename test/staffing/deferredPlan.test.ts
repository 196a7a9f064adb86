import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { type DeferredInterval, deferredPlan, QueueInputError } from '../../src/index.js';

/**
 * Independent check of the fluid deadline model by time stepping: answers run at agents/h per
 * second while anything is waiting. Returns the worst lateness (answer − deadline, s) over the
 * items whose deadline falls within the plan, and the backlog after each interval.
 */
function simulate(ivs: DeferredInterval[], agents: number[], h: number, R: number, steps = 400): { late: number; backlog: number[] } {
  const arrivals: { t: number; v: number }[] = []; // cumulative arrivals at step ends
  const answers: { t: number; v: number }[] = [];
  let A = 0;
  let D = 0;
  const backlog: number[] = [];
  ivs.forEach((iv, i) => {
    const dt = iv.length / steps;
    const rate = iv.items / iv.length;
    const c = (agents[i] as number) / h;
    arrivals.push({ t: iv.start, v: A });
    answers.push({ t: iv.start, v: D });
    for (let k = 0; k < steps; k++) {
      // exact within a step: D(t+dt) = min(D + c·dt, A + rate·dt) when it catches up (rate < c)
      A += rate * dt;
      D = Math.min(D + c * dt, A);
      arrivals.push({ t: iv.start + (k + 1) * dt, v: A });
      answers.push({ t: iv.start + (k + 1) * dt, v: D });
    }
    backlog.push(A - D);
  });
  const end = (ivs[ivs.length - 1] as DeferredInterval).start + (ivs[ivs.length - 1] as DeferredInterval).length;
  const level = (pts: { t: number; v: number }[], t: number): number => {
    // last point at or before t (points are sorted by time)
    let lo = -1;
    let hi = pts.length;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if ((pts[mid] as { t: number }).t <= t + 1e-9) lo = mid;
      else hi = mid;
    }
    return lo < 0 ? 0 : (pts[lo] as { v: number }).v;
  };
  let late = -Infinity;
  for (const p of answers) {
    if (p.t > end) continue;
    const due = level(arrivals, p.t - R);
    late = Math.max(late, due - p.v);
  }
  return { late, backlog };
}

describe('deferredPlan(intervals, work, options)', () => {
  it('works items just in time for their deadlines and carries the backlog', () => {
    const ivs = [
      { start: 0, length: 3600, items: 60 },
      { start: 3600, length: 3600, items: 0 },
    ];
    const p = deferredPlan(ivs, { handleTime: 300, responseTime: 3600 });
    expect(p.intervals.map((r) => r.agents)).toEqual([0, 5]);
    expect(p.intervals[0]?.backlog).toBeCloseTo(60, 12);
    expect(p.intervals[1]?.backlog).toBeCloseTo(0, 9);
    expect(p.intervals[0]?.latestResponse).toBeCloseTo(3600, 6);
    const later = deferredPlan(ivs, { handleTime: 300, responseTime: 7200 });
    expect(later.totals.backlog).toBe(60);
    expect(later.intervals[0]?.latestResponse).toBe(Infinity);
    const cleared = deferredPlan(ivs, { handleTime: 300, responseTime: 7200 }, { clearBacklog: true });
    expect(cleared.totals.backlog).toBeCloseTo(0, 9);
  });

  it('keeps a 4-hour promise over a day with closed hours in between', () => {
    const ivs = [
      { start: 0, length: 3600, items: 30 },
      { start: 3600, length: 3600, items: 30 },
      // closed 2 h; deadlines keep running
      { start: 5 * 3600, length: 3600, items: 10 },
    ];
    const p = deferredPlan(ivs, { handleTime: 600, responseTime: 4 * 3600 });
    const sim = simulate(ivs, p.intervals.map((r) => r.agents), 600, 4 * 3600);
    expect(sim.late).toBeLessThanOrEqual(1e-6);
    for (const r of p.intervals) if (Number.isFinite(r.latestResponse)) expect(r.latestResponse).toBeLessThanOrEqual(4 * 3600 + 1e-6);
  });

  it('names bad intervals and fields', () => {
    expect(() => deferredPlan([{ start: 0, length: 0, items: 1 }], { handleTime: 1, responseTime: 1 })).toThrow(/intervals\[0\].length/);
    expect(() =>
      deferredPlan(
        [
          { start: 0, length: 10, items: 1 },
          { start: 5, length: 10, items: 1 },
        ],
        { handleTime: 1, responseTime: 1 },
      ),
    ).toThrow(QueueInputError);
    expect(() => deferredPlan([{ start: 0, length: 10, items: -1 }], { handleTime: 1, responseTime: 1 })).toThrow(/intervals\[0\].items/);
    expect(() => deferredPlan([{ start: 0, length: 10, items: 1 }], { handleTime: 1, responseTime: 0 })).toThrow(/work.responseTime/);
  });

  const ivsArb = fc
    .array(fc.record({ gap: fc.constantFrom(0, 0, 0, 3600), items: fc.double({ min: 0, max: 200, noNaN: true }) }), { minLength: 1, maxLength: 8 })
    .map((xs) => {
      let t = 0;
      return xs.map((x) => {
        t += x.gap;
        const iv = { start: t, length: 3600, items: x.items };
        t += 3600;
        return iv;
      });
    });
  test.prop([ivsArb, fc.double({ min: 60, max: 1200, noNaN: true }), fc.double({ min: 1800, max: 8 * 3600, noNaN: true })], { numRuns: 40 })(
    'meets every deadline inside the plan, and one agent fewer in any interval misses one',
    (ivs, h, R) => {
      const p = deferredPlan(ivs, { handleTime: h, responseTime: R });
      const agents = p.intervals.map((r) => r.agents);
      const tol = 1e-6 * (1 + ivs.reduce((s, iv) => s + iv.items, 0));
      expect(simulate(ivs, agents, h, R).late).toBeLessThanOrEqual(tol);
      agents.forEach((n, i) => {
        if (n === 0) return;
        const fewer = agents.map((m, j) => (j === i ? m - 1 : m));
        expect(simulate(ivs, fewer, h, R, 400).late, `interval ${i}`).toBeGreaterThan(0);
      });
    },
  );
});
