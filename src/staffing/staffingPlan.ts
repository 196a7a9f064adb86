import { nonNegative, plainObject, positive, positiveOrInfinite } from '../math/checks.js';
import { QueueInputError } from '../math/QueueInputError.js';
import type { QueueMetrics } from '../models/QueueMetrics.js';
import { checkIntervalList } from './checkIntervalList.js';
import { offeredLoad } from './offeredLoad.js';
import { requiredAgentsKernel } from './requiredAgentsKernel.js';
import { type CheckedTarget, checkTarget, type StaffingConstraint, type StaffingTarget } from './StaffingTarget.js';
import { type Shrinkage, scheduledAgentsKernel, totalShrinkage } from './scheduledAgents.js';

/** One forecast interval of a day. */
export interface Interval {
  /** Start time in seconds (e.g. since midnight); intervals must be sorted and not overlap. */
  start: number;
  /** Length in seconds (> 0), e.g. 900 for 15 minutes. */
  length: number;
  /** Calls forecast to arrive in the interval (≥ 0, may be fractional). */
  calls: number;
  /** Mean handle time in seconds (> 0). */
  handleTime: number;
  /**
   * Mean patience of waiting callers in seconds (Erlang A when finite).
   * @defaultValue `Infinity` (Erlang C)
   */
  patience?: number;
}

/** Options for {@link staffingPlan}. */
export interface StaffingPlanOptions {
  /**
   * `'sipp'`: each interval as its own stationary queue (the industry default; fails when handle
   * times are long against the interval or demand swings fast: Green, Kolesar & Soares 2001).
   * `'offeredLoad'`: staff each interval for the time-varying offered load m(t) of the
   * infinite-server queue (Jennings, Mandelbaum, Massey & Whitt 1996), which lags and smooths
   * demand the way a real queue does.
   * @defaultValue `'sipp'`
   */
  method?: 'sipp' | 'offeredLoad';
  /**
   * Offered-load method: which value of m(t) over an interval to staff for. `'max'` meets the
   * target at every instant of the interval (pointwise-stationary); `'mean'` on average.
   * @defaultValue `'max'`
   */
  offeredLoadPoint?: 'max' | 'mean';
  /**
   * Offered-load method: busy agents (Erlangs) at the first interval's start, or `'periodic'` for
   * a day that repeats (the last interval runs into the first).
   * @defaultValue 0 (the centre opens empty)
   */
  initialLoad?: number | 'periodic';
  /**
   * Shrinkage to schedule for: one fraction or named components.
   * @defaultValue 0
   */
  shrinkage?: Shrinkage;
  /**
   * Availability: the fraction of agents on shift (after shrinkage) who are answering calls; the
   * rest are at work but not taking calls (after-call work, other tasks). Distinct from shrinkage,
   * which is paid time off the phones (breaks, training, absence). Fit it to a centre's own log
   * with `calibrateAvailability`. Agents on shift = ⌈agents / availability⌉ (`staffedAgents`);
   * scheduled = ⌈agents / (availability × (1 − shrinkage))⌉. From 0.001 (the lowest
   * `calibrateAvailability` fits) to 1.
   * @defaultValue 1
   */
  availability?: number;
  /**
   * How shrinkage components combine (see `totalShrinkage`).
   * @defaultValue `'add'`
   */
  shrinkageCombine?: 'add' | 'multiply';
  /**
   * Paid hours of one full-time equivalent, for the FTE total.
   * @defaultValue 8
   */
  hoursPerFte?: number;
  /**
   * Absolute accuracy of each interval's `fractionalAgents`, in agents (> 0; `Infinity` skips the
   * refinement), as in `requiredAgents`.
   * @defaultValue 1e-9
   */
  fractionalTolerance?: number;
}

/** One row of a {@link StaffingPlan}. */
export interface IntervalPlan {
  /** Position in the input. */
  readonly index: number;
  /** Start time in seconds, as in the input interval. */
  readonly start: number;
  /** Length in seconds, as in the input interval. */
  readonly length: number;
  /** Calls forecast to arrive in the interval, as in the input. */
  readonly calls: number;
  /** Calls per second in the interval. */
  readonly arrivalRate: number;
  /** Mean handle time in seconds, as in the input interval. */
  readonly handleTime: number;
  /** Erlangs staffed for: λ × handleTime (SIPP) or the offered load m(t) (offered-load method). */
  readonly load: number;
  /** Fewest agents on the phones meeting the target. */
  readonly agents: number;
  /** The continuous version of `agents` (see `requiredAgents`). */
  readonly fractionalAgents: number;
  /** The constraint that decided `agents` (`'none'` for an interval without calls). */
  readonly binding: StaffingConstraint | 'stability' | 'none';
  /** Agents on shift for `agents` to be answering: ⌈agents / availability⌉ (= agents when availability is 1). */
  readonly staffedAgents: number;
  /** Agents to schedule after availability and shrinkage. */
  readonly scheduledAgents: number;
  /** Metrics of the stationary queue staffed for (arrival rate = load/handleTime). */
  readonly metrics: QueueMetrics;
}

