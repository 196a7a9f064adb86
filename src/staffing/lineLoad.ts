import { nonNegative, plainObject, positive, unitInterval } from '../math/checks.js';

/** What a caller does on a line, for {@link lineLoad}. Shaped like the metrics of `analyze`. */
export interface LineUse {
  /** Calls arriving per second (≥ 0). */
  arrivalRate: number;
  /** Mean talk (handle) time of an answered call, seconds (> 0). */
  handleTime: number;
  /** Mean time in queue over all callers, seconds (≥ 0); `analyze(...).meanWait`. */
  meanWait: number;
  /**
   * Fraction of callers who hang up in the queue (they hold the line while waiting, not talking).
   * @defaultValue 0
   */
  probAbandon?: number;
}

/**
 * Line (trunk or port) load of a contact centre in Erlangs: every caller holds a line through
 * the IVR, the queue and, if answered, the conversation, so by Little's law
 * load = λ·(ivrTime + meanWait + (1 − probAbandon)·handleTime). Feed it to {@link requiredLines}.
 *
 * @param use - `{ arrivalRate (calls/s), handleTime (s), meanWait (s), probAbandon? }`: the
 *   metrics of `analyze` fit as they are
 * @param ivrTime - mean time in the IVR before queueing, seconds (≥ 0)
 * @returns the load on the lines in Erlangs
 * @throws {QueueInputError} on a bad field
 * @example
 * lineLoad({ arrivalRate: 0.5, handleTime: 180, meanWait: 12 }, 30); // => 111
 */
export function lineLoad(use: LineUse, ivrTime: number): number {
  const u = plainObject('use', use);
  const lambda = nonNegative('use.arrivalRate', u.arrivalRate);
  const handle = positive('use.handleTime', u.handleTime);
  const wait = nonNegative('use.meanWait', u.meanWait);
  const abandoned = u.probAbandon === undefined ? 0 : unitInterval('use.probAbandon', u.probAbandon);
  const ivr = nonNegative('ivrTime', ivrTime);
  // no calls hold no lines, however long each would (0 · ∞ would be NaN when the times overflow)
  if (lambda === 0) return 0;
  return lambda * (ivr + wait + (1 - abandoned) * handle);
}
