import { firstIndex } from './breakpoints.js';
import type { CumulativeCurve } from './CumulativeCurve.js';
import type { DeferredRun } from './checkDeferredRun.js';
import type { DeferredRow } from './deadlineAgents.js';

/**
 * Fills each row's `latestResponse`, the longest arrival-to-answer time of the items arriving in
 * its interval (FCFS: the item arriving just after u is answered when D first exceeds A(u)), and
 * returns the longest over the items answered within the plan. The response is linear between
 * breakpoints, so its supremum sits at u = start or where A meets a level at which D bends; the
 * last item (u = end) is answered when D reaches A(end). @internal
 */
export function fillLatestResponses(rows: DeferredRow[], run: DeferredRun, answers: CumulativeCurve): number {
  const { arrivals } = run;
  const totals = answers.totals;
  let latest = 0;
  for (const row of rows) {
    const start = row.start;
    const end = start + row.length;
    const arrivedAtStart = arrivals.valueAt(start) - (row.index === 0 ? run.initialBacklog : 0); // the initial backlog counts as arriving at start
    const arrivedAtEnd = arrivals.valueAt(end);
    if (!(arrivedAtEnd > arrivedAtStart)) continue; // no items arrive in this interval
    const breakTimes = [start];
    for (let k = firstIndex(totals, (v) => v > arrivedAtStart); k < totals.length && (totals[k] as number) < arrivedAtEnd; k++) {
      breakTimes.push(start + (((totals[k] as number) - arrivedAtStart) / (arrivedAtEnd - arrivedAtStart)) * row.length);
    }
    let worst = answers.timeReaching(arrivedAtEnd, false) - end;
    for (const u of breakTimes) {
      const level = u === start ? arrivedAtStart : Math.min(arrivedAtEnd, Math.max(arrivedAtStart, arrivals.valueAt(u)));
      worst = Math.max(worst, answers.timeReaching(level, true) - u);
    }
    row.latestResponse = worst;
    if (Number.isFinite(worst)) latest = Math.max(latest, worst);
  }
  return latest;
}
