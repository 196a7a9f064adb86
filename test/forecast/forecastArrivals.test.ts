import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { forecastArrivals, type HistoryRow, QueueInputError } from '../../src/index.js';
import { rng } from '../helpers/rng.js';

const DAY = 86_400;
const MONDAY = 4 * DAY; // 1970-01-05 was a Monday

/** Expected calls per hour 08–18: a weekday shape, lighter on Saturday, closed on Sunday. */
function expected(day: number, hour: number): number {
  const weekday = (day + 1) % 7; // day 0 is a Monday
  if (weekday === 0 || hour < 8 || hour >= 18) return NaN;
  const shape = 20 + 30 * Math.exp(-((hour - 11) ** 2) / 4);
  return weekday === 6 ? shape / 2 : shape;
}

/** Poisson counts (inversion) around the pattern; rows only for open hours. */
function history(weeks: number, seed: number, noise = true): HistoryRow[] {
  const u = rng(seed);
  const rows: HistoryRow[] = [];
  for (let d = 0; d < weeks * 7; d++) {
    for (let h = 0; h < 24; h++) {
      const mean = expected(d, h);
      if (Number.isNaN(mean)) continue;
      let calls = mean;
      if (noise) {
        let p = Math.exp(-mean);
        let cdf = p;
        const x = u();
        calls = 0;
        while (x > cdf && calls < 10 * mean + 50) {
          calls++;
          p *= mean / calls;
          cdf += p;
        }
      }
      rows.push({ start: MONDAY + d * DAY + h * 3600, length: 3600, calls, handleTime: 200 + h });
    }
  }
  return rows;
}

