import { type ChannelIntervalPlan, type ChannelPlan, type ChannelPlanOptions, channelPlan, type StaffingTarget } from '../../index.js';
import { asUsageError } from '../flags/asUsageError.js';
import type { ForecastInterval } from '../readers/ForecastInterval.js';
import type { Forecast } from '../readers/readForecast.js';
import type { PlanRow } from './PlanRow.js';
import type { PlanSettings } from './PlanSettings.js';

/** Totals over a plan of every channel: the JSON `totals` of `queuecast plan` (hours, FTE, the peak by start label). */
export interface ForecastPlanTotals {
  intervals: number;
  calls: number;
  /** Σ required × length, hours. */
  requiredHours: number;
  /** Σ scheduled × length, hours. */
  scheduledHours: number;
  /** Full-time equivalents: scheduledHours over the paid hours of one shift. */
  fte: number;
  /** Peak scheduled agents (all channels at the same start summed) and where. */
  peak: { start: string; scheduled: number; required: number };
  /** Service level weighted by calls (voice and chat). */
  serviceLevel: number;
  /** Abandonment weighted by calls (voice and chat). */
  probAbandon: number;
  /** ASA weighted by answered calls, seconds. */
  asa: number;
}

/** A staffing plan for a forecast file. */
export interface Plan {
  rows: PlanRow[];
  totals: ForecastPlanTotals;
}

const CHANNEL_FIELDS = ['concurrency', 'responseTime', 'backlog', 'latestResponse'] as const;

/** One plan row: the library's row with the forecast row's line, label and patience. */
function planRow(r: ForecastInterval, p: ChannelIntervalPlan): PlanRow {
  const row: PlanRow = {
    line: r.line,
    start: r.label,
    startSeconds: r.start,
    length: r.length,
    channel: r.channel,
    calls: r.calls,
    handleTime: p.handleTime,
    patience: r.patience ?? null,
    load: p.load,
    required: p.agents,
    fractionalAgents: p.fractionalAgents,
    scheduled: p.scheduledAgents,
    binding: p.binding,
    serviceLevel: p.serviceLevel ?? 1,
    ...(p.asa !== undefined && { asa: p.asa }),
    probAbandon: p.probAbandon,
    occupancy: p.occupancy,
  };
  // the channel's own fields (chat: concurrency; email: response time, backlog, latest response)
  for (const key of CHANNEL_FIELDS) {
    const value = p[key];
    if (value !== undefined) row[key] = value;
  }
  return row;
}

/**
 * Plans a forecast file with the library's {@link channelPlan} (voice, chat and email, each by its
 * own model, grossed up for availability and shrinkage). Rows come back in the file's order.
 * Errors name the file, line and column, or the flag.
 */
export function planForecast(forecast: Forecast, target: StaffingTarget, settings: PlanSettings): Plan {
  const rows = forecast.rows;
  const options: ChannelPlanOptions = {
    method: settings.method,
    shrinkage: settings.shrinkage,
    availability: settings.availability,
    concurrency: settings.concurrency,
    hoursPerFte: settings.shift / 3600,
    fractionalTolerance: settings.fractionalTolerance,
  };
  if (settings.chatTarget !== undefined) options.chatTarget = settings.chatTarget;
  if (settings.responseTime !== undefined) options.responseTime = settings.responseTime;
  const intervals = rows.map((r) => {
    const interval: Parameters<typeof channelPlan>[0][number] = {
      start: r.start,
      length: r.length,
      calls: r.calls,
      handleTime: r.handleTime,
      channel: r.channel,
    };
    if (r.patience !== undefined) interval.patience = r.patience;
    if (r.concurrency !== undefined) interval.concurrency = r.concurrency;
    if (r.deadline !== undefined) interval.responseTime = r.deadline;
    return interval;
  });
  let plan: ChannelPlan;
  try {
    plan = channelPlan(intervals, target, options);
  } catch (e) {
    asUsageError(e, forecast);
  }
  const out = plan.intervals.map((p) => planRow(rows[p.index] as ForecastInterval, p));
  const t = plan.totals;
  const peak = out.find((r) => r.startSeconds === t.peakStart);
  return {
    rows: out,
    totals: {
      intervals: t.intervals,
      calls: t.calls,
      requiredHours: t.agentHours,
      scheduledHours: t.scheduledAgentHours,
      fte: t.fte,
      peak: { start: peak?.start ?? '', scheduled: t.peakScheduledAgents, required: t.peakAgents },
      serviceLevel: t.serviceLevel ?? 1,
      probAbandon: t.probAbandon,
      asa: t.asa,
    },
  };
}
