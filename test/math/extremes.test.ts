import { describe, expect, test } from 'vitest';
import { erfc, gammaP, gammaQ, logGamma, normalCdf, QueueInputError } from '../../src/index.js';

// Regression tests for hostile-input findings: each of these hung, overflowed the stack or lied.
describe('special functions at the ends of their domains', () => {
  test('erfc and normalCdf return at once for huge arguments', () => {
    expect(erfc(1.35e154)).toBe(0);
    expect(erfc(-1e300)).toBe(2);
    expect(erfc(Infinity)).toBe(0);
    expect(normalCdf(1e300)).toBe(1);
    expect(normalCdf(-1e300)).toBe(0);
    expect(erfc(27)).toBeGreaterThan(0); // 5.2e-319, subnormal but not 0
  });
  test('gammaP and gammaQ at x = ∞', () => {
    expect(gammaP(3, Infinity)).toBe(1);
    expect(gammaQ(3, Infinity)).toBe(0);
  });
  test.each([
    ['gammaP(NaN, 1)', () => gammaP(Number.NaN, 1), 's'],
    ['gammaP(-1, 2)', () => gammaP(-1, 2), 's'],
    ['gammaQ(∞, 2)', () => gammaQ(Infinity, 2), 's'],
    ['gammaP(1, -1)', () => gammaP(1, -1), 'x'],
    ['logGamma(-1e16)', () => logGamma(-1e16), 'x'],
    ['logGamma(0)', () => logGamma(0), 'x'],
    ['erfc(NaN)', () => erfc(Number.NaN), 'z'],
    ['normalCdf("1")', () => normalCdf('1' as never), 'z'],
  ])('%s throws a QueueInputError naming %s', (_, fn, parameter) => {
    expect(fn).toThrow(QueueInputError);
    try {
      fn();
    } catch (e) {
      expect((e as QueueInputError).parameter).toBe(parameter);
    }
  });
  test('logGamma(∞) = ∞', () => expect(logGamma(Infinity)).toBe(Infinity));
});
