import { checkDeferredRun } from './checkDeferredRun.js';
import type { DeferredPlan } from './DeferredIntervalPlan.js';
import type { DeferredInterval, DeferredPlanOptions, DeferredWork } from './DeferredWork.js';
import { type DeferredRow, deadlineAgents } from './deadlineAgents.js';
import { fillLatestResponses } from './fillLatestResponses.js';

export type { DeferredIntervalPlan, DeferredPlan } from './DeferredIntervalPlan.js';
export type { DeferredInterval, DeferredPlanOptions, DeferredWork } from './DeferredWork.js';

/**
 * Agents per interval for deferred work with a response-time promise, first come first served,
 * with backlog carried between intervals.
 *
 * Fluid deadline model: with A(t) the cumulative items arrived and D(t) the cumulative items
 * answered (agents/handleTime per second while there is backlog), every item is answered by its
 * deadline exactly when D(t) ≥ A(t − responseTime) for all t. Interval by interval, the fewest
 * agents are ⌈handleTime · max_t (A(t − R) − D(start))/(t − start)⌉ over the interval (and any
 * closed hours after it, when no work is done but deadlines keep running); the maximum of this
 * linear-fractional function sits at the interval's end or where A(t − R) bends. Deadlines past
 * the plan's end are not forced: those items remain as backlog.
 *
 * @param intervals - sorted, non-overlapping `{ start (s), length (s), items }`
 * @param work - `{ handleTime (s per item), responseTime (s) }`
 * @param options - `{ initialBacklog?, clearBacklog?, shrinkage?, shrinkageCombine? }`
 * @returns per interval agents, backlog and latest response, and totals
 * @throws {QueueInputError} naming the interval and field, for unsorted or overlapping intervals
 * @example
 * deferredPlan([{ start: 0, length: 3600, items: 60 }, { start: 3600, length: 3600, items: 0 }], { handleTime: 300, responseTime: 3600 }).intervals.map((r) => r.agents); // => [0, 5]
 * deferredPlan([{ start: 0, length: 3600, items: 60 }, { start: 3600, length: 3600, items: 0 }], { handleTime: 300, responseTime: 7200 }).totals.backlog; // => 60
 * deferredPlan([{ start: 0, length: 3600, items: 60 }, { start: 3600, length: 3600, items: 0 }], { handleTime: 300, responseTime: 7200 }, { clearBacklog: true }).intervals.map((r) => r.agents); // => [0, 5]
 */
export function deferredPlan(intervals: readonly DeferredInterval[], work: DeferredWork, options: DeferredPlanOptions = {}): DeferredPlan {
  const run = checkDeferredRun(intervals, work, options);
  const { rows, answers } = deadlineAgents(run);
  const latestResponse = fillLatestResponses(rows, run, answers);
  let agentHours = 0;
  let scheduledAgentHours = 0;
  let items = run.initialBacklog;
  for (const row of rows) {
    agentHours += row.agents * (row.length / 3600);
    scheduledAgentHours += row.scheduledAgents * (row.length / 3600);
    items += row.items;
  }
  const backlog = (rows[rows.length - 1] as DeferredRow).backlog;
  return { intervals: rows, totals: { items, agentHours, scheduledAgentHours, backlog, latestResponse } };
}
