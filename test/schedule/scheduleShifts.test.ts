import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  analyze,
  type DemandInterval,
  QueueInputError,
  requiredAgents,
  type Schedule,
  type ShiftTemplate,
  scheduleShifts,
  simulate,
} from '../../src/index.js';

const HOUR = 3600;

/** People on the floor per interval, recomputed from the shifts themselves (not from the result's rows). */
function floorCount(schedule: Schedule, demand: readonly DemandInterval[]): number[] {
  return demand.map((d) => {
    let n = 0;
    for (const s of schedule.shifts) {
      if (d.start < s.start || d.start >= s.end) continue;
      if (s.breaks.some((b) => d.start >= b.start && d.start < b.start + b.length)) continue;
      n += s.people;
    }
    return n;
  });
}

/** A random day of `n` half-hour intervals and templates that can cover every interval. */
const problem = fc
  .record({
    required: fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 4, maxLength: 16 }),
    lengths: fc.uniqueArray(fc.integer({ min: 2, max: 8 }), { minLength: 1, maxLength: 3 }),
    withBreak: fc.boolean(),
  })
  .map(({ required, lengths, withBreak }) => {
    const demand: DemandInterval[] = required.map((r, i) => ({ start: i * 1800, length: 1800, required: r }));
    const last = required.length * 1800;
    const templates: ShiftTemplate[] = lengths.map((steps, k) => ({
      name: `t${k}`,
      length: steps * 1800,
      earliestStart: 0,
      latestStart: Math.max(0, last - steps * 1800),
      ...(withBreak && steps >= 4 ? { breaks: [{ length: 1800, earliest: 1800, latest: (steps - 2) * 1800 }] } : {}),
    }));
    // a two-interval shift that may start anywhere (even in the last interval) keeps every problem coverable
    templates.push({ name: 'short', length: 3600, earliestStart: 0, latestStart: last - 1800, cost: 1.5 });
    return { demand, templates };
  });

