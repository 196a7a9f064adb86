import { type IntervalPlan, type StaffingPlan, type StaffingTarget, staffingPlan } from '../../index.js';
import { asUsageError } from '../flags/asUsageError.js';
import type { ForecastInterval } from '../readers/ForecastInterval.js';
import { type PlanRow, planRow } from './PlanRow.js';
import type { PlanSettings } from './PlanSettings.js';

/** Plans the voice intervals of a forecast with `staffingPlan` (SIPP or the offered-load method); rows in input order. */
export function planVoice(file: string, rows: readonly ForecastInterval[], target: StaffingTarget, settings: PlanSettings): PlanRow[] {
  let plan: StaffingPlan;
  try {
    plan = staffingPlan(rows, target, {
      method: settings.method,
      shrinkage: settings.shrinkage,
      fractionalTolerance: settings.fractionalTolerance,
    });
  } catch (e) {
    asUsageError(e, file, rows);
  }
  return rows.map((r, k) => {
    const p = plan.intervals[k] as IntervalPlan;
    const m = p.metrics;
    return planRow(r, {
      handleTime: r.handleTime,
      load: p.load,
      required: p.agents,
      fractionalAgents: p.fractionalAgents,
      scheduled: p.scheduledAgents,
      binding: p.binding,
      serviceLevel: r.calls === 0 ? 1 : (m.serviceLevel ?? 1),
      asa: m.asa,
      probAbandon: m.probAbandon,
      occupancy: m.occupancy,
    });
  });
}
