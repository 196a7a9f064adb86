import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { forecastArrivals, QueueInputError, reforecastDay } from '../../src/index.js';
import { centreHistory, DAY, SUNDAY } from './centreHistory.js';

const history = centreHistory(56, 21);
const forecast = forecastArrivals(history, { days: 2 }); // days 55 (a Saturday: closed) and 56
const dayStart = SUNDAY + 56 * DAY;
const morning = (scale: number, hours = 4) =>
  forecast.rows.slice(0, hours).map((r) => ({ start: r.start, calls: Math.round(r.calls * scale) }));

describe('reforecastDay(forecast, today)', () => {
  it('leaves the day as forecast when the morning runs as forecast, and scales it when it does not', () => {
    const same = reforecastDay(forecast, morning(1));
    expect(same.factor).toBeCloseTo(1, 1);
    expect(same.rows[0]?.start).toBe(forecast.rows[4]?.start);
    expect(same.rows.length).toBe(forecast.rows.length - 4);
    const busy = reforecastDay(forecast, morning(2));
    expect(busy.factor).toBeGreaterThan(1.6);
    const holiday = reforecastDay(forecast, morning(0.1));
    expect(holiday.factor).toBeLessThan(0.3);
    for (const r of [...busy.rows, ...holiday.rows]) {
      expect(r.lower).toBeLessThanOrEqual(r.calls);
      expect(r.upper).toBeGreaterThanOrEqual(r.calls);
    }
  });

  it('takes a live tracker’s arrival times: whole intervals count as their rows do', () => {
    const rows = morning(1.5);
    const arrivals = rows.flatMap((r) => Array.from({ length: r.calls }, (_, i) => r.start + ((i + 0.5) * 3600) / r.calls));
    const now = (rows[rows.length - 1]?.start as number) + 3600;
    const live = reforecastDay(forecast, { arrivals, now });
    const counted = reforecastDay(forecast, rows);
    expect(live.factor).toBeCloseTo(counted.factor, 12);
    expect(live.rows).toEqual(counted.rows);
    // half-way through an interval: it counts for half, and is re-forecast whole
    const half = reforecastDay(forecast, { arrivals: arrivals.filter((t) => t < now - 1800), now: now - 1800 });
    expect(half.rows[0]?.start).toBe(rows[rows.length - 1]?.start);
    expect(half.factor).toBeGreaterThan(1.2);
  });

  test.prop([fc.double({ min: 0, max: 5, noNaN: true }), fc.integer({ min: 1, max: 10 })])(
    'the rest of the day is the forecast × one factor ≥ 0, inside finite bounds',
    (scale, hours) => {
      const r = reforecastDay(forecast, morning(scale, hours));
      expect(r.factor).toBeGreaterThanOrEqual(0);
      r.rows.forEach((row, i) => {
        const base = forecast.rows[hours + i];
        expect(row.start).toBe(base?.start);
        expect(row.calls).toBeCloseTo((base?.calls as number) * r.factor, 9);
        expect(Number.isFinite(row.upper)).toBe(true);
        expect(row.lower).toBeLessThanOrEqual(row.calls);
        expect(row.upper).toBeGreaterThanOrEqual(row.calls);
      });
    },
  );

  it('refuses counts it cannot place, naming them', () => {
    const cases: [unknown, RegExp][] = [
      [[], /today/],
      [[{ start: dayStart + 8 * 3600, calls: -1 }], /today\[0\]\.calls/],
      [
        [
          { start: dayStart + 8 * 3600, calls: 1 },
          { start: dayStart + DAY + 8 * 3600, calls: 1 },
        ],
        /today\[1\]\.start/,
      ],
      [[{ start: dayStart - DAY + 8 * 3600, calls: 1 }], /today/],
      [{ arrivals: 5, now: dayStart }, /today\.arrivals/],
      [{ arrivals: [Number.NaN], now: dayStart + 3600 }, /today\.arrivals\[0\]/],
      [{ arrivals: [], now: Number.POSITIVE_INFINITY }, /today\.now/],
    ];
    for (const [today, message] of cases) {
      expect(() => reforecastDay(forecast, today as never)).toThrow(QueueInputError);
      expect(() => reforecastDay(forecast, today as never)).toThrow(message);
    }
    expect(() => reforecastDay({} as never, morning(1))).toThrow(/forecast/);
    expect(() => reforecastDay(forecast, morning(1), { coverage: 1 })).toThrow(/options\.coverage/);
  });
});
