/**
 * Stirling's error δ(s) = ln Γ(s+1) − (s+½)·ln s + s − ½·ln(2π), for s > 0.
 *
 * The building block of Loader's (2000) accurate Poisson and binomial terms ("Fast and accurate
 * computation of binomial probabilities"): it is small (≈ 1/(12s)) and computed without
 * cancellation for s ≥ 10 from the asymptotic series with Bernoulli-number coefficients.
 *
 * @param s - a number > 0
 * @returns δ(s), dimensionless
 */
export function stirlingError(s: number): number {
  if (s >= 10) {
    const r = 1 / s;
    const r2 = r * r;
    // 1/(12s) − 1/(360s³) + 1/(1260s⁵) − 1/(1680s⁷) + 1/(1188s⁹) − 691/(360360s¹¹) + 1/(156s¹³)
    return r * (1 / 12 + r2 * (-1 / 360 + r2 * (1 / 1260 + r2 * (-1 / 1680 + r2 * (1 / 1188 + r2 * (-691 / 360360 + r2 / 156))))));
  }
  // Shift up: δ(s) = δ(s+m) + (s+m+½)ln(s+m) − (s+½)ln s − m − ln Π_{i=1..m}(s+i).
  let m = 0;
  let prod = 1;
  while (s + m < 10) {
    m += 1;
    prod *= s + m;
  }
  const w = s + m;
  return stirlingError(w) + (w + 0.5) * Math.log(w) - (s + 0.5) * Math.log(s) - m - Math.log(prod);
}