describe('forecastArrivals(history, options)', () => {
  it('repeats an exact weekly pattern, for the open hours only, from the midnight after the history', () => {
    const h = history(3, 1, false);
    for (const method of ['auto', 'seasonal-naive', 'weekly-average', 'profile', 'holt-winters'] as const) {
      const f = forecastArrivals(h, { days: 7, method });
      expect(f.rows.length, method).toBe(6 * 10);
      expect(f.rows[0]?.start, method).toBe(MONDAY + 21 * DAY + 8 * 3600);
      for (const r of f.rows) {
        const day = Math.floor((r.start - MONDAY) / DAY);
        const hour = ((r.start - MONDAY) % DAY) / 3600;
        expect(r.calls, `${method} ${day} ${hour}`).toBeCloseTo(expected(day, hour), 6);
        expect(r.handleTime).toBeCloseTo(200 + hour, 9);
        expect(r.lower).toBeLessThanOrEqual(r.calls);
        expect(r.upper).toBeGreaterThanOrEqual(r.calls);
      }
    }
  });

  it('scores seasonal naive in the backtest as an independent computation does', () => {
    const h = history(4, 7);
    const f = forecastArrivals(h, { days: 7, method: 'seasonal-naive' });
    // independent: the history ends on day 26 (the last Sunday is closed); origins 7..26 (a week of
    // fitting first), leads up to 7 days; the same weekday was always seen before the origin
    const byStart = new Map(h.map((r) => [r.start, r.calls as number]));
    let se = 0;
    let n = 0;
    for (let origin = 7; origin < 27; origin++) {
      for (let d = origin; d < Math.min(origin + 7, 27); d++) {
        let past = d - 7;
        while (past >= origin) past -= 7;
        if (past < 0) continue;
        for (let hour = 0; hour < 24; hour++) {
          const actual = byStart.get(MONDAY + d * DAY + hour * 3600);
          if (actual === undefined) continue;
          const value = byStart.get(MONDAY + past * DAY + hour * 3600) ?? 0;
          se += (actual - value) ** 2;
          n++;
        }
      }
    }
    expect(f.backtest[0]?.method).toBe('seasonal-naive');
    expect(f.backtest[0]?.intervals).toBe(n);
    expect(f.backtest[0]?.rmse).toBeCloseTo(Math.sqrt(se / n), 9);
  });

  it('auto picks the backtest’s best, which beats seasonal naive on Poisson noise', () => {
    const f = forecastArrivals(history(5, 3), { days: 7 });
    const naive = f.backtest.find((b) => b.method === 'seasonal-naive');
    expect(f.backtest[0]?.method).toBe(f.method);
    expect(f.backtest[0]?.rmse).toBeLessThan((naive?.rmse as number) * 0.85);
  });

  it('one week of history still forecasts (pooled profile), with Poisson-or-wider intervals', () => {
    const f = forecastArrivals(history(1, 5), { days: 7 });
    expect(f.backtest).toEqual([]);
    expect(f.method).toBe('profile(smoothed)');
    for (const r of f.rows) expect(r.upper - r.calls).toBeGreaterThanOrEqual(1.959 * Math.sqrt(Math.max(r.calls, 1)));
  });

  it('a history cut short on its last day (exported at noon) keeps that day out of fitting; calls just after midnight start the forecast on their day', () => {
    const full = history(5, 1, false);
    const lastDay = Math.floor((full.at(-1)?.start ?? 0) / DAY);
    const cut = full.filter((r) => Math.floor(r.start / DAY) < lastDay || r.start % DAY < 12 * 3600);
    const firstDay = (f: { rows: readonly { start: number }[] }): number => Math.floor((f.rows[0]?.start ?? 0) / DAY);
    const dayTotal = (rows: readonly { start: number; calls: number }[], day: number): number =>
      rows.filter((r) => Math.floor(r.start / DAY) === day).reduce((sum, r) => sum + r.calls, 0);
    for (const method of ['auto', 'seasonal-naive', 'weekly-average', 'day-type'] as const) {
      const whole = forecastArrivals(full, { method });
      const noon = forecastArrivals(cut, { method });
      expect(noon.anomalies, method).toEqual([]);
      expect(firstDay(noon), method).toBe(firstDay(whole));
      // was half the day (seasonal naive copied the morning; the rest read it as a day closed at noon)
      expect(dayTotal(noon.rows, lastDay + 7) / dayTotal(whole.rows, lastDay + 7), method).toBeCloseTo(1, 1);
    }
    // the calls of the first minutes after midnight started the forecast a day late
    const afterMidnight = [
      ...full.filter((r) => r.start < lastDay * DAY),
      { start: lastDay * DAY, length: 3600, calls: 2, handleTime: 200 },
    ];
    expect(firstDay(forecastArrivals(afterMidnight))).toBe(lastDay);
  });

  it("takes callHistory's rows as they are: a patience of 0 (callers who hung up without waiting) or Infinity is left out of the mean (0 was refused)", () => {
    const rows = history(2, 3, false).map((r, i) => ({ ...r, patience: i % 5 === 0 ? 0 : i % 5 === 1 ? Infinity : 200 }));
    const f = forecastArrivals(rows, { days: 2 }); // the closed Sunday, then Monday
    expect(f.rows.length).toBeGreaterThan(0);
    for (const r of f.rows) expect(r.patience).toBeCloseTo(200, 9);
  });

  it('a method too short of history for some weekday ahead is refused, not left to drop those days (weekly-average on 10 days gave no Thursday to Saturday; holt-winters no rows)', () => {
    const ten = history(2, 4).filter((r) => r.start < MONDAY + 10 * DAY);
    for (const method of ['weekly-average', 'holt-winters'] as const)
      expect(() => forecastArrivals(ten, { method }), method).toThrow(/^history must be rows on a past day of each weekday forecast/);
    // auto takes a method that forecasts every open day ahead: Thursday to Wednesday, the closed Sunday apart
    const days = new Set(forecastArrivals(ten).rows.map((r) => Math.floor((r.start - MONDAY) / DAY)));
    expect([...days]).toEqual([10, 11, 12, 14, 15, 16]);
  });

  it('an excluded last day (an outage yesterday) is history: the forecast starts the day after it (started on it)', () => {
    const h = history(3, 2, false);
    const lastDay = Math.floor((h.at(-1)?.start ?? 0) / DAY);
    const plain = forecastArrivals(h, { days: 3 });
    for (const exclude of [[lastDay * DAY], [(lastDay - 1) * DAY, lastDay * DAY + 3600]]) {
      const f = forecastArrivals(h, { days: 3, exclude });
      expect(f.rows[0]?.start).toBe(plain.rows[0]?.start);
      expect(f.rows.at(-1)?.start).toBe(plain.rows.at(-1)?.start);
    }
  });

  it('leaves excluded days out of fitting and multiplies event days', () => {
    const h = history(3, 1, false);
    const holiday = MONDAY + 15 * DAY; // a Tuesday in week 3: zero calls that day
    const withHoliday = h.map((r) => (r.start >= holiday && r.start < holiday + DAY ? { ...r, calls: 0 } : r));
    const plain = forecastArrivals(h, { method: 'seasonal-naive' });
    const excluded = forecastArrivals(withHoliday, { method: 'seasonal-naive', exclude: [holiday] });
    expect(excluded.rows.map((r) => r.calls)).toEqual(plain.rows.map((r) => r.calls));
    const event = MONDAY + 22 * DAY + 3600; // the Tuesday forecast
    const boosted = forecastArrivals(h, { method: 'seasonal-naive', events: [{ day: event, multiplier: 2 }] });
    boosted.rows.forEach((r, i) => {
      const base = plain.rows[i]?.calls as number;
      expect(r.calls).toBeCloseTo(r.start >= MONDAY + 22 * DAY && r.start < MONDAY + 23 * DAY ? 2 * base : base, 9);
    });
  });

  test.prop([fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 1, max: 5 })])(
    'forecasts are finite, ≥ 0, inside their bounds and sorted',
    (seed, weeks) => {
      const f = forecastArrivals(history(weeks, seed), { days: 3 });
      let last = -Infinity;
      for (const r of f.rows) {
        expect(Number.isFinite(r.calls)).toBe(true);
        expect(r.calls).toBeGreaterThanOrEqual(0);
        expect(r.lower).toBeLessThanOrEqual(r.calls);
        expect(r.upper).toBeGreaterThanOrEqual(r.calls);
        expect(r.start).toBeGreaterThan(last);
        last = r.start;
      }
    },
  );

  it('an hour of 1e300 calls gives infinite, never NaN, backtest figures and intervals', () => {
    const rows = history(2, 5).map((r, i) => (i === 30 ? { ...r, calls: 1e300 } : r));
    const f = forecastArrivals(rows, { days: 7 });
    for (const b of f.backtest) for (const x of [b.rmse, b.mape, b.dispersion]) expect(Number.isNaN(x)).toBe(false);
    for (const r of f.rows) for (const x of [r.calls, r.lower, r.upper]) expect(Number.isNaN(x)).toBe(false);
  });

  it('accepts interval-history rows (offered) and rejects bad input naming the field', () => {
    const rows = history(2, 2).map(({ calls, ...r }) => ({ ...r, offered: calls as number }));
    expect(forecastArrivals(rows).rows.length).toBeGreaterThan(0);
    expect(() => forecastArrivals([{ start: 0, length: 7000, calls: 1 }])).toThrow(/history\[0\]\.length/);
    expect(() => forecastArrivals([{ start: 0, length: 3600, calls: -1 }])).toThrow(QueueInputError);
    expect(() => forecastArrivals(history(1, 1), { method: 'arima' as 'auto' })).toThrow(/options\.method/);
    expect(() => forecastArrivals(history(1, 1), { method: 'seasonal-naive' })).not.toThrow();
    // every day excluded answered no rows without a word
    const everyDay = Array.from({ length: 7 }, (_, d) => MONDAY + d * DAY);
    expect(() => forecastArrivals(history(1, 1), { exclude: everyDay })).toThrow(
      /options\.exclude must be days that leave some of the history/,
    );
    expect(() =>
      forecastArrivals([
        { start: 0, length: 3600, calls: 1 },
        { start: 0, length: 3600, calls: 2 },
      ]),
    ).toThrow(/repeats/);
  });
});

describe('forecastArrivals: coverage within 1e-16 of 1 (fuzz seed 101)', () => {
  it('forecastArrivals(history, { coverage: 0.9999999999999999 }) gives finite bounds around the forecast (were NaN: (1 + coverage)/2 rounded to 1)', () => {
    const history: HistoryRow[] = [];
    for (let d = 0; d < 14; d++)
      for (let k = 0; k < 10; k++)
        history.push({ start: d * 86_400 + 28_800 + k * 3600, length: 3600, calls: 40 + ((d * 7 + k * 3) % 11) });
    for (const method of ['profile', 'auto'] as const) {
      for (const row of forecastArrivals(history, { days: 3, method, coverage: 0.9999999999999999 }).rows) {
        expect(Number.isFinite(row.lower) && Number.isFinite(row.upper)).toBe(true);
        expect(row.lower <= row.calls && row.calls <= row.upper).toBe(true);
      }
    }
  });
});
