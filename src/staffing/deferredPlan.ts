import { nonNegative, plainObject, positive } from '../math/checks.js';
import { QueueInputError } from '../math/QueueInputError.js';
import { scheduledAgentsKernel, type Shrinkage, totalShrinkage } from './scheduledAgents.js';
import { firstIndex, sortBreakpoints } from './breakpoints.js';
import { checkIntervalList } from './checkIntervalList.js';
import { wholeAgents } from './wholeAgents.js';

/** One interval of deferred work (email, web forms, back-office items). */
export interface DeferredInterval {
  /** Start time in seconds; intervals must be sorted and not overlap (gaps are closed hours). */
  start: number;
  /** Length in seconds (> 0). */
  length: number;
  /** Items arriving in the interval, spread evenly over it (≥ 0, may be fractional). */
  items: number;
}

/** The work and its promise, for {@link deferredPlan}. */
export interface DeferredWork {
  /** Mean agent time per item, seconds (> 0). */
  handleTime: number;
  /** Promise: every item answered within this many seconds of arriving (> 0), e.g. 4 h = 14400. */
  responseTime: number;
}

/** Options for {@link deferredPlan}. */
export interface DeferredPlanOptions {
  /**
   * Items already waiting when the first interval starts (they count as arriving then).
   * @defaultValue 0
   */
  initialBacklog?: number;
  /**
   * Also answer every item by the end of the plan (deadlines cut at the plan's end), leaving no
   * backlog for the next day.
   * @defaultValue false (deadlines past the plan's end are left to the next plan)
   */
  clearBacklog?: boolean;
  /**
   * Shrinkage to schedule for: one fraction or named components.
   * @defaultValue 0
   */
  shrinkage?: Shrinkage;
  /**
   * How shrinkage components combine (see `totalShrinkage`).
   * @defaultValue `'add'`
   */
  shrinkageCombine?: 'add' | 'multiply';
}

/** One row of a {@link DeferredPlan}. */
export interface DeferredIntervalPlan {
  /** Position in the input. */
  readonly index: number;
  /** Start time in seconds, as in the input interval. */
  readonly start: number;
  /** Length in seconds, as in the input interval. */
  readonly length: number;
  /** Items arriving in the interval, as in the input (the initial backlog is not included). */
  readonly items: number;
  /** Fewest agents working items in the interval so that every deadline within reach is kept. */
  readonly agents: number;
  /** The continuous agents the deadlines need (before rounding up). */
  readonly fractionalAgents: number;
  /** Agents to schedule after shrinkage. */
  readonly scheduledAgents: number;
  /** Items arrived but not yet answered at the interval's end. */
  readonly backlog: number;
  /**
   * Share of the agents' time spent answering items, backlog included: items answered in the
   * interval × handleTime ÷ (agents × length), in [0, 1]; 0 with no agents.
   */
  readonly occupancy: number;
  /**
   * Longest time from arrival to answer of the items arriving in this interval, seconds
   * (`Infinity` when some are still open at the end of the plan; 0 with no items).
   */
  readonly latestResponse: number;
}

