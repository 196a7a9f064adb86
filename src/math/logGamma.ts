import { positiveOrInfinite } from './checks.js';
import { logGamma1p } from './logGamma1p.js';
import { stirlingError } from './stirlingError.js';

const HALF_LOG_2PI = 0.9189385332046728;

/**
 * Natural logarithm of the gamma function, ln Γ(x), for x > 0.
 *
 * For x ≥ 10 the Stirling series (Abramowitz & Stegun 6.1.40) to the 1/x¹³ term; below, the
 * recurrence Γ(x) = Γ(x + m)/(x(x+1)…(x+m−1)); within ¼ of the roots 1 and 2, the Taylor series
 * of ln Γ(1 + s). Absolute error below about 2e-15 for x < 10, relative error below 1e-15 above
 * and near the roots.
 *
 * @param x - the argument, > 0 (`Infinity` allowed)
 * @returns ln Γ(x)
 * @throws {QueueInputError} when x is not a number > 0
 * @example
 * logGamma(5); // ≈ 3.1780538303479 (ln 24)
 */
export function logGamma(x: number): number {
  return logGammaKernel(positiveOrInfinite('x', x, 'a number > 0'));
}

/** {@link logGamma} for x > 0. @internal */
export function logGammaKernel(x: number): number {
  if (x === Infinity) return Infinity;
  // near the roots at 1 and 2 the Taylor series keeps relative accuracy
  if (Math.abs(x - 1) <= 0.25) return logGamma1p(x - 1);
  if (Math.abs(x - 2) <= 0.25) return Math.log1p(x - 2) + logGamma1p(x - 2);
  if (x >= 10) return (x - 0.5) * Math.log(x) - x + HALF_LOG_2PI + stirlingError(x);
  let prod = 1;
  let w = x;
  while (w < 10) {
    prod *= w;
    w += 1;
  }
  return (w - 0.5) * Math.log(w) - w + HALF_LOG_2PI + stirlingError(w) - Math.log(prod);
}