/** Totals of a {@link StaffingPlan}. */
export interface PlanTotals {
  /** Calls forecast over the whole plan (Σ calls). */
  readonly calls: number;
  /** Σ agents × length, hours (on the phones). */
  readonly agentHours: number;
  /** Σ scheduled agents × length, hours (paid, after shrinkage). */
  readonly scheduledAgentHours: number;
  /** scheduledAgentHours / hoursPerFte. */
  readonly fte: number;
  /** Index of the interval with the most scheduled agents (the first such). */
  readonly peakIndex: number;
  /** Agents on the phones in the peak interval (`intervals[peakIndex].agents`). */
  readonly peakAgents: number;
  /** Scheduled agents (after shrinkage) in the peak interval: the most of any interval. */
  readonly peakScheduledAgents: number;
  /** Daily service level weighted by calls (when the target has an answer time). */
  readonly serviceLevel?: number;
  /** Daily abandonment weighted by calls. */
  readonly probAbandon: number;
  /** Daily ASA weighted by answered calls, seconds. */
  readonly asa: number;
}

/** The lowest availability a plan takes (the lowest `calibrateAvailability` fits: below it the staffed agents lose meaning). */
export const MIN_AVAILABILITY = 0.001;

/** The answer of {@link staffingPlan}. */
export interface StaffingPlan {
  /** The method used: `options.method`, or `'sipp'` when none was given. */
  readonly method: 'sipp' | 'offeredLoad';
  /** One row per input interval, in input order. */
  readonly intervals: readonly IntervalPlan[];
  /** Totals over the whole plan. */
  readonly totals: PlanTotals;
}

interface CheckedInterval {
  start: number;
  length: number;
  calls: number;
  handleTime: number;
  patience: number;
}

/** Checks the intervals: each field, then sorted and not overlapping. @internal */
export function checkIntervals(intervals: unknown): CheckedInterval[] {
  // fields listed (not spread): one hidden class for every interval, as the hot loop expects
  return checkIntervalList(intervals, (v, name, span) => ({
    start: span.start,
    length: span.length,
    calls: nonNegative(`${name}.calls`, v.calls),
    handleTime: positive(`${name}.handleTime`, v.handleTime),
    patience: v.patience === undefined ? Infinity : positiveOrInfinite(`${name}.patience`, v.patience),
  }));
}

/**
 * A staffing plan for a day of forecast intervals: per interval the fewest agents meeting the
 * target, the agents to schedule after shrinkage and the metrics; totals (agent-hours, FTE, peak,
 * call-weighted service level).
 *
 * SIPP treats each interval as its own stationary Erlang C/A queue with λ = calls/length. The
 * offered-load method (Jennings, Mandelbaum, Massey & Whitt 1996) replaces λ·handleTime by the
 * offered load m(t) of the infinite-server queue, m' = λ(t) − m/handleTime, solved exactly for
 * piecewise-constant λ; it accounts for calls that carry over from one interval into the next.
 * SIPP understaffs after a rise and overstaffs after a fall when handle times are long against
 * the interval or demand swings within an hour (Green, Kolesar & Soares 2001); both are
 * pointwise-stationary and need the load to change slowly against the time the queue takes to
 * settle (about handleTime/(1 − ρ)).
 *
 * @param intervals - sorted, non-overlapping `{ start (s), length (s), calls, handleTime (s), patience? (s) }`
 * @param target - as for `requiredAgents`
 * @param options - `{ method?, offeredLoadPoint?, initialLoad?, shrinkage?, availability?, shrinkageCombine?, hoursPerFte?, fractionalTolerance? }`
 * @returns `{ method, intervals, totals }`
 * @throws {QueueInputError} naming the interval and field (`intervals[3].calls`), for unsorted or
 *   overlapping intervals, and for a target no team can meet
 * @example
 * staffingPlan([{ start: 0, length: 1800, calls: 100, handleTime: 180 }, { start: 1800, length: 1800, calls: 200, handleTime: 180 }], { serviceLevel: 0.8, answerTime: 20 }).intervals.map((r) => r.agents); // => [14, 24]
 * staffingPlan([{ start: 0, length: 1800, calls: 100, handleTime: 180 }], { serviceLevel: 0.8, answerTime: 20 }, { shrinkage: 0.3 }).totals.scheduledAgentHours; // => 10
 * staffingPlan([{ start: 0, length: 1800, calls: 100, handleTime: 180 }], { serviceLevel: 0.8, answerTime: 20 }, { availability: 0.7 }).intervals[0].staffedAgents; // => 20
 */
