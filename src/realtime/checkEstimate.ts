import { QueueInputError } from '../math/QueueInputError.js';
import type { WaitEstimate } from './WaitEstimate.js';

/**
 * Throws unless `estimate` looks like a {@link WaitEstimate} (an object with `quantile`, `cdf`,
 * a numeric `mean` and `probAnswered`).
 */
export function checkEstimate(estimate: unknown): void {
  const e = estimate as Partial<WaitEstimate> | null;
  if (
    typeof e !== 'object' ||
    e === null ||
    typeof e.quantile !== 'function' ||
    typeof e.cdf !== 'function' ||
    typeof e.mean !== 'number' ||
    typeof e.probAnswered !== 'number'
  ) {
    throw new QueueInputError('estimate', estimate, 'a wait estimate (from estimateWait or a tracker)');
  }
}

/** The estimate's mean or p-quantile, in seconds; a NaN from a hand-made estimate is refused. */
export function waitOf(estimate: WaitEstimate, statistic: 'mean' | number): number {
  const t = statistic === 'mean' ? estimate.mean : estimate.quantile(statistic);
  if (typeof t !== 'number' || Number.isNaN(t))
    throw new QueueInputError('estimate', t, `a wait estimate whose ${statistic === 'mean' ? 'mean' : 'quantile'} is a number of seconds`);
  return t;
}
