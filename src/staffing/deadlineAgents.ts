import { QueueInputError } from '../math/QueueInputError.js';
import { CumulativeCurve } from './CumulativeCurve.js';
import type { DeferredRun } from './checkDeferredRun.js';
import type { DeferredIntervalPlan } from './DeferredIntervalPlan.js';
import type { DeferredInterval } from './DeferredWork.js';
import { scheduledAgentsKernel } from './scheduledAgents.js';
import { wholeAgents } from './wholeAgents.js';

/** A row of the plan while it is built (its latest response is filled in last). @internal */
export type DeferredRow = { -readonly [K in keyof DeferredIntervalPlan]: DeferredIntervalPlan[K] };

/**
 * Interval by interval, the fewest agents that keep every deadline within reach, and the answering
 * curve D(t) they give: within an interval D(t) = min(D(start) + c(t − start), A(t)) with
 * c = agents/handleTime, flat in closed hours. Rows carry `latestResponse: 0` (filled in by
 * `fillLatestResponses`). @internal
 * @throws {QueueInputError} (`limit-reached`) when no finite number of agents answers an interval's items
 */
export function deadlineAgents(run: DeferredRun): { rows: DeferredRow[]; answers: CumulativeCurve } {
  const { intervals, handleTime, responseTime, clearBacklog, arrivals } = run;
  const answers = new CumulativeCurve();
  answers.add((intervals[0] as DeferredInterval).start, 0);
  const rows: DeferredRow[] = [];
  let done = 0;
  let open = run.initialBacklog; // items arrived and not answered at the current interval's start
  let from = 0; // first arrival breakpoint whose deadline may fall in the current interval
  for (let i = 0; i < intervals.length; i++) {
    const interval = intervals[i] as DeferredInterval;
    const start = interval.start;
    const end = start + interval.length;
    const next = intervals[i + 1];
    const last = next === undefined;
    // deadlines falling in (start, end], and in the closed hours up to the next start: items per second needed
    let rate = neededRate(arrivals, done, end - responseTime, end - start, 0);
    if (clearBacklog && last) rate = Math.max(rate, (arrivals.valueAt(end) - done) / (end - start));
    if (next !== undefined && next.start > end) rate = neededRate(arrivals, done, next.start - responseTime, end - start, rate);
    // breakpoints b with b + R in (start, end): the intervals are sorted and disjoint, so one pointer
    // walks the breakpoints once over the whole plan (linear, not quadratic, in the number of intervals)
    const times = arrivals.times;
    while (from < times.length && (times[from] as number) + responseTime <= start) from++;
    for (let k = from; k < times.length && (times[k] as number) + responseTime < end; k++) {
      const due = (times[k] as number) + responseTime;
      rate = neededRate(arrivals, done, due - responseTime, due - start, rate);
    }
    const fractionalAgents = rate * handleTime;
    if (!Number.isFinite(fractionalAgents)) {
      throw new QueueInputError(
        `intervals[${i}].items`,
        interval.items,
        'a workload that a finite number of agents can answer',
        'limit-reached',
      );
    }
    const agents = wholeAgents(fractionalAgents);
    done = answerThrough(answers, arrivals, done, agents / handleTime, interval);
    // deadlines up to the end (and through closed hours after it) are met, up to that rounding
    const arrivedAtEnd = arrivals.valueAt(end);
    const due = Math.max(
      arrivals.valueAt(end - responseTime),
      next !== undefined ? arrivals.valueAt(next.start - responseTime) : 0,
      clearBacklog && last ? arrivedAtEnd : 0,
    );
    done = Math.min(arrivedAtEnd, Math.max(done, due));
    answers.add(end, done);
    const backlog = Math.max(0, arrivedAtEnd - done);
    const answered = open + interval.items - backlog;
    open = backlog;
    rows.push({
      index: i,
      start,
      length: interval.length,
      items: interval.items,
      agents,
      fractionalAgents,
      scheduledAgents: scheduledAgentsKernel(agents, run.shrinkage),
      backlog,
      // answered / (agents/handleTime · length): no ∞/∞ when handleTime is huge
      occupancy: agents > 0 ? Math.min(1, Math.max(0, answered / ((agents / handleTime) * interval.length))) : 0,
      latestResponse: 0,
    });
  }
  answers.sort();
  return { rows, answers };
}

/** The larger of `rate` and the items per second needed for the items due by `arrivedBy` + R over `span` seconds. */
function neededRate(arrivals: CumulativeCurve, done: number, arrivedBy: number, span: number, rate: number): number {
  const need = arrivals.valueAt(arrivedBy) - done;
  return need > 0 ? Math.max(rate, need / span) : rate;
}

/**
 * Adds the answering curve's breakpoints within an interval answered at `c` items per second from
 * `done` items (where it catches up with the arrivals, and the interval's start) and returns the
 * items answered by its end before the deadline rounding: min(done + c·length, A(end)).
 */
function answerThrough(answers: CumulativeCurve, arrivals: CumulativeCurve, done: number, c: number, interval: DeferredInterval): number {
  const { start, length } = interval;
  // D(t) = min(D(start) + c(t − start), A(t)) within the interval (A is linear there)
  const arrivedAtStart = arrivals.valueAt(start);
  const slope = interval.items / length;
  if (done < arrivedAtStart && c > slope) {
    const tCross = start + (arrivedAtStart - done) / (c - slope);
    if (tCross < start + length) answers.add(tCross, arrivedAtStart + slope * (tCross - start));
  }
  if (answers.lastTime() !== start) answers.add(start, done);
  return Math.min(done + c * length, arrivals.valueAt(start + length));
}
