import { expect } from 'vitest';

/** Relative error |a − e|/|e| (absolute when e = 0). */
export function relativeError(actual: number, expected: number): number {
  if (actual === expected) return 0;
  return expected === 0 ? Math.abs(actual) : Math.abs(actual - expected) / Math.abs(expected);
}

/** Asserts |actual − expected| ≤ tol·|expected|, naming the quantity in the failure. */
export function expectRelative(actual: number, expected: number, tol: number, what = 'value'): void {
  const err = relativeError(actual, expected);
  expect(err, `${what}: got ${actual}, expected ${expected} (relative error ${err})`).toBeLessThanOrEqual(tol);
}
