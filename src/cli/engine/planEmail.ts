import { type DeferredIntervalPlan, type DeferredPlan, deferredPlan } from '../../index.js';
import { asUsageError } from '../flags/asUsageError.js';
import type { ForecastInterval } from '../readers/ForecastInterval.js';
import { type PlanRow, planRow } from './PlanRow.js';
import type { PlanSettings } from './PlanSettings.js';
import { UsageError } from '../UsageError.js';

/**
 * Plans the email intervals of a forecast with `deferredPlan`: every item answered within one
 * response time (the file's `deadline` column, else `settings.responseTime`), backlog carried
 * between intervals, one handle time for the day (the item-weighted mean: the fluid model needs
 * one); rows in input order.
 */
export function planEmail(file: string, rows: readonly ForecastInterval[], settings: PlanSettings): PlanRow[] {
  const first = rows[0] as ForecastInterval;
  const responseTime = first.deadline ?? settings.responseTime;
  if (responseTime === undefined) {
    throw new UsageError(
      `${file}:${first.line}: email rows need a response-time promise: a "deadline" column (e.g. 4h) or --email-response 4h`,
    );
  }
  let items = 0;
  let work = 0;
  for (const r of rows) {
    if (r.deadline !== undefined && r.deadline !== responseTime) {
      throw new UsageError(
        `${file}:${r.line}: every email row must promise the same response time (${JSON.stringify(first.deadline)} s on line ${first.line})`,
      );
    }
    items += r.calls;
    work += r.calls * r.handleTime;
  }
  const handleTime = items > 0 ? work / items : first.handleTime;
  let plan: DeferredPlan;
  try {
    plan = deferredPlan(
      rows.map((r) => ({ start: r.start, length: r.length, items: r.calls })),
      { handleTime, responseTime },
      { shrinkage: settings.shrinkage },
    );
  } catch (e) {
    asUsageError(e, file, rows);
  }
  return rows.map((r, k) => {
    const p = plan.intervals[k] as DeferredIntervalPlan;
    const row = planRow(r, {
      handleTime,
      load: (r.calls * handleTime) / r.length,
      required: p.agents,
      fractionalAgents: p.fractionalAgents,
      scheduled: p.scheduledAgents,
      binding: 'deadline',
      serviceLevel: p.latestResponse <= responseTime + 1e-6 ? 1 : 0,
      asa: Number.NaN,
      probAbandon: 0,
      occupancy: p.occupancy,
    });
    row.responseTime = responseTime;
    row.backlog = p.backlog;
    row.latestResponse = p.latestResponse;
    return row;
  });
}
