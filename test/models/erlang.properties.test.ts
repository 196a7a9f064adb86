import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { erlangB, erlangC } from '../../src/index.js';

const servers = fc.oneof(fc.integer({ min: 0, max: 1_000_000 }), fc.double({ min: 0, max: 1_000_000, noNaN: true }));
const load = fc.oneof(fc.double({ min: 0, max: 10_000_000, noNaN: true }), fc.double({ min: 0, max: 100, noNaN: true }));
// Loads tied to the server count, where the transition (and the hard cases) are.
const nearLoad = (n: number) => fc.double({ min: 1e-6, max: 3, noNaN: true }).map((r) => r * Math.max(n, 1e-3));

describe('erlangB / erlangC properties', () => {
  test.prop([servers, load], { numRuns: 300 })('erlangB(servers, load) and erlangC are finite probabilities with B ≤ C', (n, a) => {
    const b = erlangB(n, a);
    const c = erlangC(n, a);
    expect(b).toBeGreaterThanOrEqual(0);
    expect(b).toBeLessThanOrEqual(1);
    expect(c).toBeGreaterThanOrEqual(0);
    expect(c).toBeLessThanOrEqual(1);
    expect(b).toBeLessThanOrEqual(c * (1 + 1e-12));
  });

  test.prop([fc.integer({ min: 1, max: 100_000 }).chain((n) => fc.tuple(fc.constant(n), nearLoad(n)))], { numRuns: 300 })(
    'erlangB and erlangC fall as servers rise (n → n + 1) near the transition',
    ([n, a]) => {
      expect(erlangB(n + 1, a)).toBeLessThanOrEqual(erlangB(n, a) * (1 + 1e-12));
      expect(erlangC(n + 1, a)).toBeLessThanOrEqual(erlangC(n, a) * (1 + 1e-12));
    },
  );

  test.prop(
    [
      fc
        .integer({ min: 1, max: 100_000 })
        .chain((n) => fc.tuple(fc.constant(n), nearLoad(n), fc.double({ min: 1e-6, max: 0.5, noNaN: true }))),
    ],
    {
      numRuns: 300,
    },
  )('erlangB and erlangC rise with load', ([n, a, f]) => {
    expect(erlangB(n, a * (1 + f))).toBeGreaterThanOrEqual(erlangB(n, a) * (1 - 1e-12));
    expect(erlangC(n, a * (1 + f))).toBeGreaterThanOrEqual(erlangC(n, a) * (1 - 1e-12));
  });

  test.prop([fc.integer({ min: 1, max: 2_000 }).chain((n) => fc.tuple(fc.constant(n), nearLoad(n)))], { numRuns: 200 })(
    'erlangB(n, a) matches the forward recursion B_k = aB_{k−1}/(k + aB_{k−1}) to 1e-12',
    ([n, a]) => {
      let b = 1;
      for (let k = 1; k <= n; k++) b = (a * b) / (k + a * b);
      const got = erlangB(n, a);
      expect(Math.abs(got - b)).toBeLessThanOrEqual(1e-12 * b + 1e-300);
    },
  );

  test.prop([fc.double({ min: 0.01, max: 500, noNaN: true }), fc.double({ min: 0.01, max: 600, noNaN: true })], { numRuns: 200 })(
    'erlangB(x, a) for fractional x interpolates its integer neighbours (continuous extension)',
    (x, a) => {
      const lo = erlangB(Math.floor(x), a);
      const hi = erlangB(Math.ceil(x), a);
      const mid = erlangB(x, a);
      expect(mid).toBeLessThanOrEqual(lo * (1 + 1e-12));
      expect(mid).toBeGreaterThanOrEqual(hi * (1 - 1e-12));
      // and satisfies the recursion B(x+1) = aB(x)/(x + 1 + aB(x)) exactly as integers do
      const next = erlangB(x + 1, a);
      expect(Math.abs(next - (a * mid) / (x + 1 + a * mid))).toBeLessThanOrEqual(1e-12 * next + 1e-300);
    },
  );

  test.prop([servers, load])('erlangC(servers, load) returns exactly 1 when load ≥ servers', (n, a) => {
    fc.pre(a >= n);
    expect(erlangC(n, a)).toBe(1);
  });
});
