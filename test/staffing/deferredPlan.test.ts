import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { type DeferredInterval, deferredPlan, QueueInputError } from '../../src/index.js';

/**
 * Independent check of the fluid deadline model: cumulative arrivals A(t) (items spread evenly
 * over each interval) and answers D(t) = min(D(start) + (agents/h)(t − start), A(t)) within an
 * interval, flat in closed hours. Returns the worst shortfall A(t − R) − D(t) over a fine grid
 * plus every point where A(t − R) bends, for t within the plan.
 */
function simulate(ivs: DeferredInterval[], agents: number[], h: number, R: number, steps = 200): { late: number } {
  const A = (t: number): number => {
    let v = 0;
    for (const iv of ivs) {
      if (t <= iv.start) break;
      v += iv.items * Math.min(1, (t - iv.start) / iv.length);
    }
    return v;
  };
  const starts: number[] = [];
  let d = 0;
  ivs.forEach((iv, i) => {
    starts.push(d);
    const c = (agents[i] as number) / h;
    d = Math.min(d + c * iv.length, A(iv.start + iv.length));
  });
  const D = (t: number): number => {
    let k = -1;
    for (let i = 0; i < ivs.length; i++) if ((ivs[i] as DeferredInterval).start <= t) k = i;
    if (k < 0) return 0;
    const iv = ivs[k] as DeferredInterval;
    const c = (agents[k] as number) / h;
    return Math.min((starts[k] as number) + c * (Math.min(t, iv.start + iv.length) - iv.start), A(Math.min(t, iv.start + iv.length)));
  };
  const first = ivs[0] as DeferredInterval;
  const last = ivs[ivs.length - 1] as DeferredInterval;
  const end = last.start + last.length;
  const times: number[] = [];
  for (let k = 0; k <= steps * ivs.length; k++) times.push(first.start + ((end - first.start) * k) / (steps * ivs.length));
  for (const iv of ivs) times.push(iv.start + R, iv.start + iv.length + R, iv.start, iv.start + iv.length);
  let late = -Infinity;
  for (const t of times) if (t >= first.start && t <= end) late = Math.max(late, A(t - R) - D(t));
  return { late };
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

  it('reports occupancy as answered work over the agents time: 0 with no agents, 1 when they work the whole interval', () => {
    const ivs = [
      { start: 0, length: 3600, items: 60 },
      { start: 3600, length: 3600, items: 0 },
    ];
    // 5 agents answer the 60 items of 300 s in the second hour: 60 × 300 / (5 × 3600) = 1
    expect(deferredPlan(ivs, { handleTime: 300, responseTime: 3600 }).intervals.map((r) => r.occupancy)).toEqual([0, 1]);
  });

  it('keeps a 4-hour promise over a day with closed hours in between', () => {
    const ivs = [
      { start: 0, length: 3600, items: 30 },
      { start: 3600, length: 3600, items: 30 },
      // closed 2 h; deadlines keep running
      { start: 5 * 3600, length: 3600, items: 10 },
    ];
    const p = deferredPlan(ivs, { handleTime: 600, responseTime: 4 * 3600 });
    const sim = simulate(
      ivs,
      p.intervals.map((r) => r.agents),
      600,
      4 * 3600,
    );
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
    .array(fc.record({ gap: fc.constantFrom(0, 0, 0, 3600), items: fc.double({ min: 0, max: 200, noNaN: true }) }), {
      minLength: 1,
      maxLength: 8,
    })
    .map((xs) => {
      let t = 0;
      return xs.map((x) => {
        t += x.gap;
        const iv = { start: t, length: 3600, items: x.items };
        t += 3600;
        return iv;
      });
    });
  test.prop([ivsArb, fc.double({ min: 60, max: 1200, noNaN: true }), fc.double({ min: 1800, max: 8 * 3600, noNaN: true })], {
    numRuns: 40,
  })('meets every deadline inside the plan, and one agent fewer in any interval misses one', (ivs, h, R) => {
    const p = deferredPlan(ivs, { handleTime: h, responseTime: R });
    const agents = p.intervals.map((r) => r.agents);
    const tol = 1e-6 * (1 + ivs.reduce((s, iv) => s + iv.items, 0));
    expect(simulate(ivs, agents, h, R).late).toBeLessThanOrEqual(tol);
    // occupancy: the items the fluid model answers in each interval, times h, over the agents' time
    let answeredBefore = 0;
    p.intervals.forEach((r, i) => {
      const iv = ivs[i] as DeferredInterval;
      const arrivedByEnd = ivs.slice(0, i + 1).reduce((s, x) => s + x.items, 0);
      const answered = arrivedByEnd - r.backlog - answeredBefore;
      answeredBefore += answered;
      expect(r.occupancy).toBeGreaterThanOrEqual(0);
      expect(r.occupancy).toBeLessThanOrEqual(1);
      if (r.agents > 0) expect(r.occupancy).toBeCloseTo(Math.min(1, (answered * h) / (r.agents * iv.length)), 9);
      else expect(r.occupancy).toBe(0);
    });
    agents.forEach((n, i) => {
      if (n === 0) return;
      const fewer = agents.map((m, j) => (j === i ? m - 1 : m));
      expect(simulate(ivs, fewer, h, R).late, `interval ${i}`).toBeGreaterThan(0);
    });
  });
});
