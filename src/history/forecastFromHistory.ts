import { plainObject } from '../math/checks.js';
import { QueueInputError } from '../math/QueueInputError.js';
import type { CallHistory } from './HistoryInterval.js';

/** One interval of a forecast built from history (the shape `staffingPlan` takes). */
export interface HistoryForecastInterval {
  /** Start, seconds since midnight (history pooled per day) or since Sunday 00:00 (per week). */
  readonly start: number;
  /** Length, seconds. */
  readonly length: number;
  /** Calls expected: the mean per pooled day or week. */
  readonly calls: number;
  /** Mean handle time, seconds. */
  readonly handleTime: number;
  /** Mean patience (censored estimator), seconds. */
  readonly patience: number;
}

/**
 * A forecast from a centre's own history, by the simplest documented method: for each interval of
 * the day or week, the calls are the mean over the pooled days or weeks that had calls in it, and
 * the handle time and patience are the interval's measured ones (an interval with no answered call
 * or no abandonment takes the mean handle time or the patience of the whole history). It repeats
 * the past; add growth or events yourself.
 *
 * @param history - `callHistory(calls, { pool: 'day' | 'week', interval })`
 * @returns one row per interval that had calls, by start; `staffingPlan(rows, target)` plans it
 * @throws {QueueInputError} when the history is not pooled per day or week, or has no handle time at all
 * @example
 * const h = callHistory([{ offeredAt: 3600, answeredAt: 3630, endedAt: 3930 }, { offeredAt: 90000, abandonedAt: 90060 }], { pool: 'day' });
 * forecastFromHistory(h)[0].calls; // => 1
 */
export function forecastFromHistory(history: CallHistory): HistoryForecastInterval[] {
  plainObject('history', history);
  if (history.pool !== 'day' && history.pool !== 'week') {
    throw new QueueInputError('history.pool', history.pool, "'day' or 'week' (a history pooled per interval of the day or week)");
  }
  const rows = history.intervals.filter((r) => r.offered > 0);
  let handleSum = 0;
  let answered = 0;
  let waited = 0;
  let abandoned = 0;
  for (const r of rows) {
    if (r.handleTime !== undefined) {
      handleSum += r.handleTime * r.answered;
      answered += r.answered;
    }
    waited += r.meanWait * r.offered;
    abandoned += r.abandoned;
  }
  if (answered === 0) throw new QueueInputError('history', 'no answered call with an end time', 'a history with handle times');
  const meanHandle = handleSum / answered;
  const meanPatience = abandoned > 0 && waited > 0 ? waited / abandoned : Infinity;
  return rows.map((r) => ({
    start: r.start,
    length: r.seconds,
    calls: r.offered / r.periods,
    handleTime: r.handleTime ?? meanHandle,
    patience: r.abandoned > 0 && r.patience > 0 ? r.patience : meanPatience,
  }));
}
