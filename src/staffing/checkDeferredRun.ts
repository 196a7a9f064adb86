import { booleanFlag, nonNegative, plainObject, positive } from '../math/checks.js';
import { CumulativeCurve } from './CumulativeCurve.js';
import { checkIntervalList } from './checkIntervalList.js';
import type { DeferredInterval } from './DeferredWork.js';
import { type Shrinkage, totalShrinkage } from './scheduledAgents.js';

/** The input of `deferredPlan` after the boundary check. Times in seconds. @internal */
export interface DeferredRun {
  /** Sorted, non-overlapping intervals (private copies). */
  intervals: readonly DeferredInterval[];
  /** Mean agent time per item, seconds. */
  handleTime: number;
  /** Every item answered within this many seconds of arriving. */
  responseTime: number;
  /** Items waiting when the first interval starts. */
  initialBacklog: number;
  /** Answer every item by the end of the plan. */
  clearBacklog: boolean;
  /** Total shrinkage, in [0, 1). */
  shrinkage: number;
  /**
   * Cumulative items arrived A(t): the initial backlog at the first start, then each interval's
   * items spread evenly over it; breakpoints at every interval's start and end.
   */
  arrivals: CumulativeCurve;
}

/** Checks `deferredPlan`'s arguments once and builds the cumulative arrivals. @internal */
export function checkDeferredRun(intervals: unknown, work: unknown, options: unknown): DeferredRun {
  const checked = checkIntervalList(intervals, (v, name, span) => ({
    // fields listed (not spread): one hidden class for every interval, as the hot loops expect
    start: span.start,
    length: span.length,
    items: nonNegative(`${name}.items`, v.items),
  }));
  const workFields = plainObject('work', work);
  const handleTime = positive('work.handleTime', workFields.handleTime);
  const responseTime = positive('work.responseTime', workFields.responseTime);
  const opts = plainObject('options', options);
  const initialBacklog = opts.initialBacklog === undefined ? 0 : nonNegative('options.initialBacklog', opts.initialBacklog);
  // checked even without shrinkage: a bad shrinkageCombine is refused, not ignored
  const combine = (opts.shrinkageCombine ?? 'add') as 'add' | 'multiply';
  const shrinkage = totalShrinkage((opts.shrinkage ?? 0) as Shrinkage, { shrinkageCombine: combine });
  const clearBacklog = opts.clearBacklog === undefined ? false : booleanFlag('options.clearBacklog', opts.clearBacklog);
  const arrivals = new CumulativeCurve();
  let cumulative = initialBacklog;
  for (const interval of checked) {
    arrivals.add(interval.start, cumulative);
    cumulative += interval.items;
    arrivals.add(interval.start + interval.length, cumulative);
  }
  return { intervals: checked, handleTime, responseTime, initialBacklog, clearBacklog, shrinkage, arrivals };
}
