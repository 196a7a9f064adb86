import { fc, test as prop } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { historyGrid } from '../../src/forecast/historyGrid.js';
import { callsSd, forecastMixture } from '../../src/forecast/intervalSpread.js';
import { unusualDays } from '../../src/forecast/unusualDays.js';
import { centreHistory, DAY, meanCalls, SUNDAY } from './centreHistory.js';

/** An unusual day of eight weeks of hourly history: Tuesday of week 5, its calls as `calls(hour, ordinary mean)` gives them. */
function oneUnusualDay(calls: (hour: number, mean: number) => number) {
  const day = 30;
  const rows = centreHistory(56, 7).map((r) => {
    const hour = Math.floor((r.start % DAY) / 3600);
    return r.start >= SUNDAY + day * DAY && r.start < SUNDAY + (day + 1) * DAY ? { ...r, calls: calls(hour, meanCalls(2, hour)) } : r;
  });
  const grid = historyGrid(rows);
  const expected = Array.from({ length: 24 }, (_, hour) => meanCalls(2, hour))
    .filter((m) => !Number.isNaN(m))
    .reduce((a, b) => a + b, 0);
  const total = rows
    .filter((r) => r.start >= SUNDAY + day * DAY && r.start < SUNDAY + (day + 1) * DAY)
    .reduce((s, r) => s + (r.calls ?? 0), 0);
  const anomaly = { day: SUNDAY + day * DAY, calls: total, expected, ratio: total / expected, score: -5 };
  return unusualDays(grid, [anomaly], 50);
}

describe('unusualDays (what an unforeseen day may look like)', () => {
  test('a day at a third of its volume all day long spreads little within the day; an eve (a normal morning, an empty evening) much', () => {
    const even = oneUnusualDay((_, mean) => Math.round(mean / 3));
    const eve = oneUnusualDay((hour, mean) => (hour < 14 ? Math.round(mean) : 0));
    expect(even.ratios[0]).toBeCloseTo(1 / 3, 1);
    expect(even.spreads[0]).toBeLessThan(0.1);
    expect(eve.spreads[0]).toBeGreaterThan(0.3);
    // one unusual day in 50 judged: (1 + 1) ÷ (50 + 2), the rule of succession
    expect(eve.rate).toBe(2 / 52);
  });

  prop.prop([
    fc.double({ min: 0, max: 1e6, noNaN: true }),
    fc.array(fc.double({ min: 0, max: 3, noNaN: true }), { maxLength: 9 }),
    fc.double({ min: 0, max: 0.5, noNaN: true }),
    fc.option(fc.double({ min: 0, max: 1e6, noNaN: true }), { nil: undefined }),
  ])('a forecast mixture’s weights sum to 1 and its deviations are positive', (calls, ratios, rate, ordinary) => {
    const spread = { dispersion: 1.5, levelVariance: 0.01, hourScale: new Float64Array(24), weekdayScale: new Float64Array(7) };
    const unusual = { ratios, spreads: ratios.map(() => 0.2), rate };
    const mixture = forecastMixture(spread, calls, 1.2, unusual, ordinary === undefined ? undefined : { calls: ordinary, rate: 0.05 });
    expect(mixture.reduce((s, c) => s + c.weight, 0)).toBeCloseTo(1, 12);
    for (const c of mixture) expect(c.sd).toBeGreaterThan(0);
  });

  prop.prop([
    fc.double({ min: 0, max: 1e6, noNaN: true }),
    fc.array(fc.double({ min: 0, max: 3, noNaN: true }), { maxLength: 9 }),
    fc.double({ min: 0, max: 2, noNaN: true }),
  ])(
    'a label not seen yet (its own spread within the day) widens only the label’s component, by √(sd² + (spread·calls)²)',
    (calls, ratios, within) => {
      const spread = { dispersion: 1.5, levelVariance: 0.01, hourScale: new Float64Array(24), weekdayScale: new Float64Array(7) };
      const unusual = { ratios, spreads: ratios.map(() => 0.2), rate: 0.05 };
      const ordinary = { calls: 2 * calls, rate: 0.05 };
      const seen = forecastMixture(spread, calls, 1.2, unusual, ordinary);
      const unseen = forecastMixture(spread, calls, 1.2, unusual, ordinary, within);
      expect(unseen[0]?.sd).toBeCloseTo(Math.hypot(callsSd(spread, calls), within * calls) * 1.2, 6);
      expect(unseen.slice(1)).toEqual(seen.slice(1));
      expect(unseen.map((c) => c.weight)).toEqual(seen.map((c) => c.weight));
    },
  );
});
