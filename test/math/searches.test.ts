import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { findRoot } from '../../src/math/findRoot.js';
import { smallestInteger } from '../../src/math/smallestInteger.js';

const integer = fc.oneof(fc.integer({ min: -1e6, max: 1e6 }), fc.double({ min: -1e300, max: 1e300, noNaN: true }).map(Math.floor));

describe('smallestInteger(meets, { from, to, start })', () => {
  test.prop([integer, integer, integer, fc.option(integer, { nil: undefined })], { numRuns: 500 })(
    'finds the minimal n with a bounded number of evaluations, over the whole double range',
    (x, y, threshold, start) => {
      const from = Math.min(x, y);
      const to = Math.max(x, y);
      let evaluations = 0;
      const meets = (n: number): boolean => {
        evaluations++;
        expect(Number.isInteger(n) && n >= from && n <= to).toBe(true);
        return n >= threshold;
      };
      const n = smallestInteger(meets, start === undefined ? { from, to } : { from, to, start });
      if (threshold > to) expect(n).toBeUndefined();
      else {
        const expected = Math.max(from, threshold);
        expect(n === expected, `${n} vs ${expected}`).toBe(true); // (0 and −0 alike)
      }
      expect(evaluations).toBeLessThanOrEqual(4400);
      if (start === undefined && Math.abs(to - from) < 2 ** 52) {
        // about 2·log₂ of the distance walked
        expect(evaluations).toBeLessThanOrEqual(2 * Math.log2(Math.abs(Math.max(from, Math.min(threshold, to)) - from) + 2) + 4);
      }
    },
  );
  test.prop([fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: -50, max: 50 })])(
    'a good start costs a handful of evaluations',
    (threshold, off) => {
      let evaluations = 0;
      const n = smallestInteger((k) => (evaluations++, k >= threshold), { from: 0, to: 2e9, start: threshold + off });
      expect(n).toBe(threshold);
      expect(evaluations).toBeLessThanOrEqual(2 * Math.log2(Math.abs(off) + 1) + 4);
    },
  );
});

describe('findRoot(f, { lo, hi, tolerance })', () => {
  test.prop(
    [fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ min: 1e-3, max: 1e3, noNaN: true }), fc.integer({ min: 1, max: 7 })],
    { numRuns: 300 },
  )('brackets the root of an increasing function within the tolerance, in at most maxEvaluations', (root, scale, power) => {
    let evaluations = 0;
    const f = (x: number): number => (evaluations++, Math.sign(x - root) * Math.abs((x - root) / scale) ** power);
    const x = findRoot(f, { lo: root - 3 * scale, hi: root + 5 * scale, tolerance: 1e-9 * scale, maxEvaluations: 200 });
    expect(evaluations).toBeLessThanOrEqual(202);
    // a simple root to the tolerance; flat (multiple) roots converge linearly, more loosely
    const bound = power === 1 ? 1e-6 * scale : 1e-3 * scale;
    expect(Math.abs(x - root)).toBeLessThanOrEqual(bound + 1e-9 * Math.abs(root));
  });
  test('returns within the bracket when the ends are neighbouring doubles', () => {
    const x = findRoot((v) => v - 1, { lo: 1, hi: 1 + Number.EPSILON, tolerance: 0 });
    expect(x).toBeGreaterThanOrEqual(1);
    expect(x).toBeLessThanOrEqual(1 + Number.EPSILON);
  });
});
