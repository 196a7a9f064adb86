import { logPoissonTerm } from './logPoissonTerm.js';
import { lowerGammaSeries } from './lowerGammaSeries.js';
import { upperGammaFraction } from './upperGammaFraction.js';

const TWO_OVER_SQRT_PI = 1.1283791670955126;

/**
 * Scaled complementary error function erfcx(z) = e^{z²}·erfc(z) for z ≥ 0: finite where erfc
 * underflows (erfcx(z) ≈ 1/(z√π) for large z). With erfc(z) = Q(½, z²) (Abramowitz & Stegun
 * 7.1.2, 6.5.17): above z² = 1.5 from Legendre's continued fraction, erfcx(z) = (2z/√π)·G(½, z²);
 * below, e^{z²}·(1 − P(½, z²)) from the lower series.
 */
export function erfcx(z: number): number {
  const z2 = z * z;
  if (z2 >= 1.5) return TWO_OVER_SQRT_PI * z * upperGammaFraction(0.5, z2);
  if (z2 === 0) return 1;
  const d = Math.exp(logPoissonTerm(0.5, z2));
  return Math.exp(z2) * (1 - d * (1 + lowerGammaSeries(0.5, z2).sum1));
}
