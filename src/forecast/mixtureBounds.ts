/** One component of a forecast's predictive distribution: Normal(mean, sd²) with a weight. @internal */
export interface Component {
  weight: number;
  mean: number;
  sd: number;
}

/** Bisection steps: the bracket [0, max mean + 10 sd] shrinks below 1e-9 of its width. */
const STEPS = 30;

/**
 * Φ(z) to 7.5e-8 (Abramowitz & Stegun 26.2.17): enough for a prediction interval's bounds, and
 * a tenth of the cost of the exact Φ in the bisection's inner loop.
 * @internal
 */
export function normalCdfApprox(z: number): number {
  const x = Math.abs(z);
  if (x > 40) return z > 0 ? 1 : 0;
  const t = 1 / (1 + 0.2316419 * x);
  const poly = t * (0.31938153 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
  const tail = 0.3989422804014327 * Math.exp(-0.5 * x * x) * poly;
  return z > 0 ? 1 - tail : tail;
}

function cdf(components: readonly Component[], y: number): number {
  let p = 0;
  for (const c of components) p += c.weight * (c.sd > 0 ? normalCdfApprox((y - c.mean) / c.sd) : y >= c.mean ? 1 : 0);
  return p;
}

/**
 * The `p` quantile (floored at 0) of a mixture of normal distributions, by bisection: the bounds
 * of a forecast whose day may be ordinary or, with the history's rate of unusual days, like one
 * of them (a day's predictive distribution as a mixture: West & Harrison 1997, multi-process
 * models).
 * @internal
 */
export function mixtureQuantile(components: readonly Component[], p: number): number {
  let lo = 0;
  let hi = 0;
  for (const c of components) hi = Math.max(hi, c.mean + 10 * c.sd);
  hi = Math.min(hi, Number.MAX_VALUE);
  if (cdf(components, lo) >= p) return 0;
  for (let i = 0; i < STEPS; i++) {
    const mid = lo / 2 + hi / 2;
    if (cdf(components, mid) < p) lo = mid;
    else hi = mid;
  }
  return lo / 2 + hi / 2;
}
