import { QueueInputError } from '../math/QueueInputError.js';
import { CUT, deathRates, grownStates } from './birthDeathChain.js';

type Vector = Float64Array<ArrayBuffer>;

/** Most state updates (steps × states) before the exact method gives up (about a second). */
const MAX_UNIFORMIZATION_WORK = 1e8;

/**
 * ∫₀^horizon p_i(s) ds for the birth–death chain from state n0, by uniformization (Jensen 1953;
 * Grassmann 1977) in chunks of at most 120 s, each on a truncated chain reaching 8σ of the
 * arrivals above the band; exact up to ~1e-13. The reference for {@link occupancyCrankNicolson}.
 */
export function occupancyUniformized(n: number, n0: number, lambda: number, mu: number, theta: number, horizon: number): Float64Array {
  let size = 2 * (n0 + n) + 256;
  let p = new Float64Array(size);
  let nxt = new Float64Array(size);
  let acc = new Float64Array(size);
  let occ = new Float64Array(size);
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
      [p, nxt, acc, occ, death] = grownStates([p, nxt, acc, occ], death, top + 2, n, mu, theta) as [Vector, Vector, Vector, Vector, Vector];
      size = death.length;
    }
    const L = lambda + (death[top] as number);
    const invL = 1 / L;
    const u = lambda * invL;
    const Ldt = L * dt;
    const mMax = Math.ceil(Ldt + 8 * Math.sqrt(Ldt) + 10);
    work += mMax * (top - lo + 1);
    if (work > MAX_UNIFORMIZATION_WORK) {
      throw new QueueInputError(
        'options.method',
        'uniformization',
        "'ode' for this queue (uniformization would take over 10⁸ state updates)",
        'limit-reached',
      );
    }
    acc.fill(0, Math.max(0, lo - mMax - 1), Math.min(size, top + 2));
    let logW = -Ldt;
    let cdf = 0;
    for (let m = 0; m <= mMax; m++) {
      const w = Math.exp(logW);
      cdf += w;
      const c = (cdf < 1 ? 1 - cdf : 0) * invL;
      const nlo = lo > 0 ? lo - 1 : 0;
      const nhi = hi < top ? hi + 1 : top;
      if (m === mMax) {
        for (let i = lo; i <= hi; i++) {
          const v = p[i] as number;
          acc[i] = (acc[i] as number) + w * v;
          occ[i] = (occ[i] as number) + c * v;
        }
        break;
      }
      // Accumulate and step v ← v·(I + Q/Λ) in one pass (pull form; p is 0 just outside [lo, hi]).
      let prev = nlo > 0 ? (p[nlo - 1] as number) : 0;
      let cur = p[nlo] as number;
      for (let i = nlo; i <= nhi; i++) {
        const next = p[i + 1] as number;
        acc[i] = (acc[i] as number) + w * cur;
        occ[i] = (occ[i] as number) + c * cur;
        const d = (death[i] as number) * invL;
        nxt[i] = cur * (1 - (i < top ? u : 0) - d) + prev * u + next * (death[i + 1] as number) * invL;
        prev = cur;
        cur = next;
      }
      const sw = p;
      p = nxt;
      nxt = sw;
      lo = nlo;
      hi = nhi;
      while (lo < hi && (p[lo] as number) < CUT) p[lo++] = 0;
      while (hi > lo && (p[hi] as number) < CUT) p[hi--] = 0;
      // Keep two zeros on each side for the next pull.
      if (lo >= 1) p[lo - 1] = 0;
      if (lo >= 2) p[lo - 2] = 0;
      p[hi + 1] = 0;
      p[hi + 2] = 0;
      logW += Math.log(Ldt / (m + 1));
    }
    // The chunk's end distribution Σ w_m v_m.
    for (let i = lo; i <= hi; i++) p[i] = 0;
    let alo = -1;
    let ahi = -1;
    for (let i = 0; i <= top + 1 && i < size; i++) {
      const v = acc[i] as number;
      if (v >= CUT) {
        p[i] = v;
        if (alo < 0) alo = i;
        ahi = i;
      }
    }
    lo = Math.max(0, alo);
    hi = Math.max(lo, ahi);
    t += dt;
  }
  return occ;
}
