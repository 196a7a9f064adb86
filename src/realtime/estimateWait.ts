import { nonNegative, nonNegativeInteger, plainObject, positive, positiveOrInfinite } from '../math/checks.js';
import { QueueInputError } from '../math/QueueInputError.js';
import { capacityAfterOvertaking } from './capacityAfterOvertaking.js';
import { DegenerateWait, OfferedWait } from './OfferedWait.js';
import type { WaitEstimate } from './WaitEstimate.js';

/** The queue as one waiting caller sees it (seconds). */
export interface WaitInput {
  /** Callers in front of this one (an integer, 0 to {@link MAX_AHEAD}). */
  ahead: number;
  /** Agents logged in and taking calls (a non-negative integer). */
  agents: number;
  /** Mean handle time in seconds (> 0); μ = 1/handleTime. */
  handleTime: number;
  /**
   * Mean patience of a waiting caller in seconds (> 0): callers ahead hang up at rate θ = 1/patience.
   * @defaultValue `Infinity` (nobody ahead hangs up)
   */
  patience?: number;
  /**
   * Agents idle right now (integer, 0..agents). With f free agents the first f callers ahead are
   * answered at once, so the caller waits as if `ahead − f` were ahead of it, and not at all when
   * `ahead < f`.
   * @defaultValue `0`
   */
  freeAgents?: number;
  /**
   * Arrivals per second of higher-priority callers who will be served before this one if they come
   * while it waits: they take that much answering capacity (at most 90 % of it).
   * @defaultValue `0`
   */
  overtakeRate?: number;
}

/**
 * The exact distribution of the offered wait of a caller with `ahead` others in front of it, all
 * agents busy: the sum of ahead+1 exponential phases with rates nμ + iθ. Exactly exp(−θV) ~
 * Beta(nμ/θ, ahead+1), so P(V > t) = I_{e^{−θt}}(nμ/θ, ahead+1), and Gamma(ahead+1, nμ) without
 * abandonment (Whitt 1999, "Improving service by informing customers about anticipated delays";
 * Ibrahim & Whitt 2009). Higher-priority arrivals at `overtakeRate` take their share of the
 * answering rate. Mean Σ 1/(nμ + iθ) in closed form through digamma differences; chance of being
 * answered nμ/(nμ + (ahead+1)θ). `ahead` goes up to {@link MAX_AHEAD} (a few milliseconds per
 * call there); any handle time and patience (subnormal to 1e308) is computed in units of 1/nμ, so
 * nothing overflows; `quantile` is accurate to about 1e-12 relative. Zero wait when an agent is
 * free and nobody is ahead; with no agents an endless one (mean, sd and every quantile above
 * p = 0 Infinity, `probAnswered` 0: {@link announce} says "more than" its longest wait).
 *
 * @param input - the caller's view of the queue ({@link WaitInput}); durations in seconds
 * @returns the wait distribution in seconds ({@link WaitEstimate})
 * @throws {@link QueueInputError} when a field is missing or out of range; the estimate's `quantile(p)`
 * throws one for p outside [0, 1] or NaN, and `cdf(t)` for t = NaN
 * @example
 * estimateWait({ ahead: 0, agents: 1, handleTime: 300 }).mean; // => 300
 * estimateWait({ ahead: 4, agents: 10, handleTime: 180 }).quantile(0.9); // ≈ 143.88
 * estimateWait({ ahead: 4, agents: 10, handleTime: 180, patience: 120 }).probAnswered; // ≈ 0.57143
 * estimateWait({ ahead: 0, agents: 2, handleTime: 300, freeAgents: 1 }).mean; // => 0
 * estimateWait({ ahead: 0, agents: 1, handleTime: 300, overtakeRate: 1 / 600 }).mean; // => 600
 * estimateWait({ ahead: 2, agents: 0, handleTime: 300 }).sd; // => Infinity
 */
export function estimateWait(input: WaitInput): WaitEstimate {
  const o = plainObject('input', input);
  const ahead = nonNegativeInteger('input.ahead', o.ahead);
  if (ahead > MAX_AHEAD) throw new QueueInputError('input.ahead', ahead, `an integer ≤ ${MAX_AHEAD}`);
  const agents = nonNegativeInteger('input.agents', o.agents);
  const handleTime = positive('input.handleTime', o.handleTime);
  const patience = o.patience === undefined ? Infinity : positiveOrInfinite('input.patience', o.patience);
  const free = o.freeAgents === undefined ? 0 : nonNegativeInteger('input.freeAgents', o.freeAgents);
  if (free > agents) throw new QueueInputError('input.freeAgents', free, `an integer ≤ agents (${agents})`);
  const overtake = o.overtakeRate === undefined ? 0 : nonNegative('input.overtakeRate', o.overtakeRate);
  return estimateWaitKernel(ahead, agents, handleTime, patience, free, overtake);
}

/**
 * The most callers ahead {@link estimateWait} accepts: far beyond any real queue, and the cost of a
 * quantile grows with it (about 1–15 ms at the limit, up to 0.4 s for a subnormal probability when
 * callers hang up within 1e-280 s).
 *
 * @example
 * MAX_AHEAD; // => 100000
 */
export const MAX_AHEAD = 100_000;

const ZERO = /* @__PURE__ */ new DegenerateWait(0);
const NEVER = /* @__PURE__ */ new DegenerateWait(Infinity);

/** {@link estimateWait} without the input checks. */
function estimateWaitKernel(
  ahead: number,
  agents: number,
  handleTime: number,
  patience: number,
  free: number,
  overtakeRate = 0,
): WaitEstimate {
  if (ahead < free) return ZERO;
  if (agents === 0) return NEVER;
  // 1/(answering rate left after overtaking), in a form that neither overflows nor underflows
  const scale = handleTime / agents / capacityAfterOvertaking(1, (overtakeRate * handleTime) / agents);
  if (scale === 0) return ZERO;
  return new OfferedWait(ahead - free, scale, scale / patience);
}
