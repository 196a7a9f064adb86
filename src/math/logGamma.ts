import { stirlingError } from './stirlingError.js';

const HALF_LOG_2PI = 0.9189385332046728;

/**
 * Natural logarithm of the gamma function, ln Γ(x), for x > 0.
 *
 * For x ≥ 10 the Stirling series (Abramowitz & Stegun 6.1.40) to the 1/x¹³ term; below, the
 * recurrence Γ(x) = Γ(x + m)/(x(x+1)…(x+m−1)). Absolute error below about 1e-15 for x < 10 and
 * relative error below 1e-15 above.
 *
 * @param x - the argument, > 0
 * @returns ln Γ(x)
 * @example
 * logGamma(5); // ≈ 3.1780538303479 (ln 24)
 */
export function logGamma(x: number): number {
  if (x >= 10) return (x - 0.5) * Math.log(x) - x + HALF_LOG_2PI + stirlingError(x);
  let prod = 1;
  let w = x;
  while (w < 10) {
    prod *= w;
    w += 1;
  }
  return (w - 0.5) * Math.log(w) - w + HALF_LOG_2PI + stirlingError(w) - Math.log(prod);
}
