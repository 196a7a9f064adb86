import { deviance } from './deviance.js';
import { logGammaKernel } from './logGamma.js';
import { stirlingError } from './stirlingError.js';

const LOG_2PI = 1.8378770664093453; // ln(2π)

/**
 * ln D(s, x) with D(s, x) = xˢ·e⁻ˣ/Γ(s+1): the Poisson probability of s events at mean x,
 * continued to real s ≥ 0.
 *
 * Loader's (2000) saddle-point form −δ(s) − bd0(s, x) − ½·ln(2πs) keeps full relative accuracy
 * of D for s up to 10¹⁵ and beyond, where the naive s·ln x − x − ln Γ(s+1) loses every digit.
 *
 * @param s - count (real, ≥ 0)
 * @param x - mean (≥ 0)
 * @returns ln D(s, x) (−Infinity when D = 0 exactly)
 */
export function logPoissonTerm(s: number, x: number): number {
  if (x === 0) return s === 0 ? 0 : -Infinity;
  if (s === 0) return -x;
  if (s < 10) return s * Math.log(x) - x - logGammaKernel(s + 1);
  return -stirlingError(s) - deviance(s, x) - 0.5 * (LOG_2PI + Math.log(s));
}
