import type { ChainRates } from './birthDeathChain.js';
import { OfferedWait } from './OfferedWait.js';

/** What the agents must meet: shares of calls in [0, 1], the answer time in seconds. */
export interface SteadyTarget {
  /** Least share answered within `answerTime`. */
  serviceLevel: number;
  /** Answer time T, seconds. */
  answerTime: number;
  /** Largest share abandoning. */
  maxAbandon: number;
}

/**
 * Fewest agents (up to `limit`) whose steady state (stationary birth–death chain at rate λ) meets the target:
 * a cheap starting point for the transient search. Bisection over [0, limit].
 */
export function steadyStateAgents(chain: ChainRates, target: SteadyTarget, limit: number): number {
  const { arrivalRate: lambda, mu, theta } = chain;
  const { serviceLevel: sl, answerTime: T, maxAbandon } = target;
  if (lambda === 0) return 0;
  const meets = (n: number): boolean => {
    if (n === 0) return false;
    if (theta === 0 && lambda >= n * mu) return false;
    // log π_i up to where it is negligible past the mode.
    const rate = n * mu;
    const logs: number[] = [0];
    let lp = 0;
    let max = 0;
    for (let i = 0; i < 1_000_000; i++) {
      const d = Math.min(i + 1, n) * mu + Math.max(i + 1 - n, 0) * theta;
      lp += Math.log(lambda / d);
      logs.push(lp);
      if (lp > max) max = lp;
      if (i > n && lp < max - 40) break;
    }
    let z = 0;
    let within = 0;
    let keepSum = 0;
    let negligible = false;
    for (let i = 0; i < logs.length; i++) {
      const w = Math.exp((logs[i] as number) - max);
      z += w;
      if (i < n) {
        within += w;
        keepSum += w;
      } else {
        const k = i - n;
        const keep = theta === 0 ? 1 : rate / (rate + (k + 1) * theta);
        keepSum += w * keep;
        if (T > 0 && w > 1e-17 * z && !negligible) {
          const c = keep * new OfferedWait(k, 1 / (rate + theta), theta / (rate + theta)).cdf(T);
          within += w * c;
          // P(answered within T | k ahead) falls with k: once it is negligible, so is the rest.
          if (c < 1e-20) negligible = true;
        }
      }
    }
    return within / z >= sl && 1 - keepSum / z <= maxAbandon;
  };
  const a = lambda / mu;
  let lo = 0;
  let hi = Math.min(limit, Math.ceil(a + 6 * Math.sqrt(a) + 10));
  if (!meets(hi)) {
    lo = hi;
    hi = limit;
  }
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (meets(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}
