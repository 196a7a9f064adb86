/**
 * ln z − ψ(z) for z ≥ 10 from the asymptotic series 1/(2z) + 1/(12z²) − 1/(120z⁴) + 1/(252z⁶) −
 * 1/(240z⁸) + 1/(132z¹⁰) (Abramowitz & Stegun 6.3.18): small and positive, without the
 * cancellation of subtracting ψ from ln. Internal: callers shift smaller z up with ψ(z) = ψ(z+1) − 1/z.
 */
export function lnMinusDigamma(z: number): number {
  const r2 = 1 / (z * z);
  return 1 / (2 * z) + r2 * (1 / 12 - r2 * (1 / 120 - r2 * (1 / 252 - r2 * (1 / 240 - r2 / 132))));
}
