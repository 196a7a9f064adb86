import type { Estimate } from '../index.js';
import type { Channel, ForecastRow } from './readForecast.js';
import {
  type ChatStaffingResult,
  type DeferredIntervalPlan,
  type DeferredPlan,
  deferredPlan,
  type Interval,
  type IntervalPlan,
  QueueInputError,
  requiredChatAgents,
  type StaffingPlan,
  scheduledAgents,
  staffingPlan,
} from '../index.js';
import { FLAG_OF, type StaffTarget } from './staffingEngine.js';
import { flagFor, usageErrorFor } from './libraryError.js';
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
  /** Chat: conversations per agent. */
  concurrency?: number;
  /** Email: the response-time promise, seconds. */
  responseTime?: number;
  /** Email: items not yet answered at the interval's end. */
  backlog?: number;
  /** Email: longest arrival-to-answer time of the interval's items, seconds. */
  latestResponse?: number;
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

/** A staffing plan for a forecast. */
export interface Plan {
  rows: PlanRow[];
  totals: PlanTotals;
}

const PLACEHOLDER: PlanRow = {
  line: 0,
  start: '',
  startSeconds: 0,
  length: 0,
  channel: 'voice',
  calls: 0,
  handleTime: 0,
  patience: null,
  load: 0,
  required: 0,
  fractionalAgents: 0,
  scheduled: 0,
  binding: '',
  serviceLevel: 0,
  asa: 0,
  probAbandon: 0,
  occupancy: 0,
};

/** How to plan. */
export interface PlanSettings {
  /** Shrinkage, a fraction in [0, 1). */
  shrinkage: number;
  /** `'sipp'` (each interval on its own) or `'offeredLoad'` (Jennings et al. 1996). */
  method: 'sipp' | 'offeredLoad';
  /** Chat: conversations per agent when the file has no concurrency column. */
  concurrency: number;
  /** Chat: target, when different from voice's. */
  chatTarget?: StaffTarget;
  /** Email: response-time promise (s) when the file has no deadline column. */
  responseTime?: number;
  /** Accuracy of fractional agents (agents): 5e-5 for CSV's three decimals, `Infinity` when unshown. */
  fractionalTolerance: number;
  /** Paid time of one full-time equivalent (s), for the FTE total: 8 h unless `--shift` says otherwise. */
  shift: number;
}

/** Rethrows a library error about the target or an interval as a UsageError naming the flag or line. */
export function asUsageError(e: unknown, file: string, lines: readonly number[], line?: number): never {
  if (e instanceof QueueInputError) {
    const flag = flagFor(e.parameter, FLAG_OF);
    if (line !== undefined && flag === undefined) throw usageErrorFor(`${file}:${line}`, e);
    const m = /^intervals\[(\d+)\](?:\.(\w+))?/.exec(e.parameter);
    if (m) throw usageErrorFor(`${file}:${lines[Number(m[1])] ?? '?'}${m[2] === undefined ? '' : ` (${m[2]})`}`, e);
    if (flag !== undefined) throw usageErrorFor(flag, e);
  }
  throw e;
}

/**
 * Plans a forecast with the staffing layer, channel by channel: voice with `staffingPlan` (SIPP or
 * the offered-load method), chat with `requiredChatAgents` (agents handle `concurrency`
 * conversations at once), email with `deferredPlan` (every item answered within its response
 * time, backlog carried between intervals). Each answer is grossed up for shrinkage. Rows come
 * back in the file's order. Errors name the file and line, or the flag.
 */
export function planForecast(file: string, rows: readonly ForecastRow[], target: StaffTarget, settings: PlanSettings): Plan {
  const out: PlanRow[] = [];
  for (let i = 0; i < rows.length; i++) out.push(PLACEHOLDER);
  const index = new Map<Channel, number[]>();
  rows.forEach((r, i) => {
    let list = index.get(r.channel);
    if (list === undefined) {
      list = [];
      index.set(r.channel, list);
    }
    list.push(i);
  });
  const voice = index.get('voice');
  if (voice !== undefined) planVoice(file, rows, voice, target, settings, out);
  const chat = index.get('chat');
  if (chat !== undefined) planChat(file, rows, chat, settings.chatTarget ?? target, settings, out);
  const email = index.get('email');
  if (email !== undefined) planEmail(file, rows, email, settings, out);
  return { rows: out, totals: totalsOf(out, settings.shift) };
}

