import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { dayGroups } from '../../src/forecast/dayGroups.js';
import { historyGrid } from '../../src/forecast/historyGrid.js';
import { monthDayEffect, monthDayOf } from '../../src/forecast/monthDayEffect.js';
import { weekdayShapes } from '../../src/forecast/weekdayShapes.js';
import { forecastArrivals } from '../../src/index.js';
import { centreHistory, DAY, dayCalls, meanCalls, SUNDAY } from './centreHistory.js';

const ordinaryDay = (weekday: number): number =>
  Array.from({ length: 24 }, (_, h) => meanCalls(weekday, h)).reduce((s, v) => s + (Number.isNaN(v) ? 0 : v), 0);
/** Day of the month of day `d` of the centre's histories (day 0: Sunday 4 January 1970). */
const monthDay = (d: number): number => new Date((SUNDAY + d * DAY) * 1000).getUTCDate();
const logTotals = (rows: { start: number; calls: number }[], days: number) => {
  const grid = historyGrid(rows);
  const logs = new Float64Array(days);
  for (let d = 0; d < days; d++) logs[d] = Math.log(dayCalls(rows, d) + 1);
  return { grid, logs };
};

describe('forecastArrivals: the day of the month (paydays, month ends)', () => {
  it('learns that the first three days of a month run busier and forecasts the next ones so', () => {
    // 177 days from 4 January: the week forecast is 30 June to 6 July 1970
    const payday = (d: number): number => (monthDay(d) <= 3 ? 1.4 : 1);
    const f = forecastArrivals(centreHistory(177, 21, payday), { days: 7, method: 'day-type' });
    for (const d of [178, 179]) expect(dayCalls(f.rows, d) / ordinaryDay(d % 7)).toBeGreaterThan(1.25); // 1–2 July
    for (const d of [177, 182]) expect(dayCalls(f.rows, d) / ordinaryDay(d % 7)).toBeLessThan(1.1); // 30 June, 5 July
  });

  test.prop(
    [
      fc.integer({ min: 1, max: 10_000 }),
      // 8 days or more: 7 from a Sunday end on the closed Saturday, which leaves 6 days of history
      fc.integer({ min: 8, max: 100 }),
      fc.array(fc.double({ min: 0.05, max: 3, noNaN: true }), { minLength: 31, maxLength: 31 }),
    ],
    {
      numRuns: 20,
    },
  )('day types forecast finite calls ≥ 0 within their bounds, whatever the days of the month do', (seed, days, multipliers) => {
    const f = forecastArrivals(
      centreHistory(days, seed, (d) => multipliers[monthDay(d) - 1] as number),
      { days: 7, method: 'day-type' },
    );
    expect(f.rows.length).toBeGreaterThan(0);
    for (const r of f.rows) {
      expect(Number.isFinite(r.calls) && r.calls >= 0).toBe(true);
      expect(r.lower).toBeLessThanOrEqual(r.calls);
      expect(r.upper).toBeGreaterThanOrEqual(r.calls);
    }
  });

  test.prop([fc.integer({ min: 1, max: 10_000 })], { numRuns: 20 })('a history without such an effect learns almost none', (seed) => {
    const rows = centreHistory(120, seed) as { start: number; calls: number }[];
    const { grid, logs } = logTotals(rows, 120);
    for (let d = 0; d < 120; d++) if (d % 7 === 6) logs[d] = Number.NaN; // closed Saturdays: not fitted
    const effect = monthDayEffect(grid, 120, logs);
    for (const e of effect) expect(Math.abs(e)).toBeLessThan(0.05);
    expect(monthDayOf(grid, 0)).toBe(4);
  });
});

describe('weekdayShapes (each weekday’s shape, shrunk towards its group’s)', () => {
  test.prop([fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 7, max: 42 }), fc.double({ min: 0.5, max: 1, noNaN: true })])(
    'every shape sums to 1 and lies between the weekday’s own and its group’s, slot by slot',
    (seed, days, decay) => {
      const rows = centreHistory(days, seed) as { start: number; calls: number }[];
      const grid = historyGrid(rows);
      const groups = dayGroups(grid, days);
      const shapes = weekdayShapes(grid, days, groups, (d) => decay ** (days - 1 - d));
      const weight = (d: number): number => decay ** (days - 1 - d);
      const own = weekdayShapes(grid, days, new Int8Array(7).fill(-1), weight);
      // the group's pooled shape: its weekdays' own shapes weighted by their days' weights
      const weekdayWeight = Array.from({ length: 7 }, (_, w) =>
        Array.from({ length: days }, (_, d) => d).reduce((a, d) => (d % 7 === w && dayCalls(rows, d) > 0 ? a + weight(d) : a), 0),
      );
      for (const [w, shape] of shapes.entries()) {
        if (shape === undefined) continue;
        expect(shape.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
        const members = [0, 1, 2, 3, 4, 5, 6].filter((v) => groups[v] === groups[w] && own[v] !== undefined);
        const total = members.reduce((a, v) => a + (weekdayWeight[v] as number), 0);
        for (const [k, v] of shape.entries()) {
          const alone = (own[w] as Float64Array)[k] as number;
          const pooled = members.reduce((a, m) => a + (weekdayWeight[m] as number) * ((own[m] as Float64Array)[k] as number), 0) / total;
          expect(v).toBeGreaterThanOrEqual(Math.min(alone, pooled) - 1e-12);
          expect(v).toBeLessThanOrEqual(Math.max(alone, pooled) + 1e-12);
        }
      }
    },
  );

  it('a weekday seen once takes its group’s shape: one day cannot tell its shape from its noise', () => {
    const grid = historyGrid(centreHistory(7, 3));
    const shapes = weekdayShapes(grid, 7, new Int8Array([0, 0, 0, 0, 0, -1, -1]), () => 1);
    for (let w = 1; w < 5; w++) expect(shapes[w]).toEqual(shapes[0]);
  });
});
