import { nonNegativeOrInfinite, openUnit, plainObject, unitInterval } from '../math/checks.js';
import { checkEstimate, waitOf } from './checkEstimate.js';
import type { WaitEstimate } from './WaitEstimate.js';

/** Options of {@link offerCallback}. */
export interface CallbackOptions {
  /**
   * Offer a call-back when the announced statistic of the wait exceeds this many seconds.
   * @defaultValue `600`
   */
  maxWait?: number;
  /**
   * The statistic compared with `maxWait`: a probability p (the p-quantile) or `'mean'`.
   * @defaultValue `0.8`
   */
  statistic?: 'mean' | number;
  /**
   * Offer a call-back when the chance of being answered is below this.
   * @defaultValue `0.7`
   */
  minProbAnswered?: number;
}

/** The call-back decision and why. */
export interface CallbackDecision {
  /** True: offer the caller a call-back. */
  readonly offer: boolean;
  /** 'long-wait', 'low-answer-chance', or 'none'. */
  readonly reason: 'long-wait' | 'low-answer-chance' | 'none';
  /** The wait statistic compared, in seconds. */
  readonly wait: number;
  /** The chance of being answered that was compared. */
  readonly probAnswered: number;
}

/**
 * Whether to offer a call-back: when the caller's wait (a high quantile by default) exceeds
 * `maxWait` or its chance of being answered is below `minProbAnswered` (the caller is likely to
 * hang up first). Long announced waits are where call-backs pay off (Whitt 1999).
 *
 * @param estimate - the caller's wait distribution (seconds)
 * @param options - {@link CallbackOptions}
 * @returns the decision, with the figures it used
 * @throws {QueueInputError} for a bad estimate or options
 * @example
 * offerCallback(estimateWait({ ahead: 60, agents: 10, handleTime: 180 })).offer; // => true
 * offerCallback(estimateWait({ ahead: 2, agents: 10, handleTime: 180 })).reason; // => 'none'
 */
export function offerCallback(estimate: WaitEstimate, options: CallbackOptions = {}): CallbackDecision {
  checkEstimate(estimate);
  const o = plainObject('options', options) as CallbackOptions;
  const maxWait = o.maxWait ?? 600;
  nonNegativeOrInfinite('options.maxWait', maxWait, 'a number of seconds ≥ 0');
  const statistic = o.statistic ?? 0.8;
  if (statistic !== 'mean') openUnit('options.statistic', statistic, "'mean' or a probability strictly between 0 and 1");
  const minProb = o.minProbAnswered ?? 0.7;
  unitInterval('options.minProbAnswered', minProb);
  const wait = waitOf(estimate, statistic);
  const probAnswered = estimate.probAnswered;
  const reason = wait > maxWait ? 'long-wait' : probAnswered < minProb ? 'low-answer-chance' : 'none';
  return { offer: reason !== 'none', reason, wait, probAnswered };
}
