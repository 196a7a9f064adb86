import { normalCdfKernel } from '../math/normalCdf.js';

/** One component of a forecast's predictive distribution: Normal(mean, sd²) with a weight. @internal */
export interface Component {
  weight: number;
  mean: number;
  sd: number;
}

/** Bisection steps: the bracket [0, max mean + 40 sd] shrinks below 1e-12 of its width. */
const STEPS = 48;

function cdf(components: readonly Component[], y: number): number {
  let p = 0;
  for (const c of components) p += c.weight * (c.sd > 0 ? normalCdfKernel((y - c.mean) / c.sd) : y >= c.mean ? 1 : 0);
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
  for (const c of components) hi = Math.max(hi, c.mean + 40 * c.sd);
  hi = Math.min(hi, Number.MAX_VALUE);
  if (cdf(components, lo) >= p) return 0;
  for (let i = 0; i < STEPS; i++) {
    const mid = lo / 2 + hi / 2;
    if (cdf(components, mid) < p) lo = mid;
    else hi = mid;
  }
  return lo / 2 + hi / 2;
}
