import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';

import { ONE_SIDED_5_PERCENT } from '../../src/math/criticalValues.js';
import { normalQuantile } from '../../src/math/normalQuantile.js';
import { wilsonLowerBound } from '../../src/math/wilsonLowerBound.js';

describe('wilsonLowerBound: the lower end of the Wilson score interval', () => {
  it('matches values solved independently: the p with (share − p)² = z² p(1 − p)/n, share ≥ p', () => {
    // Solved by bisection on the defining equation, not by the closed form under test.
    const solve = (k: number, n: number, z: number) => {
      const share = k / n;
      let lo = 0;
      let hi = share;
      for (let i = 0; i < 200; i++) {
        const p = (lo + hi) / 2;
        if ((share - p) ** 2 > (z * z * p * (1 - p)) / n) lo = p;
        else hi = p;
      }
      return (lo + hi) / 2;
    };
    for (const [k, n] of [
      [10, 10],
      [8, 10],
      [95, 100],
      [1, 3],
      [30.5, 36.2],
    ] as const) {
      expect(wilsonLowerBound(k, n, ONE_SIDED_5_PERCENT)).toBeCloseTo(solve(k, n, ONE_SIDED_5_PERCENT), 12);
    }
    expect(ONE_SIDED_5_PERCENT).toBeCloseTo(normalQuantile(0.95), 8);
  });

  test.prop([fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 1e-3, max: 1e6, noNaN: true })])(
    'lies in [0, share], grows with the evidence at a fixed share, and is the share when z = 0',
    (fraction, n) => {
      const k = fraction * n;
      const lower = wilsonLowerBound(k, n, ONE_SIDED_5_PERCENT);
      expect(lower).toBeGreaterThanOrEqual(0);
      expect(lower).toBeLessThanOrEqual(fraction + 1e-12);
      expect(wilsonLowerBound(2 * k, 2 * n, ONE_SIDED_5_PERCENT)).toBeGreaterThanOrEqual(lower - 1e-12);
      expect(wilsonLowerBound(k, n, 0)).toBeCloseTo(k / n, 12);
    },
  );
});
