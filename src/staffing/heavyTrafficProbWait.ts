import { normalHazard } from '../math/normalHazard.js';

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
