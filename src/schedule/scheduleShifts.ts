import { nonNegative, openUnit, plainObject, positive, positiveOrInfinite, unitInterval } from '../math/checks.js';
import { QueueInputError } from '../math/QueueInputError.js';
import { type IntervalQueue, IntervalServiceLevels } from './IntervalServiceLevels.js';
import { improveDifference } from './improveDifference.js';
import { roundCover } from './roundCover.js';
import type { Schedule, ScheduledShift, ScheduleInterval } from './Schedule.js';
import type { DemandInterval } from './ScheduleDemand.js';
import type { ShiftRoster } from './ShiftRoster.js';
import type { ShiftTemplate } from './ShiftTemplate.js';
import { type Candidate, type ShiftGrid, shiftGrid } from './shiftGrid.js';
import { raiseBound, solveScheduleLp } from './solveScheduleLp.js';
import { trimForServiceLevel } from './trimForServiceLevel.js';

/** Options for {@link scheduleShifts}. */
export interface ScheduleOptions {
  /**
   * `'cover'`: every interval at least to its requirement at least cost (pyworkforce's
   * MinRequiredResources). `'difference'`: least Σ |scheduled − required| (its MinAbsDifference).
   * `'service-level'`: least cost meeting `target` over all calls of each day (or of the plan,
   * see `targetPer`), each interval judged by its own queue (Erlang C or A), so thin intervals
   * may dip below the requirement.
   * @defaultValue `'cover'`
   */
  objective?: 'cover' | 'difference' | 'service-level';
  /**
   * Service-level objective: the share of all calls to answer within `answerTime` seconds.
   * @defaultValue none (required for `'service-level'`)
   */
  target?: {
    /** Share of all calls to answer within `answerTime` (0 < serviceLevel < 1). */
    serviceLevel: number;
    /** The answer time, seconds. */
    answerTime: number;
  };
  /**
   * Service-level objective: share of people on the floor who are not taking calls (agents on
   * the phones = ⌊people × (1 − shrinkage)⌋).
   * @defaultValue 0
   */
  shrinkage?: number;
  /**
   * Service-level objective: meet the target over each calendar day's calls (`'day'`) or over
   * the whole plan's (`'plan'`, e.g. the week as a whole).
   * @defaultValue `'day'`
   */
  targetPer?: 'day' | 'plan';
  /**
   * Most people on the floor in any interval (seats).
   * @defaultValue Infinity
   */
  maxOnFloor?: number;
}

function queuesOf(demand: readonly DemandInterval[]): IntervalQueue[] {
  return demand.map((d, i) => {
    const calls = nonNegative(`demand[${i}].calls`, d.calls);
    const handleTime = calls === 0 && d.handleTime === undefined ? 1 : positive(`demand[${i}].handleTime`, d.handleTime);
    const patience = d.patience === undefined ? Infinity : positiveOrInfinite(`demand[${i}].patience`, d.patience);
    return { calls, arrivalRate: calls / d.length, handleTime, patience };
  });
}

function describe(
  grid: ShiftGrid,
  roster: ShiftRoster,
  names: readonly string[],
  levels?: IntervalServiceLevels,
): { shifts: ScheduledShift[]; intervals: ScheduleInterval[] } {
  const shifts: ScheduledShift[] = [];
  roster.columns.forEach((column, j) => {
    const people = roster.peopleOn(j);
    if (people === 0) return;
    const c = grid.candidates[column.candidate] as Candidate;
    const at = (steps: number): number => grid.start + steps * grid.length;
    shifts.push({
      template: names[c.template] as string,
      day: c.day,
      start: at(c.first),
      end: at(c.first + c.steps),
      breaks: c.breaks.map((b, k) => ({
        start: at(c.first + (column.offsets[k] as number)),
        length: b.length * grid.length,
        paid: b.paid,
      })),
      people,
      paidHours: c.paidHours,
      cost: c.cost,
    });
  });
  shifts.sort((a, b) => a.start - b.start || a.template.localeCompare(b.template) || (a.breaks[0]?.start ?? 0) - (b.breaks[0]?.start ?? 0));
  const intervals = Array.from(grid.required, (required, t): ScheduleInterval => {
    const scheduled = roster.coverageAt(t);
    const row: ScheduleInterval = {
      start: grid.start + t * grid.length,
      length: grid.length,
      required,
      scheduled,
      under: Math.max(0, required - scheduled),
      over: Math.max(0, scheduled - required),
      ...(levels !== undefined && { serviceLevel: levels.at(t, scheduled) }),
    };
    return row;
  });
  return { shifts, intervals };
}

