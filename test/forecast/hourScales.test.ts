import { fc, test as prop } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { historyGrid } from '../../src/forecast/historyGrid.js';
import { hourScales } from '../../src/forecast/hourScales.js';
import { median } from '../../src/forecast/median.js';
import { quantile } from '../../src/forecast/quantile.js';
import { shrunkScales } from '../../src/forecast/shrunkScales.js';
import { rng } from '../helpers/rng.js';
import { centreHistory } from './centreHistory.js';

describe('quantile (linear between order statistics)', () => {
  prop.prop([
    fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 40 }),
    fc.double({ min: 0, max: 1, noNaN: true }),
    fc.double({ min: 0, max: 1, noNaN: true }),
  ])('lies between the least and the largest value, grows with p, and is the median at p = 0.5', (values, p, p2) => {
    const q = quantile(values, p);
    expect(q).toBeGreaterThanOrEqual(Math.min(...values));
    expect(q).toBeLessThanOrEqual(Math.max(...values));
    expect(quantile(values, Math.max(p, p2))).toBeGreaterThanOrEqual(quantile(values, Math.min(p, p2)));
    expect(quantile(values, 0.5)).toBeCloseTo(median(values), 6);
  });
  test('of nothing: NaN', () => {
    expect(quantile([], 0.95)).toBeNaN();
  });
});

describe('shrunkScales (each cell’s quantile over the pooled one, shrunk by empirical Bayes)', () => {
  prop.prop([fc.array(fc.double({ min: 0.01, max: 10, noNaN: true }), { minLength: 2, maxLength: 200 }), fc.constantFrom(0.5, 0.9, 0.95)])(
    'positive and finite; the same value everywhere gives every cell 1',
    (values, p) => {
      const scales = shrunkScales(
        values,
        values.map((_, i) => i % 4),
        values.map((_, i) => i),
        4,
        p,
      );
      for (const s of scales) {
        expect(s).toBeGreaterThan(0);
        expect(Number.isFinite(s)).toBe(true);
      }
      const flat = shrunkScales(
        values.map(() => values[0] as number),
        values.map((_, i) => i % 4),
        values.map((_, i) => i),
        4,
        p,
      );
      for (const s of flat) expect(s).toBe(1);
    },
  );
  test('a cell whose tail is three times the others’ keeps most of it when every cell has many days', () => {
    const u = rng(3);
    const values = Array.from(
      { length: 4000 },
      (_, i) => Math.abs(Math.sqrt(-2 * Math.log(1 - u())) * Math.cos(2 * Math.PI * u())) * (i % 4 === 0 ? 3 : 1),
    );
    const scales = shrunkScales(
      values,
      values.map((_, i) => i % 4),
      values.map((_, i) => i),
      4,
      0.95,
    );
    expect((scales[0] as number) / (scales[1] as number)).toBeGreaterThan(2.5);
  });
});

describe('hourScales (each hour’s tail of the interval noise, from the whole history)', () => {
  test('an evening hour with bursts and outages on a few days widens; its typical error alone would not show it', () => {
    const u = rng(11);
    // 16 weeks; on one weekday in four, 18:00 runs at ×3 or ×0.2
    const rows = centreHistory(112, 5, (d, hour) => (hour === 18 && d % 4 === 1 ? (u() < 0.5 ? 3 : 0.2) : 1));
    const grid = historyGrid(rows);
    const scales = hourScales(grid, (calls) => Math.sqrt(calls), 0.95);
    const others = [...scales.subarray(8, 18), ...scales.subarray(19, 20)];
    expect(scales[18]).toBeGreaterThan(1.5 * Math.max(...others));
  });
  test('Poisson counts only: every hour’s scale stays within 25% of 1', () => {
    const grid = historyGrid(centreHistory(112, 9));
    const scales = hourScales(grid, (calls) => Math.sqrt(calls), 0.95);
    for (const s of scales.subarray(8, 20)) {
      expect(s).toBeGreaterThan(0.75);
      expect(s).toBeLessThan(1.25);
    }
  });
});
