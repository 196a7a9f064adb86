import { type ChatStaffingResult, type Demand, requiredChatAgents, type StaffingTarget, scheduledAgents } from '../../index.js';
import { asUsageError } from '../flags/asUsageError.js';
import type { ForecastInterval } from '../readers/ForecastInterval.js';
import { type PlanRow, planRow } from './PlanRow.js';
import type { PlanSettings } from './PlanSettings.js';

/**
 * Plans the chat intervals of a forecast, each with `requiredChatAgents` (an agent handles the
 * row's `concurrency`, else `settings.concurrency`, conversations at once); rows in input order.
 */
export function planChat(file: string, rows: readonly ForecastInterval[], target: StaffingTarget, settings: PlanSettings): PlanRow[] {
  return rows.map((r) => {
    const arrivalRate = r.calls / r.length;
    const demand: Demand =
      r.patience === undefined
        ? { arrivalRate, handleTime: r.handleTime }
        : { arrivalRate, handleTime: r.handleTime, patience: r.patience };
    let a: ChatStaffingResult;
    try {
      a = requiredChatAgents(demand, target, { concurrency: r.concurrency ?? settings.concurrency });
    } catch (e) {
      asUsageError(e, file, [], r.line);
    }
    const row = planRow(r, {
      handleTime: r.handleTime,
      load: arrivalRate * r.handleTime,
      required: a.agents,
      fractionalAgents: a.fractionalAgents,
      scheduled: scheduledAgents(a.agents, settings.shrinkage),
      binding: a.binding,
      serviceLevel: r.calls === 0 ? 1 : (a.metrics.serviceLevel ?? 1),
      asa: a.metrics.asa,
      probAbandon: a.metrics.probAbandon,
      occupancy: a.metrics.occupancy,
    });
    row.concurrency = a.concurrency;
    return row;
  });
}