/**
 * Turns a requirement per interval (people on the floor, e.g. a staffing plan's
 * `scheduledAgents`) into shifts: how many people start each template when, where their breaks
 * go, the coverage against the requirement, paid hours and a lower bound.
 *
 * Method: Dantzig's (1954) set-covering formulation of shift scheduling with breaks placed
 * within their windows (Aykin 1996), its LP relaxation solved exactly by column generation with a
 * bounded revised simplex (the bound the result reports), then rounding, a greedy repair
 * (Chvátal 1979) and local search that drops every shift the objective does not need.
 *
 * @param demand - consecutive intervals of equal length: `{ start (s), length (s), required }`,
 *   plus `calls`, `handleTime` (s) and `patience` (s) for the service-level objective
 * @param templates - shift templates; times and lengths in seconds, multiples of the interval length
 * @param options - objective, service-level target (and `targetPer` day or plan), shrinkage, seats
 * @returns shifts, coverage per interval and totals (paid hours, cost, under/over, lower bound)
 * @throws {QueueInputError} on a malformed demand or template (naming the field), or a missing
 *   target or queue fields for the service-level objective
 * @example
 * const day = Array.from({ length: 16 }, (_, i) => ({ start: 8 * 3600 + i * 1800, length: 1800, required: i < 8 ? 3 : 5 }));
 * scheduleShifts(day, [{ name: 'early', length: 4 * 3600, earliestStart: 8 * 3600, latestStart: 12 * 3600 }]).totals.people; // => 8
 */
export function scheduleShifts(
  demand: readonly DemandInterval[],
  templates: readonly ShiftTemplate[],
  options: ScheduleOptions = {},
): Schedule {
  const o = plainObject('options', options) as ScheduleOptions;
  const objective = o.objective ?? 'cover';
  if (objective !== 'cover' && objective !== 'difference' && objective !== 'service-level') {
    throw new QueueInputError('options.objective', objective, "'cover', 'difference' or 'service-level'");
  }
  const grid = shiftGrid(demand, templates);
  const maxOnFloor = o.maxOnFloor === undefined ? Infinity : positiveOrInfinite('options.maxOnFloor', o.maxOnFloor);
  let levels: IntervalServiceLevels | undefined;
  let totalCalls = 0;
  let target = 0;
  let period = new Int32Array(0);
  if (objective === 'service-level') {
    const t = plainObject('options.target', o.target);
    target = openUnit('options.target.serviceLevel', t.serviceLevel);
    const answerTime = nonNegative('options.target.answerTime', t.answerTime);
    const shrinkage = o.shrinkage === undefined ? 0 : unitInterval('options.shrinkage', o.shrinkage);
    const queues = queuesOf(demand);
    totalCalls = queues.reduce((s, q) => s + q.calls, 0);
    levels = new IntervalServiceLevels(queues, answerTime, 1 - shrinkage);
    const per = o.targetPer ?? 'day';
    if (per !== 'day' && per !== 'plan') throw new QueueInputError('options.targetPer', o.targetPer, "'day' or 'plan'");
    const firstDay = Math.floor(grid.start / 86_400);
    period = Int32Array.from(grid.required, (_, t) =>
      per === 'plan' ? 0 : Math.floor((grid.start + t * grid.length) / 86_400) - firstDay,
    );
  }
  const maxCost = grid.candidates.reduce((m, c) => Math.max(m, c.cost), 0);
  // Intervals no shift can reach stay short whatever is scheduled: leave them out of the optimisation.
  const reachable = new Uint8Array(grid.required.length);
  for (const c of grid.candidates) reachable.fill(1, Math.max(0, c.first), Math.max(0, Math.min(reachable.length, c.first + c.steps)));
  const work: ShiftGrid = { ...grid, required: grid.required.map((r, t) => (reachable[t] === 1 ? r : 0)) };
  const penalty = 10 * maxCost + 1;
  const lp = objective === 'difference' ? solveScheduleLp(work, 1, 1, 0) : solveScheduleLp(work, penalty, 0, 1);
  const roster = objective === 'difference' ? improveDifference(work, lp, maxOnFloor) : roundCover(work, lp, maxOnFloor);
  // The LP prices people short at `penalty` each; where limits leave the cover short, take that out.
  let workUnder = 0;
  for (let t = 0; t < work.required.length; t++) workUnder += Math.max(0, roster.gap(t)); // roster.grid is work
  let lpBound = lp.lowerBound;
  if (!lp.converged && objective !== 'difference' && workUnder === 0) {
    // LP solved in blocks: raise its Lagrangian bound towards this schedule's cost
    lpBound = Math.max(lpBound, raiseBound(work, lp.duals, penalty, 0, 1, roster.totalCost(), 60));
  }
  const lowerBound = objective === 'difference' ? lpBound : lpBound - penalty * workUnder;
  if (levels !== undefined) trimForServiceLevel(roster, levels, period, target);
  const names = templates.map((t) => t.name);
  const { shifts, intervals } = describe(grid, roster, names, levels);
  let under = 0;
  let over = 0;
  let shortIntervals = 0;
  for (const r of intervals) {
    under += r.under;
    over += r.over;
    if (r.under > 1e-9) shortIntervals++;
  }
  const cost = roster.totalCost();
  const totals: Schedule['totals'] = {
    people: shifts.reduce((s, x) => s + x.people, 0),
    paidHours: shifts.reduce((s, x) => s + x.people * x.paidHours, 0),
    cost,
    under,
    over,
    shortIntervals,
    lowerBound: Math.max(0, lowerBound),
    objectiveValue: objective === 'difference' ? under + over : cost,
    ...(levels !== undefined && { serviceLevel: totalCalls === 0 ? 1 : levels.answered(roster.coverage) / totalCalls }),
  };
  return { objective, shifts, intervals, totals, lpOptimal: lp.converged };
}
