import { nonNegative, plainObject } from '../math/checks.js';
import { QueueInputError } from '../math/QueueInputError.js';
import { checkHistoryRow } from './checkHistoryRow.js';
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
 * the handle time and patience are the interval's measured ones (an interval with no answered call,
 * or whose calls all ended the second they were answered, or with no abandonment, takes the mean
 * handle time or the patience of the whole history). It repeats
 * the past; add growth or events yourself.
 *
 * @param history - `callHistory(calls, { pool: 'day' | 'week', intervalSeconds })`
 * @returns one row per interval that had calls, by start; `staffingPlan(rows, target)` plans it
 * @throws {QueueInputError} when the history is not pooled per day or week, a row is not a history row
 *   (numbers finite and ≥ 0, fractions in [0, 1], `periods` a whole number ≥ 1), or no handle time is > 0
 * @example
 * const h = callHistory([{ offeredAt: 3600, answeredAt: 3630, endedAt: 3930 }, { offeredAt: 90000, abandonedAt: 90060 }], { pool: 'day' });
 * forecastFromHistory(h)[0].calls; // => 1
 */
export function forecastFromHistory(history: CallHistory): HistoryForecastInterval[] {
  plainObject('history', history);
  if (history.pool !== 'day' && history.pool !== 'week') {
    throw new QueueInputError('history.pool', history.pool, "'day' or 'week' (a history pooled per interval of the day or week)");
  }
  if (!Array.isArray(history.intervals)) throw new QueueInputError('history.intervals', history.intervals, 'an array of history rows');
  history.intervals.forEach((row, i) => {
    const parameter = `history.intervals[${i}]`;
    checkHistoryRow(row, parameter);
    nonNegative(`${parameter}.answered`, row.answered);
    if (!Number.isInteger(row.periods) || row.periods < 1)
      throw new QueueInputError(`${parameter}.periods`, row.periods, 'a whole number ≥ 1');
  });
  const rows = history.intervals.filter((r) => r.offered > 0);
  let handleSum = 0;
  let answered = 0;
  let waited = 0;
  let abandoned = 0;
  for (const r of rows) {
    if (r.handleTime !== undefined && r.handleTime > 0) {
      handleSum += r.handleTime * r.answered;
      answered += r.answered;
    }
    waited += r.meanWait * r.offered;
    abandoned += r.abandoned;
  }
  if (answered === 0)
    throw new QueueInputError('history', 'no answered call with an end time after its answer', 'a history with handle times > 0');
  const meanHandle = handleSum / answered;
  const meanPatience = abandoned > 0 && waited > 0 ? waited / abandoned : Infinity;
  return rows.map((r) => ({
    start: r.start,
    length: r.length,
    calls: r.offered / r.periods,
    handleTime: r.handleTime !== undefined && r.handleTime > 0 ? r.handleTime : meanHandle,
    patience: r.abandoned > 0 && r.patience > 0 ? r.patience : meanPatience,
  }));
}
