import { lnMinusDigamma } from './lnMinusDigamma.js';

/**
 * ln y − ψ(x+1) for y > 0, x ≥ 0, without the cancellation of subtracting two nearly equal
 * logarithms: ln(y/z) + (ln z − ψ(z)) with z = x + 1, where ln z − ψ(z) comes from the
 * asymptotic series 1/(2z) + 1/(12z²) − 1/(120z⁴) + 1/(252z⁶) − 1/(240z⁸) + 1/(132z¹⁰)
 * (Abramowitz & Stegun 6.3.18) after shifting z up to ≥ 10 with ψ(z) = ψ(z+1) − 1/z.
 */
export function digammaGap(y: number, x: number): number {
  let z = x + 1;
  let shift = 0; // Σ 1/(z+i) over the shifted steps: ψ(z) = ψ(w) − shift
  while (z < 10) {
    shift += 1 / z;
    z += 1;
  }
  // ln y − ψ(x+1) = ln y − ψ(w) + shift = ln(y/w) + (ln w − ψ(w)) + shift
  return Math.log1p((y - z) / z) + lnMinusDigamma(z) + shift;
}