describe('scheduleShifts(demand, templates, options)', () => {
  it('covers a two-level day with four-hour shifts', () => {
    const day = Array.from({ length: 16 }, (_, i) => ({ start: 8 * HOUR + i * 1800, length: 1800, required: i < 8 ? 3 : 5 }));
    const s = scheduleShifts(day, [{ name: 'early', length: 4 * HOUR, earliestStart: 8 * HOUR, latestStart: 12 * HOUR }]);
    expect(s.totals.people).toBe(8);
    expect(s.totals.paidHours).toBe(32);
    expect(s.totals.lowerBound).toBeCloseTo(32, 6); // the LP optimum less a 1e-9 relative allowance for rounding
    expect(s.intervals.every((r) => r.under === 0)).toBe(true);
    expect(s.shifts.map((x) => [x.start / HOUR, x.people])).toEqual([
      [8, 3],
      [12, 5],
    ]);
  });

  it('places an unpaid lunch inside its window and leaves it out of paid hours', () => {
    const day = Array.from({ length: 8 }, (_, i) => ({ start: i * 1800, length: 1800, required: 2 }));
    const s = scheduleShifts(day, [
      { name: 'day', length: 4 * HOUR, earliestStart: 0, latestStart: 0, breaks: [{ length: 1800, earliest: 3600, latest: 5400 }] },
      { name: 'cover', length: 3600, earliestStart: 0, latestStart: 3 * HOUR },
    ]);
    const day4 = s.shifts.filter((x) => x.template === 'day');
    for (const x of day4) {
      expect(x.paidHours).toBe(3.5);
      expect(x.breaks[0]?.start).toBeGreaterThanOrEqual(3600);
      expect(x.breaks[0]?.start).toBeLessThanOrEqual(5400);
    }
    expect(floorCount(s, day).slice(0, 8)).toEqual(s.intervals.map((r) => r.scheduled));
    expect(s.intervals.every((r) => r.under === 0)).toBe(true);
  });

  it('matches an exhaustive search on tiny problems (lower bound ≤ optimum ≤ schedule)', () => {
    // 6 intervals, a 3-interval shift with a 1-interval break at offset 1 or 2, starting at 0..3
    const required = [1, 2, 2, 1, 2, 1];
    const demand = required.map((r, i) => ({ start: i * 1800, length: 1800, required: r }));
    const templates: ShiftTemplate[] = [
      {
        name: 'b',
        length: 3 * 1800,
        earliestStart: 0,
        latestStart: 3 * 1800,
        breaks: [{ length: 1800, earliest: 1800, latest: 3600, paid: true }],
      },
      { name: 'one', length: 1800, earliestStart: 0, latestStart: 5 * 1800, cost: 0.9 },
    ];
    // independent reference: every choice of up to 2 people per (shift, break) column
    const columns: { rows: number[]; cost: number }[] = [];
    for (let s = 0; s <= 3; s++)
      for (const b of [1, 2]) columns.push({ rows: [0, 1, 2].filter((k) => k !== b).map((k) => s + k), cost: 1.5 });
    for (let s = 0; s < 6; s++) columns.push({ rows: [s], cost: 0.9 });
    let optimum = Infinity;
    const counts = new Array<number>(columns.length).fill(0);
    const search = (j: number, cost: number): void => {
      if (cost >= optimum) return;
      if (j === columns.length) {
        const cover = new Array<number>(6).fill(0);
        columns.forEach((c, k) => c.rows.forEach((t) => (cover[t] = (cover[t] as number) + (counts[k] as number))));
        if (cover.every((v, t) => v >= (required[t] as number))) optimum = cost;
        return;
      }
      for (let n = 0; n <= 2; n++) {
        counts[j] = n;
        search(j + 1, cost + n * (columns[j] as { cost: number }).cost);
      }
      counts[j] = 0;
    };
    search(0, 0);
    const s = scheduleShifts(demand, templates);
    expect(s.totals.lowerBound).toBeLessThanOrEqual(optimum + 1e-9);
    expect(s.totals.cost).toBeGreaterThanOrEqual(optimum - 1e-9);
    expect(s.totals.cost).toBeCloseTo(optimum, 9);
  });

  test.prop([problem])('cover never leaves an interval short, and the coverage rows agree with the shifts', ({ demand, templates }) => {
    const s = scheduleShifts(demand, templates);
    expect(s.totals.shortIntervals).toBe(0);
    const floor = floorCount(s, demand);
    s.intervals.forEach((r, t) => {
      expect(r.scheduled).toBe(floor[t]);
      expect(r.scheduled).toBeGreaterThanOrEqual(r.required);
    });
  });

  test.prop([problem])('the lower bound never exceeds the schedule’s cost', ({ demand, templates }) => {
    const s = scheduleShifts(demand, templates);
    expect(s.totals.lowerBound).toBeLessThanOrEqual(s.totals.cost + 1e-9);
  });

  test.prop([problem])('cover is locally minimal: taking any one person off leaves an interval short', ({ demand, templates }) => {
    const s = scheduleShifts(demand, templates);
    const floor = floorCount(s, demand);
    for (const shift of s.shifts) {
      const short = demand.some((d, t) => {
        const on =
          d.start >= shift.start && d.start < shift.end && !shift.breaks.some((b) => d.start >= b.start && d.start < b.start + b.length);
        return on && (floor[t] as number) - 1 < d.required;
      });
      expect(short, `${shift.template} at ${shift.start}`).toBe(true);
    }
  });

  test.prop([problem])('difference never does worse than no schedule and reports Σ|scheduled − required|', ({ demand, templates }) => {
    const s = scheduleShifts(demand, templates, { objective: 'difference' });
    const floor = floorCount(s, demand);
    const diff = demand.reduce((sum, d, t) => sum + Math.abs((floor[t] as number) - d.required), 0);
    expect(s.totals.objectiveValue).toBe(diff);
    expect(diff).toBeLessThanOrEqual(demand.reduce((sum, d) => sum + d.required, 0));
    expect(s.totals.lowerBound).toBeLessThanOrEqual(diff + 1e-9);
  });

  it('rejects templates off the interval grid and unknown objectives, naming the field', () => {
    const day = [{ start: 0, length: 1800, required: 1 }];
    expect(() => scheduleShifts(day, [{ name: 'x', length: 1000, earliestStart: 0 }])).toThrow(
      /templates\[0\]\.length .*multiple of the interval length/,
    );
    expect(() => scheduleShifts(day, [{ name: 'x', length: 1800, earliestStart: 0 }], { objective: 'cheap' as 'cover' })).toThrow(
      QueueInputError,
    );
    expect(() => scheduleShifts([{ start: 0, length: 1800, required: -1 }], [{ name: 'x', length: 1800, earliestStart: 0 }])).toThrow(
      /demand\[0\]\.required/,
    );
    expect(() => scheduleShifts(day, [{ name: 'x', length: 1800, earliestStart: 0 }], { objective: 'service-level' })).toThrow(
      /options\.target/,
    );
  });
});

