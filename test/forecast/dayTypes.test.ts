import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { forecastArrivals, QueueInputError } from '../../src/index.js';
import { centreHistory, DAY, dayCalls, meanCalls, SUNDAY } from './centreHistory.js';

const ordinaryDay = (weekday: number): number =>
  Array.from({ length: 24 }, (_, h) => meanCalls(weekday, h)).reduce((s, v) => s + (Number.isNaN(v) ? 0 : v), 0);

describe('forecastArrivals: unusual days, day types, calendar', () => {
  it('finds a holiday nobody labelled, reports it, and does not let it drag the next weeks down', () => {
    const holiday = 30; // a Tuesday
    const h = centreHistory(42, 11, (d) => (d === holiday ? 0.1 : 1));
    const f = forecastArrivals(h, { days: 7 });
    expect(f.anomalies.map((a) => a.day)).toEqual([SUNDAY + holiday * DAY]);
    expect(f.anomalies[0]?.ratio).toBeGreaterThan(0.05);
    expect(f.anomalies[0]?.ratio).toBeLessThan(0.2);
    expect(f.anomalies[0]?.score).toBeLessThan(-3.5);
    // the Tuesday after is forecast as an ordinary Tuesday (within 10%)
    expect(dayCalls(f.rows, 44) / ordinaryDay(2)).toBeGreaterThan(0.9);
    expect(dayCalls(f.rows, 44) / ordinaryDay(2)).toBeLessThan(1.1);
  });

  it('an ordinary day after several holidays of its weekday is not unusual (regression)', () => {
    const holidays = [31, 38]; // two Wednesdays in a row; the next Wednesday (45), the last of the history, is ordinary
    const f = forecastArrivals(
      centreHistory(49, 12, (d) => (holidays.includes(d) ? 0.1 : 1)),
      { days: 1 },
    );
    expect(f.anomalies.map((a) => (a.day - SUNDAY) / DAY)).toEqual(holidays);
  });

  test.prop([fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 14, max: 40 })])(
    'a day at 5% of its volume is always found',
    (seed, day) => {
      fc.pre(day % 7 !== 6);
      const f = forecastArrivals(
        centreHistory(49, seed, (d) => (d === day ? 0.05 : 1)),
        { days: 1 },
      );
      expect(f.anomalies.some((a) => a.day === SUNDAY + day * DAY)).toBe(true);
    },
  );

  it('forecasts each weekday at its own level (busier Sundays, short Fridays)', () => {
    const f = forecastArrivals(centreHistory(56, 3), { days: 7, method: 'day-type' });
    expect(f.method).toMatch(/^day-type/);
    for (const [day, weekday] of [
      [56, 0],
      [58, 2],
      [61, 5],
    ] as const)
      expect(dayCalls(f.rows, day) / ordinaryDay(weekday)).toBeCloseTo(1, 1);
  });

  it('follows a level shift within days, not weeks', () => {
    const f = forecastArrivals(
      centreHistory(49, 5, (d) => (d >= 43 ? 1.5 : 1)),
      { days: 7, method: 'day-type' },
    );
    expect(f.anomalies).toEqual([]);
    expect(dayCalls(f.rows, 50) / ordinaryDay(1)).toBeGreaterThan(1.3);
  });

  it('a calendar label seen before takes its past level; one not seen takes its stated default', () => {
    const eves = [9, 23, 37];
    const h = centreHistory(49, 8, (d) => (eves.includes(d) ? 0.4 : 1));
    const future = 51; // a Wednesday
    const calendar = [...eves, future].map((d) => ({ day: SUNDAY + d * DAY, label: 'holiday eve' }));
    const labelled = forecastArrivals(h, { days: 7, calendar });
    expect(labelled.anomalies).toEqual([]); // labelled days are known, not anomalous
    expect(dayCalls(labelled.rows, future) / ordinaryDay(3)).toBeGreaterThan(0.33);
    expect(dayCalls(labelled.rows, future) / ordinaryDay(3)).toBeLessThan(0.47);
    const unseen = forecastArrivals(centreHistory(49, 8), {
      days: 7,
      method: 'day-type',
      calendar: [{ day: SUNDAY + future * DAY, label: 'strike', multiplier: 0.5 }],
    });
    const plain = forecastArrivals(centreHistory(49, 8), { days: 7, method: 'day-type' });
    expect(dayCalls(unseen.rows, future)).toBeCloseTo(0.5 * dayCalls(plain.rows, future), 6);
    const noDefault = forecastArrivals(centreHistory(49, 8), {
      days: 7,
      method: 'day-type',
      calendar: [{ day: SUNDAY + future * DAY, label: 'strike' }],
    });
    expect(dayCalls(noDefault.rows, future)).toBeCloseTo(dayCalls(plain.rows, future), 6);
  });

  it('a trailing busy-only row at 00:00 of the next day does not move the forecast (regression)', () => {
    const h = centreHistory(28, 2);
    const last = SUNDAY + 28 * DAY; // midnight after the last day
    const plain = forecastArrivals(h, { days: 7 });
    const trailing = forecastArrivals([...h, { start: last, length: 3600, calls: 0 }], { days: 7 });
    expect(trailing.rows[0]?.start).toBe(plain.rows[0]?.start);
    expect(trailing.method).toBe(plain.method);
    expect(trailing.backtest.map((b) => b.intervals)).toEqual(plain.backtest.map((b) => b.intervals));
  });

  it('the backtest scores a stable set of intervals as the history grows past two weeks (regression)', () => {
    const intervals = [14, 15, 16, 21].map(
      (days) => forecastArrivals(centreHistory(days, 4), { days: 7 }).backtest[0]?.intervals as number,
    );
    // origins from day 7 on: every day after the first week is scored, whoever needs two weeks
    for (const [i, days] of [14, 15, 16, 21].entries()) {
      const open = centreHistory(days, 4).filter((r) => r.start >= SUNDAY + 7 * DAY).length;
      expect(intervals[i]).toBeGreaterThanOrEqual(open);
    }
    const extraRow = forecastArrivals([...centreHistory(14, 4), { start: SUNDAY + 14 * DAY + 8 * 3600, length: 3600, calls: 40 }], {
      days: 7,
    });
    expect(extraRow.backtest[0]?.intervals).toBeGreaterThan(100);
  });

  it('refuses malformed options with a QueueInputError naming them', () => {
    const h = centreHistory(14, 1);
    const cases: [object, RegExp][] = [
      [{ exclude: 5 }, /options\.exclude/],
      [{ events: 5 }, /options\.events/],
      [{ coverage: Symbol('x') }, /options\.coverage/],
      [{ events: [{ day: Number.NaN, multiplier: 2 }] }, /options\.events\[0\]\.day/],
      [{ events: [{ day: 'monday', multiplier: 2 }] }, /options\.events\[0\]\.day/],
      [{ calendar: [{ day: 0, label: '' }] }, /options\.calendar\[0\]\.label/],
      [{ calendar: [{ day: 0, label: 'x', multiplier: -1 }] }, /options\.calendar\[0\]\.multiplier/],
      [{ calendar: {} }, /options\.calendar/],
    ];
    for (const [options, message] of cases) {
      expect(() => forecastArrivals(h, options as never)).toThrow(QueueInputError);
      expect(() => forecastArrivals(h, options as never)).toThrow(message);
    }
    for (const patience of [Number.NaN, -1])
      expect(() => forecastArrivals([{ start: 0, length: 3600, calls: 1, patience }])).toThrow(/history\[0\]\.patience/);
    // Infinity (nobody abandoned) and 0 (those who did had not waited), as callHistory writes them: no information on the mean
    for (const patience of [Infinity, 0])
      expect(
        forecastArrivals(
          h.map((r) => ({ ...r, patience })),
          { days: 1 },
        ).rows[0]?.patience,
      ).toBeUndefined();
  });

  it('1e300 calls an hour give finite, ordered bounds (regression)', () => {
    const h = centreHistory(21, 6).map((r) => ({ ...r, calls: (r.calls as number) * 1e298 }));
    const f = forecastArrivals(h, { days: 2 });
    for (const r of f.rows) {
      for (const x of [r.calls, r.lower, r.upper]) expect(Number.isFinite(x)).toBe(true);
      expect(r.lower).toBeLessThanOrEqual(r.calls);
      expect(r.upper).toBeGreaterThanOrEqual(r.calls);
    }
  });
});
