const INV_SQRT_2PI = 0.3989422804014327;

/**
 * Hazard rate of the standard normal distribution, h(z) = φ(z)/(1 − Φ(z)), for any real z,
 * without underflow in either tail. Uses the Chebyshev-fitted form erfc(x) = t·exp(−x² + P(t)),
 * t = 1/(1 + x/2) (Press et al., "Numerical Recipes", §6.2), whose relative error is below
 * 1.2e-7 everywhere: meant for starting estimates (square-root staffing), not for final answers.
 *
 * @param z - any finite number
 * @returns h(z) > 0 (≈ z for large z, ≈ φ(z) for very negative z)
 */
export function normalHazard(z: number): number {
  const x = Math.abs(z) * Math.SQRT1_2;
  const t = 1 / (1 + 0.5 * x);
  const p =
    -1.26551223 +
    t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  if (z >= 0) return (2 * INV_SQRT_2PI) / (t * Math.exp(p)); // φ(z)/(½·t·e^{−z²/2+P})
  const upper = 1 - 0.5 * t * Math.exp(-x * x + p); // 1 − Φ(z) = 1 − ½erfc(|z|/√2)
  return (INV_SQRT_2PI * Math.exp(-0.5 * z * z)) / upper;
}

/**
 * ln(1 − Φ(z)), the log upper tail of the standard normal, finite for every real z (same
 * 1.2e-7-accurate form as {@link normalHazard}; for starting estimates).
 *
 * @param z - any finite number
 * @returns ln(1 − Φ(z)) ≤ 0
 */
export function logNormalTail(z: number): number {
  const x = Math.abs(z) * Math.SQRT1_2;
  const t = 1 / (1 + 0.5 * x);
  const p =
    -1.26551223 +
    t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  // erfc(x) = t·exp(−x² + P(t)) for x ≥ 0; 1 − Φ(z) = ½erfc(z/√2)
  if (z >= 0) return Math.log(0.5 * t) - x * x + p;
  return Math.log1p(-0.5 * t * Math.exp(-x * x + p));
}

/**
 * Halfin–Whitt (1981) limit of the Erlang C probability of waiting when n = a + β√a agents
 * serve a Erlangs: α(β) = [1 + β·Φ(β)/φ(β)]⁻¹ = [1 + β/h(−β)]⁻¹. Square-root staffing starts here.
 *
 * @param beta - the staffing margin β in units of √a (1 for β ≤ 0: overloaded)
 * @returns the approximate probability of waiting, in (0, 1]
 */
export function halfinWhittProbWait(beta: number): number {
  return beta <= 0 ? 1 : 1 / (1 + beta / normalHazard(-beta));
}

/**
 * Garnett, Mandelbaum & Reiman (2002) limit of the Erlang A probability of waiting with
 * n = a + β√a agents and r = √(μ/θ) = √(patience/handleTime):
 * w(β, r) = [1 + h(β·r)/(r·h(−β))]⁻¹, h the normal hazard rate; it tends to the Halfin–Whitt
 * function as patience grows, and β may be negative (callers who hang up keep it stable).
 *
 * @param beta - staffing margin in units of √a (any sign)
 * @param r - √(patience/handleTime), > 0
 * @returns the approximate probability of waiting, in (0, 1)
 */
export function garnettProbWait(beta: number, r: number): number {
  return 1 / (1 + normalHazard(beta * r) / (r * normalHazard(-beta)));
}