describe('scheduleShifts input domain', () => {
  const one = [{ start: 0, length: 1800, required: 1 }];
  it.each([1e-7, 5e-324, 1e-300, 0])(
    'refuses a startStep of %s s (less than one interval: the starts would never advance)',
    (startStep) => {
      expect(() => scheduleShifts(one, [{ name: 'a', length: 1800, earliestStart: 0, latestStart: 1800, startStep }])).toThrow(
        /templates\[0\]\.startStep must be a positive multiple of the interval length \(1800 s\)/,
      );
    },
  );
  it('refuses a template or break length below one interval (1e-16 s was a shift of no intervals)', () => {
    expect(() => scheduleShifts(one, [{ name: 'a', length: 1e-16, earliestStart: 0 }])).toThrow(/templates\[0\]\.length/);
    const breaks = [{ length: 1e-16, earliest: 0, latest: 0 }];
    expect(() => scheduleShifts(one, [{ name: 'a', length: 3600, earliestStart: 0, breaks }])).toThrow(
      /templates\[0\]\.breaks\[0\]\.length/,
    );
  });
  it('refuses shifts and start windows of more than 2016 intervals (bounds the candidates)', () => {
    const minutes = [{ start: 0, length: 60, required: 1 }];
    expect(() => scheduleShifts(minutes, [{ name: 'a', length: 2017 * 60, earliestStart: 0 }])).toThrow(/at most 2016 of them/);
    expect(() => scheduleShifts(minutes, [{ name: 'a', length: 60, earliestStart: 0, latestStart: 2017 * 60 }])).toThrow(
      /templates\[0\]\.latestStart .*2016 intervals/,
    );
  });
  it('gives a finite lower bound for the highest cost it takes (1e12) and refuses a cost of 1e308 (the bound was NaN)', () => {
    const s = scheduleShifts(one, [{ name: 'a', length: 1800, earliestStart: 0, cost: 1e12 }]);
    expect(s.totals.lowerBound).toBeLessThanOrEqual(s.totals.cost);
    expect(s.totals.lowerBound).toBeGreaterThan(0.999_999 * 1e12);
    expect(() => scheduleShifts(one, [{ name: 'a', length: 1800, earliestStart: 0, cost: 1e308 }])).toThrow(/templates\[0\]\.cost/);
  });
  it.each([0, 1])('refuses a service-level target of %s (nothing to meet, or unreachable)', (serviceLevel) => {
    const demand = [{ start: 0, length: 1800, required: 1, calls: 10, handleTime: 180 }];
    expect(() =>
      scheduleShifts(demand, [{ name: 'a', length: 1800, earliestStart: 0 }], {
        objective: 'service-level',
        target: { serviceLevel, answerTime: 20 },
      }),
    ).toThrow(/options\.target\.serviceLevel must be a number strictly between 0 and 1/);
  });
});

