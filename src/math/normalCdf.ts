import { notNaN } from './checks.js';
import { gammaQKernel } from './incompleteGamma.js';

/** erfc(z) < 2⁻¹⁰⁷⁴ (rounds to 0) for z above this. */
const ERFC_ZERO = 27.3;

/**
 * Complementary error function, erfc(z) = Q(½, z²) for z ≥ 0 (Abramowitz & Stegun 7.1.2,
 * 6.5.17), accurate in relative terms far into the upper tail; erfc(−z) = 2 − erfc(z).
 *
 * @param z - any number (±Infinity allowed: 0 and 2)
 * @returns erfc(z) in [0, 2]
 * @throws {QueueInputError} when z is not a number or NaN
 * @example
 * erfc(5); // ≈ 1.5374597944280e-12
 * erfc(1e300); // => 0
 */
export function erfc(z: number): number {
  return erfcKernel(notNaN('z', z));
}

/** {@link erfc} for a number that is not NaN. @internal */
export function erfcKernel(z: number): number {
  const abs = Math.abs(z);
  // beyond 27.3 the tail underflows: answer at once (z² would overflow to ∞ from 1.3e154)
  const upper = abs === 0 ? 1 : abs > ERFC_ZERO ? 0 : gammaQKernel(0.5, abs * abs);
  return z < 0 ? 2 - upper : upper;
}

/**
 * Standard normal cumulative distribution Φ(z) = ½·erfc(−z/√2).
 *
 * @param z - any number (±Infinity allowed: 1 and 0)
 * @returns Φ(z) in [0, 1]
 * @throws {QueueInputError} when z is not a number or NaN
 * @example
 * normalCdf(1.96); // ≈ 0.9750021
 * normalCdf(-1e300); // => 0
 */
export function normalCdf(z: number): number {
  return normalCdfKernel(notNaN('z', z));
}

/** {@link normalCdf} for a number that is not NaN. @internal */
export function normalCdfKernel(z: number): number {
  return 0.5 * erfcKernel(-z * Math.SQRT1_2);
}
