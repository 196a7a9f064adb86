/**
 * Loader's (2000) deviance term bd0(s, x) = s·ln(s/x) + x − s ≥ 0, summed as a series in
 * v = (s−x)/(s+x) when s and x are close, where the direct form cancels. `diff` = s − x may be
 * passed when the caller has it without cancellation. When s/x leaves the double range (a huge
 * shape at a tiny mean, e.g. Erlang A's x = nμ/θ ≈ 1e43 at y = λ/θ = 1e-280) the logarithm is
 * taken as ln s − ln x, which cannot cancel there: the value stays finite wherever it fits.
 */
export function deviance(s: number, x: number, diff: number = s - x): number {
  const mean = 0.5 * s + 0.5 * x; // (s + x)/2 without overflow near the largest double
  if (Math.abs(diff) < 0.2 * mean) {
    const v = (0.5 * diff) / mean;
    const v2 = v * v;
    let sum = diff * v;
    let term = 2 * v * s; // (2v)·s: no ∞·0 for s near the largest double
    for (let j = 1; j < 1000; j++) {
      term *= v2;
      const next = sum + term / (2 * j + 1);
      if (next === sum) return sum;
      sum = next;
    }
    return sum;
  }
  const ratio = s / x;
  const logRatio = ratio > 0 && ratio < Infinity ? Math.log(ratio) : Math.log(s) - Math.log(x);
  return s * logRatio - diff;
}
