import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { mixtureQuantile } from '../../src/forecast/mixtureBounds.js';
import { normalCdf } from '../../src/math/index.js';
import { normalQuantile } from '../../src/math/normalQuantile.js';

describe('mixtureQuantile (prediction bounds of a day that may be unusual)', () => {
  test.prop([
    fc.double({ min: 0.01, max: 0.99, noNaN: true }),
    fc.double({ min: 1, max: 1e6, noNaN: true }),
    fc.double({ min: 0.1, max: 0.3, noNaN: true }),
  ])('one normal component: its own quantile, floored at 0 (to 1e-5 of the sd: Φ to 7.5e-8)', (p, mean, relative) => {
    const sd = mean * relative;
    expect(Math.abs(mixtureQuantile([{ weight: 1, mean, sd }], p) - Math.max(0, mean + sd * normalQuantile(p)))).toBeLessThan(1e-5 * sd);
  });

  test.prop([
    fc.double({ min: 0.02, max: 0.98, noNaN: true }),
    fc.double({ min: 0, max: 0.5, noNaN: true }),
    fc.double({ min: 0.05, max: 0.9, noNaN: true }),
  ])('a mixture: the weighted normal CDFs at the answer are p (to 1e-6)', (p, weight, ratio) => {
    const parts = [
      { weight: 1 - weight, mean: 100, sd: 10 },
      { weight, mean: 100 * ratio, sd: 10 * Math.sqrt(ratio) },
    ];
    const q = mixtureQuantile(parts, p);
    fc.pre(q > 0);
    const cdf = parts.reduce((s, c) => s + c.weight * normalCdf((q - c.mean) / c.sd), 0);
    expect(Math.abs(cdf - p)).toBeLessThan(1e-6);
  });
});
