import { gammaQ } from './incompleteGamma.js';

/**
 * Complementary error function, erfc(z) = Q(½, z²) for z ≥ 0 (Abramowitz & Stegun 7.1.2,
 * 6.5.17), accurate in relative terms far into the upper tail; erfc(−z) = 2 − erfc(z).
 *
 * @param z - any finite number
 * @returns erfc(z) in [0, 2]
 * @example
 * erfc(5); // ≈ 1.5374597944280e-12
 */
export function erfc(z: number): number {
  if (z < 0) return 2 - erfc(-z);
  return z === 0 ? 1 : gammaQ(0.5, z * z);
}

/**
 * Standard normal cumulative distribution Φ(z) = ½·erfc(−z/√2).
 *
 * @param z - any finite number
 * @returns Φ(z) in [0, 1]
 * @example
 * normalCdf(1.96); // ≈ 0.9750021
 */
export function normalCdf(z: number): number {
  return 0.5 * erfc(-z * Math.SQRT1_2);
}