describe('scheduleShifts service-level objective', () => {
  const target = { serviceLevel: 0.8, answerTime: 20 };
  const templates: ShiftTemplate[] = [4, 6, 8].map((h) => ({
    name: `${h}h`,
    length: h * HOUR,
    earliestStart: 8 * HOUR,
    latestStart: 24 * HOUR - h * HOUR,
    startStep: 1800,
  }));
  /** A day of 32 half hours; the requirement per interval from requiredAgents (the same target). */
  const day = (peak: number): DemandInterval[] =>
    Array.from({ length: 32 }, (_, i) => {
      const calls = Math.round(10 + peak * Math.exp(-(((i - 14) / 7) ** 2)));
      const required = requiredAgents({ arrivalRate: calls / 1800, handleTime: 240, patience: 180 }, target).agents;
      return { start: 8 * HOUR + i * 1800, length: 1800, required, calls, handleTime: 240, patience: 180 };
    });
  /** Calls-weighted service level with these people per interval (analyze, interval by interval). */
  const planLevel = (demand: readonly DemandInterval[], people: readonly number[]): number => {
    let answered = 0;
    let calls = 0;
    demand.forEach((d, t) => {
      const c = d.calls as number;
      calls += c;
      if (c > 0)
        answered +=
          c *
          (analyze({ arrivalRate: c / d.length, handleTime: 240, patience: 180, agents: people[t] as number }, { answerTime: 20 })
            .serviceLevel as number);
    });
    return answered / calls;
  };

  it('meets the plan-wide target when its schedule is run through simulate, for less than cover', () => {
    const demand = day(60);
    const cover = scheduleShifts(demand, templates);
    const s = scheduleShifts(demand, templates, { objective: 'service-level', target });
    expect(s.totals.serviceLevel).toBeGreaterThanOrEqual(0.8);
    expect(s.totals.cost).toBeLessThan(cover.totals.cost);
    const sim = simulate(
      {
        intervals: s.intervals.map((r, i) => ({ length: r.length, calls: demand[i]?.calls as number, agents: r.scheduled })),
        handleTime: 240,
        patience: 180,
      },
      { answerTime: 20, replications: 40, seed: 3 },
    );
    const sl = sim.serviceLevel as { value: number; lower: number; upper: number };
    expect(sl.upper).toBeGreaterThanOrEqual(0.8);
    expect(sl.value).toBeGreaterThan(0.79);
  });

  it('meets the target on each day by default, and over the plan with targetPer: plan', () => {
    const two = [...day(80), ...day(15).map((d) => ({ ...d, start: d.start + 86_400 }))];
    // the plan must be consecutive: fill the night between the two days with empty intervals
    const demand: DemandInterval[] = [];
    for (let t = two[0]?.start as number; t <= (two[two.length - 1]?.start as number); t += 1800) {
      demand.push(two.find((d) => d.start === t) ?? { start: t, length: 1800, required: 0, calls: 0, handleTime: 240, patience: 180 });
    }
    const twoDays: ShiftTemplate[] = templates.map((x) => ({ ...x }));
    const perDay = scheduleShifts(demand, twoDays, { objective: 'service-level', target });
    const floor = floorCount(perDay, demand);
    const first = demand.filter((d) => d.start < 86_400);
    expect(planLevel(first, floor.slice(0, first.length))).toBeGreaterThanOrEqual(0.8 - 1e-12);
    expect(planLevel(demand.slice(first.length), floor.slice(first.length))).toBeGreaterThanOrEqual(0.8 - 1e-12);
    const whole = scheduleShifts(demand, twoDays, { objective: 'service-level', target, targetPer: 'plan' });
    expect(planLevel(demand, floorCount(whole, demand))).toBeGreaterThanOrEqual(0.8 - 1e-12);
    expect(whole.totals.cost).toBeLessThanOrEqual(perDay.totals.cost);
  });

  test.prop([fc.integer({ min: 5, max: 120 })])('meets the target, and taking any one person off misses it (local minimality)', (peak) => {
    const demand = day(peak);
    const s = scheduleShifts(demand, templates, { objective: 'service-level', target });
    const floor = floorCount(s, demand);
    expect(planLevel(demand, floor)).toBeGreaterThanOrEqual(0.8 - 1e-12);
    for (const shift of s.shifts) {
      const less = floor.map((n, t) => {
        const at = (demand[t] as DemandInterval).start;
        const on = at >= shift.start && at < shift.end && !shift.breaks.some((b) => at >= b.start && at < b.start + b.length);
        return on ? n - 1 : n;
      });
      expect(planLevel(demand, less)).toBeLessThan(0.8);
    }
  });
});

