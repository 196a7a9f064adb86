import type { Estimate } from '../index.js';
import type { Channel, ForecastRow } from './readForecast.js';
import { fewestAgents, type StaffTarget, scheduleFor } from './staffingEngine.js';
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
  /** Agents needed on the phones. */
  required: number;
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

/**
 * Plans every interval on its own (SIPP: stationary independent period by period), each at the
 * fewest agents meeting the target, then grosses up for shrinkage. Errors name the file and line.
 */
export function planForecast(file: string, rows: readonly ForecastRow[], target: StaffTarget, shrinkage: number): Plan {
  const out: PlanRow[] = new Array<PlanRow>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as ForecastRow;
    if (r.channel !== 'voice') {
      throw new UsageError(`${file}:${r.line}: channel "${r.channel}" is not supported by this version; plan voice rows only`);
    }
    const demand: { arrivalRate: number; handleTime: number; patience?: number } = { arrivalRate: r.calls / r.length, handleTime: r.handleTime };
    if (r.patience !== undefined) demand.patience = r.patience;
    const answer = fewestAgents(demand, target);
    if (answer === undefined) throw new UsageError(`${file}:${r.line}: no team of up to 10,000,000 agents meets the target for this interval`);
    const m = answer.metrics;
    out[i] = {
      line: r.line,
      start: r.label,
      startSeconds: r.start,
      length: r.length,
      channel: r.channel,
      calls: r.calls,
      handleTime: r.handleTime,
      patience: r.patience ?? null,
      required: answer.agents,
      scheduled: scheduleFor(answer.agents, shrinkage),
      binding: answer.binding,
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
