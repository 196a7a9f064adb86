import { truncatedGammaMoments, WATSON_BETA } from '../math/truncatedGammaMoments.js';

/**
 * The served-wait moment θ·E[V·e^{−θV} | wait] of Erlang A for x = nμ/θ ≥ 10⁹ near the
 * transition (|y − x| ≲ 2e-4·x, y = λ/θ), where J (callers ahead) has mean of order
 * E[J] ≲ √x ≪ x. `inverseA` = 1/A = D(x, y)/P(x, y).
 *
 * Far below the transition, (x − y)² ≥ 256·y, E[U·ln(1/U)] with U = e^{−θV} by Watson's lemma
 * ({@link truncatedGammaMoments}): the moment identities below subtract y − x from x/A there and
 * lose a factor (x − y)²/x of accuracy (2e-9 at x = 1e15, every digit from x ≈ 1e21).
 *
 * Elsewhere, with m = J + 1, the per-state value (x/(x+m))·Σ_{i=1..m} 1/(x+i) expands as
 * m/x − (Σi + m²)/x² + (Σi² + mΣi + m³)/x³ + O((m/x)⁴), and the moments of J follow exactly
 * from (x + k)·t_k = y·t_{k−1}: E[J] = y − x + x/A, E[J²] = (y − x)E[J] + y,
 * E[J³] = (y − x)E[J²] + y(2E[J] + 1). Relative error O(x^{−3/2}).
 */
export function servedWaitMomentHuge(x: number, y: number, inverseA: number): number {
  const gap = x - y;
  if (gap > 0 && y <= WATSON_BETA * gap * gap) return truncatedGammaMoments(x, y, gap).logMoment;
  // in units of x (E_k = E[J^k]/x^k, M_k = E[m^k]/x^k): the raw moments overflow from x ≈ 1e100
  const r = (y - x) / x;
  const inverseX = 1 / x;
  const e1 = r + inverseA;
  const e2 = r * e1 + (y / x) * inverseX;
  const e3 = r * e2 + (y / x) * (2 * e1 + inverseX) * inverseX;
  const m1 = e1 + inverseX;
  const m2 = e2 + (2 * e1 + inverseX) * inverseX;
  const m3 = e3 + (3 * e2 + (3 * e1 + inverseX) * inverseX) * inverseX;
  // rounding of y − x (x·ε near the transition from x ≈ 1e17) can leave the sum below 0: clamp
  return Math.max(0, m1 - (1.5 * m2 + 0.5 * m1 * inverseX) + ((11 / 6) * m3 + m2 * inverseX + (m1 / 6) * inverseX * inverseX));
}
