import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { analyze, erlangB, lineCapacity, lineLoad, QueueInputError, requiredLines } from '../../src/index.js';

describe('requiredLines(load, { maxBlocking })', () => {
  it('sizes 33.3 Erlangs at 1% blocking with 45 lines', () => {
    expect(requiredLines(33.3, { maxBlocking: 0.01 })).toBe(45);
    expect(erlangB(44, 33.3)).toBeGreaterThan(0.01);
  });
  it('needs no lines for no load or a blocking target of 1', () => {
    expect(requiredLines(0, { maxBlocking: 0.01 })).toBe(0);
    expect(requiredLines(50, { maxBlocking: 1 })).toBe(0);
  });
  it('rejects blocking targets outside (0, 1] and negative loads', () => {
    expect(() => requiredLines(10, { maxBlocking: 0 })).toThrow(QueueInputError);
    expect(() => requiredLines(10, { maxBlocking: 1.5 })).toThrow(/maxBlocking/);
    expect(() => requiredLines(-1, { maxBlocking: 0.01 })).toThrow(/load/);
  });
  test.prop([fc.double({ min: 1e-3, max: 2e5, noNaN: true }), fc.double({ min: 1e-9, max: 0.9, noNaN: true })], { numRuns: 200 })(
    'is minimal: B(n, a) ≤ p and B(n − 1, a) > p',
    (a, p) => {
      const n = requiredLines(a, { maxBlocking: p });
      expect(erlangB(n, a)).toBeLessThanOrEqual(p * (1 + 1e-12));
      if (n > 0) expect(erlangB(n - 1, a)).toBeGreaterThan(p * (1 - 1e-12));
    },
  );
});

describe('lineCapacity(lines, { maxBlocking })', () => {
  it('carries 8.108 Erlangs on 15 lines at 1%', () => {
    expect(lineCapacity(15, { maxBlocking: 0.01 })).toBeCloseTo(8.108, 3);
  });
  it('is 0 without lines and Infinity at blocking 1', () => {
    expect(lineCapacity(0, { maxBlocking: 0.01 })).toBe(0);
    expect(lineCapacity(5, { maxBlocking: 1 })).toBe(Infinity);
    expect(() => lineCapacity(2.5, { maxBlocking: 0.01 })).toThrow(/lines/);
  });
  test.prop([fc.integer({ min: 1, max: 100_000 }), fc.double({ min: 1e-8, max: 0.9, noNaN: true })], { numRuns: 150 })(
    'inverts Erlang B: B(n, capacity) = p, and requiredLines(capacity) ≤ n',
    (n, p) => {
      const a = lineCapacity(n, { maxBlocking: p });
      expect(Math.abs(erlangB(n, a) - p) / p).toBeLessThan(1e-8);
      expect(requiredLines(a * (1 - 1e-9), { maxBlocking: p })).toBeLessThanOrEqual(n);
    },
  );
});

describe('lineLoad(use, ivrTime)', () => {
  it('adds IVR time, queue wait and talk time of answered calls (Little)', () => {
    expect(lineLoad({ arrivalRate: 0.5, handleTime: 180, meanWait: 12 }, 30)).toBe(111);
    expect(lineLoad({ arrivalRate: 1, handleTime: 100, meanWait: 10, probAbandon: 0.1 }, 0)).toBeCloseTo(100, 12);
  });
  it('accepts analyze metrics as they are', () => {
    const m = analyze({ arrivalRate: 5, handleTime: 180, agents: 864, patience: 300 });
    const load = lineLoad(m, 45);
    expect(load).toBeCloseTo(5 * (45 + m.meanWait + (1 - m.probAbandon) * 180), 9);
    expect(requiredLines(load, { maxBlocking: 0.001 })).toBeGreaterThan(864);
  });
  it('lineLoad with no calls is 0 even when the times add up to ∞ (was NaN; fast-check seed 123456)', () => {
    expect(lineLoad({ arrivalRate: 0, handleTime: Number.MAX_VALUE, meanWait: 0 }, 1e300)).toBe(0);
  });
  it('names bad fields', () => {
    expect(() => lineLoad({ arrivalRate: 1, handleTime: 0, meanWait: 1 }, 0)).toThrow(/use.handleTime/);
    expect(() => lineLoad({ arrivalRate: 1, handleTime: 1, meanWait: 1 }, -1)).toThrow(/ivrTime/);
  });
});

// Regression tests for hostile-input findings: these never returned.
describe('line functions at the ends of the double range', () => {
  it('lineCapacity(2^53, 1e-300) and requiredLines(1e16, 1e-300) return', () => {
    const a = lineCapacity(2 ** 53, { maxBlocking: 1e-300 });
    expect(a).toBeGreaterThan(2 ** 53 * 0.99);
    expect(a).toBeLessThan(2 ** 53);
    const n = requiredLines(1e16, { maxBlocking: 1e-300 });
    expect(n).toBeGreaterThan(1e16);
    expect(erlangB(n, 1e16)).toBeLessThanOrEqual(1e-300 * (1 + 1e-9));
  });
  it('requiredLines for a huge load meets the target and is minimal', () => {
    const n = requiredLines(1e12, { maxBlocking: 0.01 });
    expect(erlangB(n, 1e12)).toBeLessThanOrEqual(0.01);
    expect(erlangB(n - 1, 1e12)).toBeGreaterThan(0.01);
  });
});

// Found by test/hostile (whole-range properties): ln(n/(1 − p)) overflowed at the largest n.
it('lineCapacity(Number.MAX_VALUE, { maxBlocking: 1e-16 }) is finite, not NaN', () => {
  expect(Number.isFinite(lineCapacity(Number.MAX_VALUE, { maxBlocking: 1e-16 }))).toBe(true);
});
