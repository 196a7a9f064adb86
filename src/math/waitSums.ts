import { lnMinusDigamma } from './lnMinusDigamma.js';

/**
 * Sums over the phases of the offered wait, in closed form for any length: Σ_{i<m} 1/(a+i) =
 * ψ(a+m) − ψ(a) and Σ_{i<m} 1/(a+i)² = ψ′(a) − ψ′(a+m), without the cancellation of subtracting
 * two nearly equal digammas when a is large (asymptotic series of Abramowitz & Stegun 6.3.18 and
 * 6.4.12 after shifting a up to ≥ 10; short sums are added directly).
 */

/** ψ′(z) − 1/z for z ≥ 10 (A&S 6.4.12). */
function trigammaMinusInverse(z: number): number {
  const r = 1 / z;
  const r2 = r * r;
  return r2 * (0.5 + r * (1 / 6 - r2 * (1 / 30 - r2 * (1 / 42 - r2 * (1 / 30 - (r2 * 5) / 66)))));
}

/** Σ_{i=0}^{m−1} 1/(a+i) for a > 0, integer m ≥ 0. */
export function reciprocalSum(a: number, m: number): number {
  if (m <= 40) {
    let s = 0;
    for (let i = m - 1; i >= 0; i--) s += 1 / (a + i);
    return s;
  }
  let s = 0;
  while (a < 10 && m > 0) {
    s += 1 / a;
    a += 1;
    m -= 1;
  }
  if (m === 0) return s;
  return s + Math.log1p(m / a) + lnMinusDigamma(a) - lnMinusDigamma(a + m);
}

/** Σ_{i=0}^{m−1} 1/(a+i)² for a > 0, integer m ≥ 0. */
export function reciprocalSquareSum(a: number, m: number): number {
  if (m <= 40) {
    let s = 0;
    for (let i = m - 1; i >= 0; i--) s += 1 / ((a + i) * (a + i));
    return s;
  }
  let s = 0;
  while (a < 10 && m > 0) {
    s += 1 / (a * a);
    a += 1;
    m -= 1;
  }
  if (m === 0) return s;
  const b = a + m;
  return s + m / (a * b) + trigammaMinusInverse(a) - trigammaMinusInverse(b);
}
