import { fc, test as prop } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { anomalousDays } from '../../src/forecast/anomalousDays.js';
import { historyGrid } from '../../src/forecast/historyGrid.js';
import { forecastArrivals, type HistoryRow } from '../../src/index.js';
import { DAY, SUNDAY } from './centreHistory.js';

/** Six weeks of hourly rows, every day `hourly` × its weekday's level, one day (if any) × `ratio`. */
function exactWeeks(hourly: readonly number[], levels: readonly number[], unusual?: { day: number; ratio: number }): HistoryRow[] {
  const rows: HistoryRow[] = [];
  for (let d = 0; d < 42; d++)
    hourly.forEach((calls, h) => {
      const ratio = d === unusual?.day ? unusual.ratio : 1;
      rows.push({ start: SUNDAY + d * DAY + h * 3600, length: 3600, calls: Math.round(calls * (levels[d % 7] ?? 1) * ratio) });
    });
  return rows;
}

const flaggedDays = (rows: HistoryRow[]): number[] => {
  const { flagged } = anomalousDays(historyGrid(rows));
  return [...flagged.keys()].filter((d) => flagged[d] === 1);
};

describe('anomalousDays (days far from their weekday and week, without labels)', () => {
  const hourly = fc.array(fc.integer({ min: 10, max: 200 }), { minLength: 24, maxLength: 24 });
  const levels = fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 7, maxLength: 7 });

  prop.prop([hourly, levels])('anomalousDays(grid) flags nothing in a history where every weekday repeats exactly', (h, l) => {
    expect(flaggedDays(exactWeeks(h, l))).toEqual([]);
  });

  prop.prop([
    hourly,
    levels,
    fc.integer({ min: 0, max: 41 }),
    fc.oneof(fc.double({ min: 0, max: 0.5, noNaN: true }), fc.double({ min: 2, max: 10, noNaN: true })),
  ])(
    'anomalousDays(grid) flags the one day at ≤ 0.5 or ≥ 2 times an otherwise exact pattern (a robust spread of 0)',
    (h, l, day, ratio) => {
      expect(flaggedDays(exactWeeks(h, l, { day, ratio }))).toEqual([day]);
    },
  );

  test('forecastArrivals(history) reports a day at 15% of six otherwise identical weeks as unusual', () => {
    const hourly = Array.from({ length: 24 }, (_, h) => Math.round(10 + 20 * Math.exp(-((h - 12) ** 2) / 8)));
    const f = forecastArrivals(exactWeeks(hourly, [1, 1, 1, 1, 1, 1, 1], { day: 24, ratio: 0.15 }), { days: 7 });
    expect(f.anomalies.map((a) => a.day)).toEqual([SUNDAY + 24 * DAY]);
    expect(forecastArrivals(exactWeeks(hourly, [1, 1, 1, 1, 1, 1, 1]), { days: 7 }).anomalies).toEqual([]);
  });
});
