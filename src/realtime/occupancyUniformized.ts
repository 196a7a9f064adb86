import { QueueInputError } from '../math/QueueInputError.js';
import { deathRates, grownStates, NEGLIGIBLE, type TransientChain } from './birthDeathChain.js';

/** Most state updates (steps × states) before the exact method gives up (about a second). */
const MAX_UNIFORMIZATION_WORK = 1e8;

/**
 * ∫₀^horizon p_i(s) ds for the birth–death chain from state n0, by uniformization (Jensen 1953;
 * Grassmann 1977) in chunks of at most 120 s, each on a truncated chain reaching 8σ of the
 * arrivals above the band; exact up to ~1e-13. The reference for {@link occupancyCrankNicolson}.
 * Throws (naming `options.method`) past `maxWork` state updates.
 */
export function occupancyUniformized(chain: TransientChain, maxWork: number = MAX_UNIFORMIZATION_WORK): Float64Array {
  const { agents: n, start: n0, arrivalRate: lambda, mu, theta, horizon } = chain;
  let size = 2 * (n0 + n) + 256;
  let p = new Float64Array(size);
  let next = new Float64Array(size);
  let accumulated = new Float64Array(size);
  let occupancy = new Float64Array(size);
  let death = deathRates(size, n, mu, theta);
  p[n0] = 1;
  let lo = n0;
  let hi = n0;
  let t = 0;
  let work = 0;
  while (t < horizon) {
    const dt = Math.min(120, horizon - t);
    const reach = Math.ceil(lambda * dt + 8 * Math.sqrt(lambda * dt) + 10);
    const top = hi + reach;
    if (top + 2 >= size) {
      [p, next, accumulated, occupancy, death] = grownStates([p, next, accumulated, occupancy], death, top + 2, n, mu, theta);
      size = death.length;
    }
    const L = lambda + (death[top] as number);
    const invL = 1 / L;
    const u = lambda * invL;
    const meanJumps = L * dt;
    const mMax = Math.ceil(meanJumps + 8 * Math.sqrt(meanJumps) + 10);
    work += mMax * (top - lo + 1);
    if (work > maxWork) {
      throw new QueueInputError(
        'options.method',
        'uniformization',
        "'ode' for this queue (uniformization would take over 10⁸ state updates)",
        'limit-reached',
      );
    }
    accumulated.fill(0, Math.max(0, lo - mMax - 1), Math.min(size, top + 2));
    let logW = -meanJumps;
    let cdf = 0;
    for (let m = 0; m <= mMax; m++) {
      const w = Math.exp(logW);
      cdf += w;
      const c = (cdf < 1 ? 1 - cdf : 0) * invL;
      const nextLo = lo > 0 ? lo - 1 : 0;
      const nextHi = hi < top ? hi + 1 : top;
      if (m === mMax) {
        for (let i = lo; i <= hi; i++) {
          const v = p[i] as number;
          accumulated[i] = (accumulated[i] as number) + w * v;
          occupancy[i] = (occupancy[i] as number) + c * v;
        }
        break;
      }
      // Accumulate and step v ← v·(I + Q/Λ) in one pass (pull form; p is 0 just outside [lo, hi]).
      let prev = nextLo > 0 ? (p[nextLo - 1] as number) : 0;
      let current = p[nextLo] as number;
      for (let i = nextLo; i <= nextHi; i++) {
        const above = p[i + 1] as number;
        accumulated[i] = (accumulated[i] as number) + w * current;
        occupancy[i] = (occupancy[i] as number) + c * current;
        const d = (death[i] as number) * invL;
        next[i] = current * (1 - (i < top ? u : 0) - d) + prev * u + above * (death[i + 1] as number) * invL;
        prev = current;
        current = above;
      }
      const swap = p;
      p = next;
      next = swap;
      lo = nextLo;
      hi = nextHi;
      while (lo < hi && (p[lo] as number) < NEGLIGIBLE) p[lo++] = 0;
      while (hi > lo && (p[hi] as number) < NEGLIGIBLE) p[hi--] = 0;
      // Keep two zeros on each side for the next pull.
      if (lo >= 1) p[lo - 1] = 0;
      if (lo >= 2) p[lo - 2] = 0;
      p[hi + 1] = 0;
      p[hi + 2] = 0;
      logW += Math.log(meanJumps / (m + 1));
    }
    // The chunk's end distribution Σ w_m v_m.
    for (let i = lo; i <= hi; i++) p[i] = 0;
    let aliveLo = -1;
    let aliveHi = -1;
    for (let i = 0; i <= top + 1 && i < size; i++) {
      const v = accumulated[i] as number;
      if (v >= NEGLIGIBLE) {
        p[i] = v;
        if (aliveLo < 0) aliveLo = i;
        aliveHi = i;
      }
    }
    lo = Math.max(0, aliveLo);
    hi = Math.max(lo, aliveHi);
    t += dt;
  }
  return occupancy;
}
