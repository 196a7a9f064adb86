import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { type Interval, QueueInputError, requiredAgents, scheduledAgents, staffingPlan } from '../../src/index.js';

const target = { serviceLevel: 0.8, answerTime: 20 };

function day(peakCalls: number, handleTime: number, n = 96, length = 900): Interval[] {
  return Array.from({ length: n }, (_, i) => ({
    start: i * length,
    length,
    calls: peakCalls * Math.exp(-(((i - n / 2) / (n / 5)) ** 2)),
    handleTime,
  }));
}

describe('staffingPlan(intervals, target, options)', () => {
  it('SIPP staffs each interval as requiredAgents does, with shrinkage and totals', () => {
    const ivs = day(2000, 240, 8, 1800);
    const plan = staffingPlan(ivs, target, { shrinkage: 0.3, hoursPerFte: 7.5 });
    expect(plan.method).toBe('sipp');
    let hours = 0;
    let sched = 0;
    plan.intervals.forEach((r, i) => {
      const iv = ivs[i] as Interval;
      const ref = requiredAgents({ arrivalRate: iv.calls / iv.length, handleTime: iv.handleTime }, target);
      expect(r.agents).toBe(ref.agents);
      expect(r.fractionalAgents).toBe(ref.fractionalAgents);
      expect(r.scheduledAgents).toBe(scheduledAgents(ref.agents, 0.3));
      expect(r.metrics.serviceLevel).toBeGreaterThanOrEqual(0.8);
      hours += (r.agents * iv.length) / 3600;
      sched += (r.scheduledAgents * iv.length) / 3600;
    });
    expect(plan.totals.agentHours).toBeCloseTo(hours, 9);
    expect(plan.totals.scheduledAgentHours).toBeCloseTo(sched, 9);
    expect(plan.totals.fte).toBeCloseTo(sched / 7.5, 9);
    expect(plan.totals.peakIndex).toBe(4);
    const weighted = plan.intervals.reduce((s, r) => s + r.calls * (r.metrics.serviceLevel ?? 0), 0) / plan.totals.calls;
    expect(plan.totals.serviceLevel).toBeCloseTo(weighted, 12);
  });

  it('offered-load method lags demand: fewer agents than SIPP on a rise, more after a drop', () => {
    const ivs: Interval[] = [
      { start: 0, length: 900, calls: 100, handleTime: 600 },
      { start: 900, length: 900, calls: 400, handleTime: 600 },
      { start: 1800, length: 900, calls: 100, handleTime: 600 },
    ];
    const sipp = staffingPlan(ivs, target);
    const ol = staffingPlan(ivs, target, { method: 'offeredLoad', initialLoad: (100 / 900) * 600, offeredLoadPoint: 'mean' });
    expect(ol.intervals[1]?.agents).toBeLessThan(sipp.intervals[1]?.agents as number);
    expect(ol.intervals[2]?.agents).toBeGreaterThan(sipp.intervals[2]?.agents as number);
    // steady demand from its steady state: both methods agree
    const flat = staffingPlan([{ start: 0, length: 900, calls: 300, handleTime: 200 }], target, {
      method: 'offeredLoad',
      initialLoad: (300 / 900) * 200,
    });
    expect(flat.intervals[0]?.load).toBeCloseTo((300 / 900) * 200, 10);
    expect(flat.intervals[0]?.agents).toBe(
      staffingPlan([{ start: 0, length: 900, calls: 300, handleTime: 200 }], target).intervals[0]?.agents,
    );
  });

  it('offered load solves m′ = λ − m/h exactly (closed form and periodic start)', () => {
    const ivs: Interval[] = [
      { start: 0, length: 1000, calls: 1000, handleTime: 500 },
      { start: 1000, length: 1000, calls: 0, handleTime: 500 },
    ];
    const plan = staffingPlan(ivs, { maxOccupancy: 1 }, { method: 'offeredLoad' });
    // from 0: m(1000) = 500(1 − e^{−2}); then decays: m(2000) = m(1000)e^{−2}
    const m1 = 500 * (1 - Math.exp(-2));
    expect(plan.intervals[0]?.load).toBeCloseTo(m1, 10);
    expect(plan.intervals[1]?.load).toBeCloseTo(m1, 10); // max over the falling interval is its start
    const periodic = staffingPlan(ivs, { maxOccupancy: 1 }, { method: 'offeredLoad', initialLoad: 'periodic', offeredLoadPoint: 'mean' });
    const m0 = (m1 * Math.exp(-2)) / (1 - Math.exp(-4)); // m(0) = m(T)
    const mEnd = 500 + (m0 - 500) * Math.exp(-2);
    expect(periodic.intervals[1]?.load).toBeCloseTo((mEnd * (1 - Math.exp(-2))) / 2, 9);
  });

  it('throws naming the interval and field', () => {
    const ok = { start: 0, length: 900, calls: 10, handleTime: 180 };
    const param = (ivs: unknown): string => {
      try {
        staffingPlan(ivs as Interval[], target);
      } catch (e) {
        expect(e).toBeInstanceOf(QueueInputError);
        return (e as QueueInputError).parameter;
      }
      throw new Error('expected an error');
    };
    expect(param([ok, { ...ok, start: 900, calls: -5 }])).toBe('intervals[1].calls');
    expect(param([ok, { ...ok, start: 900, length: 0 }])).toBe('intervals[1].length');
    expect(param([ok, { ...ok, start: 450 }])).toBe('intervals[1].start');
    expect(param([{ ...ok, start: 900 }, ok])).toBe('intervals[1].start');
    expect(param([])).toBe('intervals');
    expect(() => staffingPlan([ok], { serviceLevel: 1, answerTime: 0 })).toThrow(/serviceLevel/);
  });

  test.prop(
    [
      fc.array(fc.double({ min: 0, max: 3000, noNaN: true }), { minLength: 1, maxLength: 12 }),
      fc.double({ min: 30, max: 900, noNaN: true }),
    ],
    {
      numRuns: 40,
    },
  )('every interval meets the target and one agent fewer does not (both methods)', (calls, h) => {
    const ivs = calls.map((c, i) => ({ start: i * 900, length: 900, calls: c, handleTime: h, patience: 200 }));
    for (const method of ['sipp', 'offeredLoad'] as const) {
      const plan = staffingPlan(ivs, target, { method });
      for (const r of plan.intervals) {
        const ref = requiredAgents({ arrivalRate: r.load / h, handleTime: h, patience: 200 }, target);
        expect(r.agents).toBe(ref.agents);
      }
    }
  });

  it('passes fractionalTolerance through to every interval', () => {
    const ivs = day(300, 240, 6, 1800).map((iv) => ({ ...iv, patience: 120 }));
    const exact = staffingPlan(ivs, target);
    const coarse = staffingPlan(ivs, target, { fractionalTolerance: 1e-4 });
    coarse.intervals.forEach((r, i) => {
      expect(r.agents).toBe(exact.intervals[i]?.agents);
      expect(Math.abs(r.fractionalAgents - (exact.intervals[i]?.fractionalAgents as number))).toBeLessThan(1e-4);
    });
    expect(() => staffingPlan(ivs, target, { fractionalTolerance: -1 })).toThrow(/options\.fractionalTolerance/);
  });
});