export function staffingPlan(intervals: readonly Interval[], target: StaffingTarget, options: StaffingPlanOptions = {}): StaffingPlan {
  const checkedIntervals = checkIntervals(intervals);
  const t = checkTarget(target);
  const o = plainObject('options', options);
  const method = o.method ?? 'sipp';
  if (method !== 'sipp' && method !== 'offeredLoad') throw new QueueInputError('options.method', method, "'sipp' or 'offeredLoad'");
  const point = o.offeredLoadPoint ?? 'max';
  if (point !== 'max' && point !== 'mean') throw new QueueInputError('options.offeredLoadPoint', point, "'max' or 'mean'");
  const initial = o.initialLoad ?? 0;
  if (initial !== 'periodic') nonNegative('options.initialLoad', initial);
  const shrink = totalShrinkage((o.shrinkage ?? 0) as Shrinkage, { shrinkageCombine: (o.shrinkageCombine ?? 'add') as 'add' });
  const availability = o.availability === undefined ? 1 : positive('options.availability', o.availability);
  if (!(availability >= MIN_AVAILABILITY && availability <= 1))
    throw new QueueInputError('options.availability', availability, `a fraction from ${MIN_AVAILABILITY} to 1`);
  const hoursPerFte = o.hoursPerFte === undefined ? 8 : positive('options.hoursPerFte', o.hoursPerFte);
  const tolerance = o.fractionalTolerance === undefined ? 1e-9 : positiveOrInfinite('options.fractionalTolerance', o.fractionalTolerance);
  const loads =
    method === 'offeredLoad'
      ? offeredLoad(
          checkedIntervals.map((interval) => ({
            start: interval.start,
            length: interval.length,
            rate: interval.calls / interval.length,
            handleTime: interval.handleTime,
          })),
          initial as number | 'periodic',
        )
      : undefined;
  const rows: IntervalPlan[] = [];
  for (let i = 0; i < checkedIntervals.length; i++) {
    const interval = checkedIntervals[i] as CheckedInterval;
    const rate = interval.calls / interval.length;
    const m = loads === undefined ? rate * interval.handleTime : (loads[i] as { max: number; mean: number })[point];
    const demand = { arrivalRate: m / interval.handleTime, handleTime: interval.handleTime, patience: interval.patience };
    const r = requiredAgentsKernel(demand, t, 1e9, `intervals[${i}]`, tolerance);
    rows.push({
      index: i,
      start: interval.start,
      length: interval.length,
      calls: interval.calls,
      arrivalRate: rate,
      handleTime: interval.handleTime,
      load: m,
      agents: r.agents,
      fractionalAgents: r.fractionalAgents,
      binding: m === 0 ? 'none' : r.binding,
      staffedAgents: scheduledAgentsKernel(r.agents, 1 - availability),
      scheduledAgents: scheduledAgentsKernel(r.agents / availability, shrink),
      metrics: r.metrics,
    });
  }
  return { method, intervals: rows, totals: planTotals(rows, t, hoursPerFte) };
}

function planTotals(rows: readonly IntervalPlan[], t: CheckedTarget, hoursPerFte: number): PlanTotals {
  let calls = 0;
  let agentHours = 0;
  let scheduledAgentHours = 0;
  let peakIndex = 0;
  let sl = 0;
  let abandonSum = 0;
  let answered = 0;
  let asaSum = 0;
  for (const r of rows) {
    calls += r.calls;
    agentHours += (r.agents * r.length) / 3600;
    scheduledAgentHours += (r.scheduledAgents * r.length) / 3600;
    if (r.scheduledAgents > (rows[peakIndex] as IntervalPlan).scheduledAgents) peakIndex = r.index;
    sl += r.calls * (r.metrics.serviceLevel ?? 0);
    abandonSum += r.calls * r.metrics.probAbandon;
    const answeredCalls = r.calls * (1 - r.metrics.probAbandon);
    answered += answeredCalls;
    if (answeredCalls > 0) asaSum += answeredCalls * r.metrics.asa;
  }
  const peak = rows[peakIndex] as IntervalPlan;
  const totals: PlanTotals = {
    calls,
    agentHours,
    scheduledAgentHours,
    fte: scheduledAgentHours / hoursPerFte,
    peakIndex,
    peakAgents: peak.agents,
    peakScheduledAgents: peak.scheduledAgents,
    probAbandon: calls > 0 ? abandonSum / calls : 0,
    asa: answered > 0 ? asaSum / answered : 0,
    ...(!Number.isNaN(t.answerTime) && { serviceLevel: calls > 0 ? sl / calls : 1 }),
  };
  return totals;
}