describe('scheduleShifts limits', () => {
  const day = Array.from({ length: 12 }, (_, i) => ({ start: i * 1800, length: 1800, required: i >= 4 && i < 8 ? 6 : 2 }));
  const templates: ShiftTemplate[] = [
    { name: 'long', length: 6 * 1800, earliestStart: 0, latestStart: 6 * 1800, maxPerStart: 2 },
    { name: 'short', length: 2 * 1800, earliestStart: 0, latestStart: 10 * 1800, maxPerDay: 5 },
  ];

  it('keeps every per-start, per-day and floor limit, leaving intervals short rather than breaking one', () => {
    const s = scheduleShifts(day, templates, { maxOnFloor: 5 });
    const perStart = new Map<string, number>();
    let shortPeople = 0;
    for (const x of s.shifts) {
      const key = `${x.template}@${x.start}`;
      perStart.set(key, (perStart.get(key) ?? 0) + x.people);
      if (x.template === 'short') shortPeople += x.people;
    }
    for (const [key, n] of perStart) if (key.startsWith('long')) expect(n).toBeLessThanOrEqual(2);
    expect(shortPeople).toBeLessThanOrEqual(5);
    const floor = floorCount(s, day);
    expect(Math.max(...floor)).toBeLessThanOrEqual(5);
    expect(s.totals.shortIntervals).toBeGreaterThan(0); // six required, five seats
    expect(s.totals.lowerBound).toBeLessThanOrEqual(s.totals.cost + 1e-9);
  });
});

describe('scheduleShifts on a round-the-clock plan (shifts crossing midnight)', () => {
  it('solves in day blocks and still reports a valid bound and a full cover', () => {
    const demand = Array.from({ length: 4 * 48 }, (_, i) => {
      const hour = (i % 48) / 2;
      return { start: i * 1800, length: 1800, required: Math.round(3 + 12 * Math.exp(-((hour - 14) ** 2) / 18)) };
    });
    const templates: ShiftTemplate[] = [
      {
        name: 'day',
        length: 8 * HOUR,
        earliestStart: 6 * HOUR,
        latestStart: 16 * HOUR,
        breaks: [{ length: 1800, earliest: 3 * HOUR, latest: 5 * HOUR }],
      },
      {
        name: 'night',
        length: 8 * HOUR,
        earliestStart: 20 * HOUR,
        latestStart: 23.5 * HOUR,
        breaks: [{ length: 1800, earliest: 3 * HOUR, latest: 5 * HOUR }],
      },
      { name: 'early', length: 6 * HOUR, earliestStart: 0, latestStart: 6 * HOUR },
    ];
    const s = scheduleShifts(demand, templates);
    expect(s.totals.shortIntervals).toBe(0);
    expect(s.lpOptimal).toBe(false); // blocks: the bound is a Farley bound at the joined duals
    expect(s.totals.lowerBound).toBeGreaterThan(0);
    expect(s.totals.lowerBound).toBeLessThanOrEqual(s.totals.cost);
    expect(s.totals.cost).toBeLessThanOrEqual(s.totals.lowerBound * 1.4); // exact LP 664.4, cost 730.5, this (Farley) bound 556.8
    const floor = floorCount(s, demand);
    floor.forEach((n, t) => expect(n).toBeGreaterThanOrEqual((demand[t] as DemandInterval).required));
  });
});
