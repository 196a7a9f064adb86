import type { Estimate } from '../index.js';
import type { Channel, ForecastRow } from './readForecast.js';
import { type Interval, type IntervalPlan, QueueInputError, type StaffingPlan, staffingPlan } from '../index.js';
import { FLAG_OF, type StaffTarget } from './staffingEngine.js';
import { UsageError } from './UsageError.js';

/** One planned interval. */
export interface PlanRow {
  /** Line of the forecast row. */
  line: number;
  /** Start as written in the file. */
  start: string;
  /** Start, seconds. */
  startSeconds: number;
  /** Length, seconds. */
  length: number;
  channel: Channel;
  calls: number;
  /** Seconds. */
  handleTime: number;
  /** Seconds, or null (Erlang C). */
  patience: number | null;
  /** Erlangs staffed for (λ × AHT for SIPP; the offered load m(t) for the offered-load method). */
  load: number;
  /** Agents needed on the phones. */
  required: number;
  /** The continuous number of agents meeting the binding target exactly. */
  fractionalAgents: number;
  /** Agents to schedule after shrinkage. */
  scheduled: number;
  /** Target that decided `required`. */
  binding: string;
  /** P(answered within the answer time) over offered calls. */
  serviceLevel: number;
  /** Seconds. */
  asa: number;
  probAbandon: number;
  occupancy: number;
  /** Simulated service level with its 95% CI (plan --simulate). */
  simulatedServiceLevel?: Estimate;
}

/** Totals over a plan. */
export interface PlanTotals {
  intervals: number;
  calls: number;
  /** Σ required × length, hours. */
  requiredHours: number;
  /** Σ scheduled × length, hours. */
  scheduledHours: number;
  /** Peak scheduled agents and where. */
  peak: { start: string; channel: Channel; scheduled: number; required: number };
  /** Service level weighted by calls. */
  serviceLevel: number;
  /** Abandonment weighted by calls. */
  probAbandon: number;
  /** ASA weighted by answered calls, seconds. */
  asa: number;
}

/** A staffing plan for a forecast. */
export interface Plan {
  rows: PlanRow[];
  totals: PlanTotals;
}

/** How to plan. */
export interface PlanSettings {
  /** Shrinkage, a fraction in [0, 1). */
  shrinkage: number;
  /** `'sipp'` (each interval on its own) or `'offeredLoad'` (Jennings et al. 1996). */
  method: 'sipp' | 'offeredLoad';
}

/** Rethrows a library error about the target or an interval as a UsageError naming the flag or line. */
export function asUsageError(e: unknown, file: string, lines: readonly number[]): never {
  if (e instanceof QueueInputError) {
    const m = /^intervals\[(\d+)\]\.(\w+)/.exec(e.parameter);
    if (m) {
      const line = lines[Number(m[1])];
      throw new UsageError(`${file}:${line ?? '?'}: ${m[2]} ${e.message.replace(/^\S+ /, '')}`);
    }
    const flag = FLAG_OF[e.parameter];
    if (flag !== undefined) throw new UsageError(`${flag}: ${e.message.replace(/^\S+ must be/, 'must be')}`);
  }
  throw e;
}

/**
 * Plans every voice interval with the staffing layer's `staffingPlan` (SIPP or the offered-load
 * method) at the fewest agents meeting the target, grossed up for shrinkage. Errors name the
 * file and line, or the flag.
 */
export function planForecast(file: string, rows: readonly ForecastRow[], target: StaffTarget, settings: PlanSettings): Plan {
  for (const r of rows) {
    if (r.channel !== 'voice') {
      throw new UsageError(`${file}:${r.line}: channel "${r.channel}" is not supported by this version; plan voice rows only`);
    }
  }
  const intervals: Interval[] = rows.map((r) => {
    const iv: Interval = { start: r.start, length: r.length, calls: r.calls, handleTime: r.handleTime };
    if (r.patience !== undefined) iv.patience = r.patience;
    return iv;
  });
  let plan: StaffingPlan;
  try {
    plan = staffingPlan(intervals, target, { method: settings.method, shrinkage: settings.shrinkage });
  } catch (e) {
    asUsageError(e, file, rows.map((r) => r.line));
  }
  const out: PlanRow[] = new Array<PlanRow>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as ForecastRow;
    const p = plan.intervals[i] as IntervalPlan;
    const m = p.metrics;
    out[i] = {
      line: r.line,
      start: r.label,
      startSeconds: r.start,
      length: r.length,
      channel: r.channel,
      calls: r.calls,
      handleTime: r.handleTime,
      patience: r.patience ?? null,
      load: p.load,
      required: p.agents,
      fractionalAgents: p.fractionalAgents,
      scheduled: p.scheduledAgents,
      binding: p.binding,
      serviceLevel: r.calls === 0 ? 1 : (m.serviceLevel ?? 1),
      asa: m.asa,
      probAbandon: m.probAbandon,
      occupancy: m.occupancy,
    };
  }
  return { rows: out, totals: totalsOf(out) };
}

/** Totals of a plan: hours, the peak, and call-weighted service level, abandonment and ASA. */
export function totalsOf(rows: readonly PlanRow[]): PlanTotals {
  let calls = 0;
  let requiredHours = 0;
  let scheduledHours = 0;
  let sl = 0;
  let ab = 0;
  let asaSum = 0;
  let answered = 0;
  let peak = rows[0] as PlanRow;
  for (const r of rows) {
    calls += r.calls;
    requiredHours += (r.required * r.length) / 3600;
    scheduledHours += (r.scheduled * r.length) / 3600;
    sl += r.serviceLevel * r.calls;
    ab += r.probAbandon * r.calls;
    const ans = r.calls * (1 - r.probAbandon);
    if (Number.isFinite(r.asa) && ans > 0) {
      asaSum += r.asa * ans;
      answered += ans;
    }
    if (r.scheduled > peak.scheduled) peak = r;
  }
  return {
    intervals: rows.length,
    calls,
    requiredHours,
    scheduledHours,
    peak: { start: peak.start, channel: peak.channel, scheduled: peak.scheduled, required: peak.required },
    serviceLevel: calls > 0 ? sl / calls : 1,
    probAbandon: calls > 0 ? ab / calls : 0,
    asa: answered > 0 ? asaSum / answered : 0,
  };
}
