import type { TransientChain } from './birthDeathChain.js';
import { OfferedWait } from './OfferedWait.js';

/**
 * ∫₀^horizon p_i(s) ds, i = 0, 1, …, for a {@link TransientChain}: {@link occupancyCrankNicolson}
 * or {@link occupancyUniformized}.
 */
export type OccupancySolver = (chain: TransientChain) => Float64Array;

/** The rest of one interval as {@link solveInterval} reads it: the same for every number of agents tried. */
export interface IntervalQueue {
  /** Seconds waited so far by each caller waiting now, longest first. */
  waits: readonly number[];
  /** λ, calls per second expected over the rest of the interval. */
  arrivalRate: number;
  /** Seconds left in the interval. */
  horizon: number;
  /** μ = 1/handleTime, per second. */
  mu: number;
  /** θ = 1/patience, per second (0: nobody hangs up), for the callers' answer probabilities. */
  theta: number;
  /** θ for the chain only (capped where callers would leave at once). */
  chainTheta: number;
  /** Answer time T in seconds. */
  answerTime: number;
  /** How the chain's occupancy is solved. */
  solver: OccupancySolver;
}

/** Expected calls answered within the answer time and calls abandoning, from now on. */
export interface Solved {
  answeredWithin: number;
  abandoned: number;
}

/** P(answered within T | k ahead) = nμ/(nμ+(k+1)θ)·P(V′_k ≤ T), and the keep factor, for k = 0..K−1. */
function perPosition(K: number, rate: number, theta: number, T: number, keep: Float64Array, within: Float64Array): void {
  for (let k = 0; k < K; k++) {
    const stayProbability = theta === 0 ? 1 : rate / (rate + (k + 1) * theta);
    keep[k] = stayProbability;
    within[k] = T > 0 ? stayProbability * new OfferedWait(k, 1 / (rate + theta), theta / (rate + theta)).cdf(T) : 0;
    // Far past the point where nobody is answered in time, the rest is 0.
    if ((within[k] as number) < 1e-17 && k > 0) {
      for (let j = k + 1; j < K; j++) {
        keep[j] = theta === 0 ? 1 : rate / (rate + (j + 1) * theta);
        within[j] = 0;
      }
      return;
    }
  }
}

/**
 * Expected answered-within-T and abandoned calls from now to the end of the interval, with `n`
 * agents from now on, `busy` (≤ n) of them on a call now. Birth–death chain on the number of calls in the system (birth λ, death
 * min(i, n)μ + (i − n)⁺θ), solved transiently by `solver` ({@link occupancyCrankNicolson} or
 * {@link occupancyUniformized}) on the band of states that carries all but ~1e-15 of the mass; arrivals
 * see state i in proportion to ∫ p_i(s) ds (PASTA) and are then answered within T with probability
 * nμ/(nμ+(k+1)θ)·P(V′_k ≤ T), V′_k the offered wait with phase rates nμ + iθ, i = 1..k+1.
 */
export function solveInterval(n: number, busy: number, queue: IntervalQueue): Solved {
  const { waits, arrivalRate: lambda, horizon, mu, theta, chainTheta, answerTime: T, solver } = queue;
  const rate = n * mu;
  const free = Math.max(0, n - busy);
  let answeredWithin = 0;
  let abandoned = 0;
  // Callers waiting now: the one at index j (head first) has j − free ahead of it.
  for (let j = 0; j < waits.length; j++) {
    const k = j - free;
    if (k < 0) {
      answeredWithin += (waits[j] as number) <= T ? 1 : 0;
      continue;
    }
    if (n === 0) {
      abandoned += theta > 0 ? 1 : 0;
      continue;
    }
    const stayProbability = theta === 0 ? 1 : rate / (rate + (k + 1) * theta);
    abandoned += 1 - stayProbability;
    const left = T - (waits[j] as number);
    if (left > 0) answeredWithin += stayProbability * new OfferedWait(k, 1 / (rate + theta), theta / (rate + theta)).cdf(left);
  }
  if (lambda === 0) return { answeredWithin, abandoned };

  const n0 = busy + waits.length;
  const occupancy = solver({ agents: n, start: n0, arrivalRate: lambda, mu, theta: chainTheta, horizon });
  const size = occupancy.length;
  // Arrivals seeing state i (PASTA).
  let maxState = 0;
  let occTotal = 0;
  for (let i = 0; i < size; i++) {
    if ((occupancy[i] as number) > 0) maxState = i;
    occTotal += occupancy[i] as number;
  }
  const K = Math.max(0, maxState - n + 1);
  const keep = new Float64Array(K);
  const within = new Float64Array(K);
  if (n > 0) perPosition(K, rate, theta, T, keep, within);
  let keepSum = 0;
  let withinSum = 0;
  for (let i = 0; i <= maxState; i++) {
    const o = occupancy[i] as number;
    if (o === 0) continue;
    if (i < n) {
      keepSum += o;
      withinSum += o;
    } else if (n > 0) {
      keepSum += o * (keep[i - n] as number);
      withinSum += o * (within[i - n] as number);
    } else if (theta === 0) keepSum += o; // no agent and nobody hangs up: they stay, none abandons
  }
  // occ sums to the horizon up to the truncated mass: renormalize.
  const norm = occTotal > 0 ? horizon / occTotal : 0;
  answeredWithin += lambda * withinSum * norm;
  abandoned += lambda * (occTotal - keepSum) * norm;
  return { answeredWithin, abandoned };
}