/** One plan row, built as one object literal so every row has the same shape (fast to read). */
function makeRow(
  r: ForecastRow,
  handleTime: number,
  load: number,
  required: number,
  fractionalAgents: number,
  scheduled: number,
  binding: string,
  serviceLevel: number,
  asa: number,
  probAbandon: number,
  occupancy: number,
): PlanRow {
  return {
    line: r.line,
    start: r.label,
    startSeconds: r.start,
    length: r.length,
    channel: r.channel,
    calls: r.calls,
    handleTime,
    patience: r.patience ?? null,
    load,
    required,
    fractionalAgents,
    scheduled,
    binding,
    serviceLevel,
    asa,
    probAbandon,
    occupancy,
  };
}

function planVoice(
  file: string,
  rows: readonly ForecastRow[],
  which: readonly number[],
  target: StaffTarget,
  settings: PlanSettings,
  out: PlanRow[],
): void {
  const intervals: Interval[] = which.map((i) => {
    const r = rows[i] as ForecastRow;
    const iv: Interval = { start: r.start, length: r.length, calls: r.calls, handleTime: r.handleTime };
    if (r.patience !== undefined) iv.patience = r.patience;
    return iv;
  });
  let plan: StaffingPlan;
  try {
    plan = staffingPlan(intervals, target, {
      method: settings.method,
      shrinkage: settings.shrinkage,
      fractionalTolerance: settings.fractionalTolerance,
    });
  } catch (e) {
    asUsageError(
      e,
      file,
      which.map((i) => (rows[i] as ForecastRow).line),
    );
  }
  which.forEach((i, k) => {
    const r = rows[i] as ForecastRow;
    const p = plan.intervals[k] as IntervalPlan;
    const m = p.metrics;
    out[i] = makeRow(
      r,
      r.handleTime,
      p.load,
      p.agents,
      p.fractionalAgents,
      p.scheduledAgents,
      p.binding,
      r.calls === 0 ? 1 : (m.serviceLevel ?? 1),
      m.asa,
      m.probAbandon,
      m.occupancy,
    );
  });
}

function planChat(
  file: string,
  rows: readonly ForecastRow[],
  which: readonly number[],
  target: StaffTarget,
  settings: PlanSettings,
  out: PlanRow[],
): void {
  for (const i of which) {
    const r = rows[i] as ForecastRow;
    const demand: { arrivalRate: number; handleTime: number; patience?: number } = {
      arrivalRate: r.calls / r.length,
      handleTime: r.handleTime,
    };
    if (r.patience !== undefined) demand.patience = r.patience;
    const concurrency = r.concurrency ?? settings.concurrency;
    let a: ChatStaffingResult;
    try {
      a = requiredChatAgents(demand, target, { concurrency });
    } catch (e) {
      asUsageError(e, file, [], r.line);
    }
    const row = makeRow(
      r,
      r.handleTime,
      demand.arrivalRate * r.handleTime,
      a.agents,
      a.fractionalAgents,
      scheduledAgents(a.agents, settings.shrinkage),
      a.binding,
      r.calls === 0 ? 1 : (a.metrics.serviceLevel ?? 1),
      a.metrics.asa,
      a.metrics.probAbandon,
      a.metrics.occupancy,
    );
    row.concurrency = a.concurrency;
    out[i] = row;
  }
}