/** The answer of {@link deferredPlan}. */
export interface DeferredPlan {
  /** One row per input interval, in input order. */
  readonly intervals: readonly DeferredIntervalPlan[];
  /** Totals over the whole plan. */
  readonly totals: {
    /** Items to answer: the initial backlog plus Σ items arriving. */
    items: number;
    /** Σ agents × length, hours. */
    agentHours: number;
    /** Σ scheduled agents × length, hours (after shrinkage). */
    scheduledAgentHours: number;
    /** Items open at the end of the plan (their deadlines lie beyond it). */
    backlog: number;
    /** Longest arrival-to-answer time over the items answered within the plan, seconds. */
    latestResponse: number;
  };
}

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
  const checked = checkDeferred(intervals);
  const workFields = plainObject('work', work);
  const handleTime = positive('work.handleTime', workFields.handleTime);
  const responseTime = positive('work.responseTime', workFields.responseTime);
  const opts = plainObject('options', options);
  const backlog0 = opts.initialBacklog === undefined ? 0 : nonNegative('options.initialBacklog', opts.initialBacklog);
  const shrink = totalShrinkage((opts.shrinkage ?? 0) as Shrinkage, { shrinkageCombine: (opts.shrinkageCombine ?? 'add') as 'add' });
  if (opts.clearBacklog !== undefined && typeof opts.clearBacklog !== 'boolean') {
    throw new QueueInputError('options.clearBacklog', opts.clearBacklog, 'true or false');
  }
  const clear = opts.clearBacklog === true;
  const first = checked[0] as DeferredInterval;
  const t0 = first.start;
  // cumulative arrivals: piecewise linear, breakpoints at interval starts and ends
  const arrivalTimes: number[] = [];
  const arrivalTotals: number[] = [];
  let cumulative = backlog0;
  for (const interval of checked) {
    arrivalTimes.push(interval.start);
    arrivalTotals.push(cumulative);
    cumulative += interval.items;
    arrivalTimes.push(interval.start + interval.length);
    arrivalTotals.push(cumulative);
  }
  const arrived = (t: number): number => {
    if (t < t0) return 0;
    let lo = 0;
    let hi = arrivalTimes.length - 1;
    if (t >= (arrivalTimes[hi] as number)) return arrivalTotals[hi] as number;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if ((arrivalTimes[mid] as number) <= t) lo = mid;
      else hi = mid;
    }
    const ta = arrivalTimes[lo] as number;
    const tb = arrivalTimes[hi] as number;
    const va = arrivalTotals[lo] as number;
    const vb = arrivalTotals[hi] as number;
    return tb > ta ? va + ((vb - va) * (t - ta)) / (tb - ta) : vb;
  };
  // cumulative answers: breakpoints (time, value), built interval by interval
  const answerTimes: number[] = [t0];
  const answerTotals: number[] = [0];
  // Built here, then each row's latest response is filled in once the answering curve is known.
  const rows: { -readonly [K in keyof DeferredIntervalPlan]: DeferredIntervalPlan[K] }[] = [];
  let done = 0;
  let open = backlog0; // items arrived and not answered at the current interval's start
  let from = 0; // first breakpoint whose deadline may fall in the current interval
  for (let i = 0; i < checked.length; i++) {
    const interval = checked[i] as DeferredInterval;
    const s = interval.start;
    const e = s + interval.length;
    const next = checked[i + 1];
    // deadlines falling in (s, e], and in the closed hours up to the next start
    let rate = 0; // items per second needed
    const consider = (t: number, span: number): void => {
      const need = arrived(t - responseTime) - done;
      if (need > 0) rate = Math.max(rate, need / span);
    };
    consider(e, e - s);
    if (clear && next === undefined) rate = Math.max(rate, (arrived(e) - done) / (e - s));
    if (next !== undefined && next.start > e) consider(next.start, e - s);
    // breakpoints b with b + R in (s, e): the intervals are sorted and disjoint, so one pointer
    // walks the breakpoints once over the whole plan (linear, not quadratic, in the number of intervals)
    while (from < arrivalTimes.length && (arrivalTimes[from] as number) + responseTime <= s) from++;
    for (let k = from; k < arrivalTimes.length && (arrivalTimes[k] as number) + responseTime < e; k++)
      consider((arrivalTimes[k] as number) + responseTime, (arrivalTimes[k] as number) + responseTime - s);
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
    const c = agents / handleTime;
    // D(t) = min(D(s) + c(t − s), A(t)) within the interval (A is linear there)
    const aS = arrived(s);
    const aE = arrived(e);
    const slope = interval.items / interval.length;
    if (done < aS && c > slope) {
      const tCross = s + (aS - done) / (c - slope);
      if (tCross < e) {
        answerTimes.push(tCross);
        answerTotals.push(aS + slope * (tCross - s));
      }
    }
    if (answerTimes[answerTimes.length - 1] !== s) {
      answerTimes.push(s);
      answerTotals.push(done);
    }
    done = Math.min(done + c * interval.length, aE);
    // deadlines up to the end (and through closed hours after it) are met, up to that rounding
    const due = Math.max(
      arrived(e - responseTime),
      next !== undefined ? arrived(next.start - responseTime) : 0,
      clear && next === undefined ? aE : 0,
    );
    done = Math.min(aE, Math.max(done, due));
    answerTimes.push(e);
    answerTotals.push(done);
    const backlog = Math.max(0, aE - done);
    const answered = open + interval.items - backlog;
    open = backlog;
    rows.push({
      index: i,
      start: s,
      length: interval.length,
      items: interval.items,
      agents,
      fractionalAgents,
      scheduledAgents: scheduledAgentsKernel(agents, shrink),
      backlog,
      occupancy: agents > 0 ? Math.min(1, Math.max(0, answered / (c * interval.length))) : 0, // c = agents/handleTime: no ∞/∞
      latestResponse: 0,
    });
  }
  sortBreakpoints(answerTimes, answerTotals);
  // first time D reaches level v (left) or exceeds it (right); Infinity if never within the plan.
  // D is cumulative, so answerTotals is non-decreasing: binary search
  const reach = (v: number, strict: boolean): number => {
    const tolerance = 1e-12 * Math.max(1, Math.abs(v));
    const k = firstIndex(answerTotals, (vk) => (strict ? vk > v + tolerance : vk >= v - tolerance));
    if (k === answerTotals.length) return Infinity;
    if (k === 0) return answerTimes[0] as number;
    const vk = answerTotals[k] as number;
    const va = answerTotals[k - 1] as number;
    const ta = answerTimes[k - 1] as number;
    const tb = answerTimes[k] as number;
    return vk > va ? ta + (tb - ta) * Math.min(1, Math.max(0, (v - va) / (vk - va))) : tb;
  };
  let latest = 0;
  for (const row of rows) {
    const s = row.start;
    const e = s + row.length;
    const aS = arrived(s) - (row.index === 0 ? backlog0 : 0); // the initial backlog counts as arriving at s
    const aE = arrived(e);
    if (!(aE > aS)) continue; // no items arrive in this interval
    // response of the items arriving just after u (answered when D first exceeds A(u)): linear
    // between breakpoints, so the supremum sits at u = start or where A meets a level at which
    // D bends; the last item (u = end) is answered when D reaches A(end).
    const breakTimes = [s];
    for (let k = firstIndex(answerTotals, (v) => v > aS); k < answerTotals.length && (answerTotals[k] as number) < aE; k++) {
      breakTimes.push(s + (((answerTotals[k] as number) - aS) / (aE - aS)) * row.length);
    }
    let worst = reach(aE, false) - e;
    for (const u of breakTimes) {
      const level = u === s ? aS : Math.min(aE, Math.max(aS, arrived(u)));
      worst = Math.max(worst, reach(level, true) - u);
    }
    row.latestResponse = worst;
    if (Number.isFinite(worst)) latest = Math.max(latest, worst);
  }
  let agentHours = 0;
  let scheduledAgentHours = 0;
  let items = backlog0;
  for (const r of rows) {
    agentHours += r.agents * (r.length / 3600);
    scheduledAgentHours += r.scheduledAgents * (r.length / 3600);
    items += r.items;
  }
  const lastRow = rows[rows.length - 1] as DeferredIntervalPlan;
  return { intervals: rows, totals: { items, agentHours, scheduledAgentHours, backlog: lastRow.backlog, latestResponse: latest } };
}

function checkDeferred(intervals: unknown): DeferredInterval[] {
  // fields listed (not spread): one hidden class for every interval, as the hot loops expect
  return checkIntervalList(intervals, (v, name, span) => ({
    start: span.start,
    length: span.length,
    items: nonNegative(`${name}.items`, v.items),
  }));
}
