import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { checkDistribution } from '../../src/sim/checkDistribution.js';
import { deterministicExp } from '../../src/sim/deterministicExp.js';
import { deterministicLog } from '../../src/sim/deterministicLog.js';
import { makeSampler } from '../../src/sim/makeSampler.js';
import { Xoshiro128 } from '../../src/sim/Xoshiro128.js';

/** Distance in units in the last place between two doubles of the same sign. */
function ulps(a: number, b: number): number {
  if (a === b) return 0;
  const ua = new BigInt64Array(new Float64Array([a]).buffer)[0] as bigint;
  const ub = new BigInt64Array(new Float64Array([b]).buffer)[0] as bigint;
  const d = ua > ub ? ua - ub : ub - ua;
  return Number(d);
}

describe('deterministicLog(x), deterministicExp(x): fdlibm in plain arithmetic', () => {
  test.prop([fc.double({ min: Number.MIN_VALUE, max: Number.MAX_VALUE, noNaN: true })], { numRuns: 3000 })(
    'deterministicLog(x) is within 1 ulp of Math.log(x) for every positive double, subnormals included',
    (x) => {
      expect(ulps(deterministicLog(x), Math.log(x))).toBeLessThanOrEqual(1);
    },
  );
  test.prop([fc.double({ min: 0.5, max: 2, noNaN: true })], { numRuns: 2000 })(
    'deterministicLog(x) is within 1 ulp of Math.log(x) near 1 (all branches)',
    (x) => {
      fc.pre(x !== 1);
      expect(ulps(deterministicLog(x), Math.log(x))).toBeLessThanOrEqual(1);
    },
  );
  test.prop([fc.double({ min: -745, max: 709.7, noNaN: true })], { numRuns: 3000 })(
    'deterministicExp(x) is within 1 ulp of Math.exp(x) over its whole range',
    (x) => {
      const e = Math.exp(x);
      // below 2^−1022 results are subnormal: compare absolutely in units of the smallest subnormal
      expect(ulps(deterministicExp(x), e)).toBeLessThanOrEqual(1);
    },
  );
  it('deterministicLog and deterministicExp hit the special points exactly', () => {
    expect(deterministicLog(1)).toBe(0);
    expect(deterministicLog(2)).toBe(Math.LN2);
    expect(deterministicExp(0)).toBe(1);
    expect(ulps(deterministicExp(1), Math.E)).toBeLessThanOrEqual(1); // fdlibm's exp(1) is 1 ulp above e
    expect(deterministicExp(800)).toBe(Infinity);
    expect(deterministicExp(-800)).toBe(0);
  });
});

describe('Xoshiro128: xoshiro128** 1.0 seeded by a SplitMix-style counter', () => {
  it('matches the C reference implementation (Blackman & Vigna) word for word', () => {
    // Produced by the authors' reference C code of xoshiro128** with the same seeding (test/sim/xoshiro128-reference.c).
    const expected: Record<number, number[]> = {
      0: [3809008728, 1133695204, 53579671, 2891528803, 139681546, 2203266335],
      1: [2442144158, 3238099751, 3819917871, 2104621829, 2021136066, 4223536128],
      42: [2837322924, 544945897, 479756282, 3500138142, 339756180, 113173290],
      123456789: [4284103975, 1001954530, 2701803082, 2658065534, 3104308804, 4033197306],
    };
    for (const [seed, words] of Object.entries(expected)) {
      const g = new Xoshiro128(Number(seed));
      expect(words.map(() => g.nextUint32())).toEqual(words);
    }
  });
  test.prop([fc.integer()], { numRuns: 50 })('uniform() stays strictly inside (0, 1) and has mean ½', (seed) => {
    const g = new Xoshiro128(seed);
    let s = 0;
    let inside = true;
    for (let i = 0; i < 4000; i++) {
      const u = g.uniform();
      inside &&= u > 0 && u < 1;
      s += u;
    }
    expect(inside).toBe(true);
    expect(Math.abs(s / 4000 - 0.5)).toBeLessThan(5 * Math.sqrt(1 / 12 / 4000));
  });
});

describe('makeSampler(distribution, rng): the requested mean and coefficient of variation', () => {
  const N = 40_000;
  const cases: [string, unknown, number, number][] = [
    ['exponential', { kind: 'exponential', mean: 3 }, 3, 1],
    ['deterministic', { kind: 'deterministic', mean: 3 }, 3, 0],
    ['gamma CV 0.5', { kind: 'gamma', mean: 3, cv: 0.5 }, 3, 0.5],
    ['gamma CV 2 (shape < 1)', { kind: 'gamma', mean: 3, cv: 2 }, 3, 2],
    ['erlang 4 phases', { kind: 'erlang', mean: 3, phases: 4 }, 3, 0.5],
    ['lognormal CV 0.5', { kind: 'lognormal', mean: 3, cv: 0.5 }, 3, 0.5],
    ['lognormal CV 1', { kind: 'lognormal', mean: 3, cv: 1 }, 3, 1],
    ['empirical', { kind: 'empirical', values: [1, 2, 6] }, 3, Math.sqrt(14 / 3) / 3],
  ];
  for (const [name, d, mean, cv] of cases) {
    it(`${name}: sample mean and CV within sampling error`, () => {
      const draw = makeSampler(checkDistribution('d', d), new Xoshiro128(11));
      let s = 0;
      let s2 = 0;
      let valid = true;
      for (let i = 0; i < N; i++) {
        const x = draw();
        valid &&= x >= 0 && Number.isFinite(x);
        s += x;
        s2 += x * x;
      }
      expect(valid).toBe(true);
      const m = s / N;
      const sd = Math.sqrt(Math.max(0, s2 / N - m * m));
      // mean within 5 standard errors; CV within 6% (heavy-tailed CV estimates converge slowly)
      expect(Math.abs(m - mean)).toBeLessThanOrEqual(5 * ((cv * mean) / Math.sqrt(N)) + 1e-12);
      expect(Math.abs(sd / m - cv)).toBeLessThanOrEqual(0.06 * Math.max(cv, 0.1));
    });
  }
  it('empirical draws only the given values, each about equally often', () => {
    const draw = makeSampler(checkDistribution('d', { kind: 'empirical', values: [5, 7] }), new Xoshiro128(3));
    let fives = 0;
    let others = 0;
    for (let i = 0; i < 10_000; i++) {
      const x = draw();
      if (x === 5) fives++;
      else if (x !== 7) others++;
    }
    expect(others).toBe(0);
    expect(Math.abs(fives - 5000)).toBeLessThan(250);
  });
});
