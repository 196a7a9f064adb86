/** Sums of the series behind the lower incomplete gamma function (see {@link lowerGammaSeries}). */
export interface LowerGammaSums {
  /** Σ_{j≥1} t_j with t_j = xʲ/((s+1)(s+2)…(s+j)); P(s, x) = D(s, x)·(1 + sum1). */
  sum1: number;
  /** Σ_{j≥1} j·t_j; ∫₀ˣ P(s, v) dv = D(s, x)·sumJ. */
  sumJ: number;
}

/**
 * The series P(s, x) = D(s, x)·Σ_{j≥0} xʲ/(s+1)_j (Abramowitz & Stegun 6.5.29), D = xˢe⁻ˣ/Γ(s+1),
 * with its first moment. All terms are positive, so the sums are accurate to a few ulps.
 *
 * Cost: O(1 + x/(s − x)) terms well below the transition and about 9.5·√s at x ≈ s; meant for
 * x < s + 1 (Temme's expansion takes over near the transition from s = 10⁷). The loop bound
 * 40·√min(s+1, 10⁸) + min(max(0, x − s), 10⁶) + 200 is never reached in that range.
 */
export function lowerGammaSeries(s: number, x: number): LowerGammaSums {
  let t = 1;
  let sum1 = 0;
  let sumJ = 0;
  const limit = 40 * Math.sqrt(Math.min(s + 1, 1e8)) + Math.min(Math.max(0, x - s), 1e6) + 200;
  for (let j = 1; j < limit; j++) {
    t *= x / (s + j);
    sum1 += t;
    sumJ += j * t;
    if (j * t <= 1e-17 * sumJ && s + j > x) break;
  }
  return { sum1, sumJ };
}
