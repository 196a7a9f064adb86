import { nonNegativeInteger, plainObject, positive, positiveOrInfinite } from '../math/checks.js';
import { findRoot } from '../math/findRoot.js';
import { AgentProblem } from './agentSearch.js';
import { checkTarget, type StaffingTarget } from './StaffingTarget.js';

/** Options for {@link callCapacity}. */
export interface CallCapacityOptions {
  /**
   * Mean patience of waiting callers, seconds (Erlang A when finite).
   * @defaultValue `Infinity` (Erlang C)
   */
  patience?: number;
}

/**
 * The most calls per second a team of `agents` can take while meeting every constraint of
 * `target`: the largest arrival rate λ at which the queue (Erlang C, or Erlang A with
 * `options.patience`) still meets it. Every constraint gets harder as λ grows, so the answer is
 * the root of the smallest constraint slack in λ, bracketed by 0 and (Erlang C) the stability
 * limit agents/handleTime or (Erlang A) a doubling search, and found by a safeguarded secant to
 * 1e-12 relative (about 60 evaluations at most).
 *
 * @param agents - team size, a non-negative integer
 * @param handleTime - mean handle time, seconds (> 0)
 * @param target - as for `requiredAgents`
 * @param options - `{ patience? }` (seconds)
 * @returns calls per second (0 when no rate meets the target, e.g. with no agents)
 * @throws {QueueInputError} on bad input
 * @example
 * callCapacity(14, 180, { serviceLevel: 0.8, answerTime: 20 }) * 1800; // ≈ 108.68
 */
export function callCapacity(agents: number, handleTime: number, target: StaffingTarget, options: CallCapacityOptions = {}): number {
  const n = nonNegativeInteger('agents', agents);
  const h = positive('handleTime', handleTime);
  const t = checkTarget(target);
  const o = plainObject('options', options);
  const patience = o.patience === undefined ? Infinity : positiveOrInfinite('options.patience', o.patience);
  if (n === 0) return 0;
  const pointAt = (lambda: number) => new AgentProblem({ arrivalRate: lambda, handleTime: h, patience }, t).at(n);
  // f(λ) = −(smallest slack): increasing in λ, < 0 where the target holds
  const f = (lambda: number): number => {
    if (lambda <= 0) return -Infinity;
    const p = pointAt(lambda);
    return p.met ? Math.min(-p.minSlack, -0) : Math.max(-p.minSlack, Number.MIN_VALUE);
  };
  let hi: number;
  let fHi: number;
  if (patience === Infinity) {
    hi = n / h;
    fHi = Infinity; // unstable at the limit
  } else {
    hi = n / h;
    fHi = f(hi);
    for (let k = 0; k < 1100 && fHi < 0; k++) {
      hi *= 2;
      fHi = f(hi);
    }
    if (fHi < 0) return Infinity;
  }
  let lambda = findRoot(f, 0, hi, -Infinity, fHi, 1e-12 * hi, 200);
  // return a rate that meets the target (the root may sit a rounding step above it)
  for (let k = 0; k < 60 && lambda > 0 && !pointAt(lambda).met; k++) lambda *= 1 - 2 ** (k - 50);
  return lambda;
}