function planEmail(file: string, rows: readonly ForecastRow[], which: readonly number[], settings: PlanSettings, out: PlanRow[]): void {
  const first = rows[which[0] as number] as ForecastRow;
  const responseTime = first.deadline ?? settings.responseTime;
  if (responseTime === undefined) {
    throw new UsageError(
      `${file}:${first.line}: email rows need a response-time promise: a "deadline" column (e.g. 4h) or --email-response 4h`,
    );
  }
  let items = 0;
  let work = 0;
  for (const i of which) {
    const r = rows[i] as ForecastRow;
    if (r.deadline !== undefined && r.deadline !== responseTime) {
      throw new UsageError(
        `${file}:${r.line}: every email row must promise the same response time (${JSON.stringify(first.deadline)} s on line ${first.line})`,
      );
    }
    items += r.calls;
    work += r.calls * r.handleTime;
  }
  // One handle time for the day: the item-weighted mean (the fluid model needs one).
  const handleTime = items > 0 ? work / items : first.handleTime;
  let plan: DeferredPlan;
  try {
    plan = deferredPlan(
      which.map((i) => {
        const r = rows[i] as ForecastRow;
        return { start: r.start, length: r.length, items: r.calls };
      }),
      { handleTime, responseTime },
      { shrinkage: settings.shrinkage },
    );
  } catch (e) {
    asUsageError(
      e,
      file,
      which.map((i) => (rows[i] as ForecastRow).line),
    );
  }
  let open = 0;
  which.forEach((i, k) => {
    const r = rows[i] as ForecastRow;
    const p = plan.intervals[k] as DeferredIntervalPlan;
    // Share of the agents' time spent answering items (the backlog included).
    const answered = open + r.calls - p.backlog;
    open = p.backlog;
    const busy = p.agents > 0 ? Math.min(1, Math.max(0, (answered * handleTime) / (p.agents * r.length))) : 0;
    const row = makeRow(
      r,
      handleTime,
      (r.calls * handleTime) / r.length,
      p.agents,
      p.fractionalAgents,
      p.scheduledAgents,
      'deadline',
      p.latestResponse <= responseTime + 1e-6 ? 1 : 0,
      Number.NaN,
      0,
      busy,
    );
    row.responseTime = responseTime;
    row.backlog = p.backlog;
    row.latestResponse = p.latestResponse;
    out[i] = row;
  });
}

/** Totals of a plan: hours, FTE of `shift` seconds, the peak, and call-weighted service level, abandonment and ASA. */
export function totalsOf(rows: readonly PlanRow[], shift: number): PlanTotals {
  let calls = 0;
  let requiredHours = 0;
  let scheduledHours = 0;
  let sl = 0;
  let ab = 0;
  let asaSum = 0;
  let answered = 0;
  let queued = 0;
  const byStart = new Map<number, { start: string; scheduled: number; required: number }>();
  for (const r of rows) {
    calls += r.calls;
    requiredHours += (r.required * r.length) / 3600;
    scheduledHours += (r.scheduled * r.length) / 3600;
    const at = byStart.get(r.startSeconds);
    if (at === undefined) byStart.set(r.startSeconds, { start: r.start, scheduled: r.scheduled, required: r.required });
    else {
      at.scheduled += r.scheduled;
      at.required += r.required;
    }
    if (r.channel === 'email') continue;
    queued += r.calls;
    sl += r.serviceLevel * r.calls;
    ab += r.probAbandon * r.calls;
    const ans = r.calls * (1 - r.probAbandon);
    if (Number.isFinite(r.asa) && ans > 0) {
      asaSum += r.asa * ans;
      answered += ans;
    }
  }
  let peak = { start: rows[0]?.start ?? '', scheduled: -1, required: 0 };
  for (const p of byStart.values()) if (p.scheduled > peak.scheduled) peak = p;
  return {
    intervals: rows.length,
    calls,
    requiredHours,
    scheduledHours,
    fte: (scheduledHours * 3600) / shift,
    peak,
    serviceLevel: queued > 0 ? sl / queued : 1,
    probAbandon: queued > 0 ? ab / queued : 0,
    asa: answered > 0 ? asaSum / answered : 0,
  };
}
