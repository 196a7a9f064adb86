import { addAt } from '../math/addAt.js';
import { nonNegative, nonNegativeOrInfinite, positive } from '../math/checks.js';
import { QueueInputError } from '../math/QueueInputError.js';
import type { HistoryRow } from './HistoryRow.js';
import { median } from './median.js';

const DAY = 86_400;

/** History laid out day by day on the interval grid; NaN where no row was given. @internal */
export interface HistoryGrid {
  /** Midnight of the first day, seconds. */
  firstDay: number;
  slotSeconds: number;
  slotsPerDay: number;
  days: number;
  /** calls[day × slotsPerDay + slot] for fitting; NaN = no row (closed, unknown, excluded) or a day kept out of fitting. */
  calls: Float64Array;
  /** The rows as given (only `exclude` left out): what the forecasts are scored against. */
  raw: Float64Array;
  /** Kind of each day from the first day through the forecast: its weekday (0 = Sunday), or 7 + a calendar label's index. */
  dayKind: Int16Array;
  /** Calls each history day's weekday and week led one to expect (see anomalousDays); NaN = not known. */
  typical: Float64Array;
  /** Σ calls × handle time and Σ calls with a handle time, per slot of the day. */
  handleSum: Float64Array;
  handleWeight: Float64Array;
  patienceSum: Float64Array;
  patienceWeight: Float64Array;
}

/** Weekday (0 = Sunday) of grid day `day`. @internal */
export function weekdayOf(grid: HistoryGrid, day: number): number {
  return (((Math.floor(grid.firstDay / DAY) + day + 4) % 7) + 7) % 7;
}

/** 1 at weekday × slotsPerDay + slot where some day of the history has a row (an open interval of that weekday). @internal */
export function openSlots(grid: HistoryGrid): Uint8Array {
  const S = grid.slotsPerDay;
  const open = new Uint8Array(7 * S);
  for (let d = 0; d < grid.days; d++) {
    const w = weekdayOf(grid, d);
    for (let k = 0; k < S; k++) if (!Number.isNaN(grid.raw[d * S + k])) open[w * S + k] = 1;
  }
  return open;
}

/** Grid day of a time `t` (seconds), checked as `parameter`. @internal */
export function gridDayOf(grid: HistoryGrid, parameter: string, t: unknown): number {
  return Math.floor(nonNegative(parameter, t) / DAY) - grid.firstDay / DAY;
}

/** The checked list `value` (omitted: empty), named `parameter` in errors. @internal */
export function optionList(parameter: string, value: unknown): readonly unknown[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new QueueInputError(parameter, value, 'an array');
  return value;
}

/**
 * A last day that has rows but no call and fewer rows than a day has intervals (a call crossing
 * midnight leaves such a busy-only row at 00:00 of the next day) is not history: the forecast
 * starts on it. A whole day of zero rows stays (a closed day).
 */
function trailingDays(calls: Float64Array, slotsPerDay: number, days: number): number {
  let rowsSeen = 0;
  for (const v of calls.subarray((days - 1) * slotsPerDay, days * slotsPerDay)) {
    if (Number.isNaN(v)) continue;
    if (v > 0) return days;
    rowsSeen++;
  }
  return days > 1 && rowsSeen < slotsPerDay ? days - 1 : days;
}

/** The first and last intervals of grid day `day` with a call (−1: none; outside the history: none). */
function callSpan(values: Float64Array, slotsPerDay: number, day: number): [number, number] {
  let first = -1;
  let last = -1;
  for (let k = 0; k < slotsPerDay; k++) {
    if (!((values[day * slotsPerDay + k] ?? 0) > 0)) continue;
    if (first < 0) first = k;
    last = k;
  }
  return [first, last];
}

/**
 * Checks history rows and lays them on a day-by-day grid; days whose midnight is in `exclude`
 * (holidays, outages: seconds of any time in that day) are left out. `extraDays` more day kinds
 * are laid out for the forecast.
 * @internal
 */
export function historyGrid(rows: unknown, exclude: unknown = [], extraDays = 0): HistoryGrid {
  if (!Array.isArray(rows) || rows.length === 0) throw new QueueInputError('history', rows, 'a non-empty array of interval rows');
  const excluded = optionList('options.exclude', exclude);
  const first = rows[0] as HistoryRow;
  const slotSeconds = positive('history[0].length', first?.length);
  const slotsPerDay = DAY / slotSeconds;
  if (!Number.isInteger(slotsPerDay))
    throw new QueueInputError('history[0].length', slotSeconds, 'an interval length that divides a day (e.g. 900 or 1800)');
  let lo = Infinity;
  let hi = -Infinity;
  rows.forEach((r: HistoryRow, i) => {
    const start = nonNegative(`history[${i}].start`, r?.start);
    if (r.length !== slotSeconds) throw new QueueInputError(`history[${i}].length`, r.length, `${slotSeconds} (every row the same length)`);
    if (Math.abs(start / slotSeconds - Math.round(start / slotSeconds)) > 1e-9)
      throw new QueueInputError(`history[${i}].start`, start, `a multiple of the interval length (${slotSeconds} s)`);
    lo = Math.min(lo, start);
    hi = Math.max(hi, start);
  });
  const firstDay = Math.floor(lo / DAY) * DAY;
  const allDays = Math.floor(hi / DAY) - firstDay / DAY + 1;
  if (allDays > 3660) throw new QueueInputError('history', `${allDays} days`, 'at most ten years of history');
  const all = new Float64Array(allDays * slotsPerDay).fill(NaN);
  const handleSum = new Float64Array(slotsPerDay);
  const handleWeight = new Float64Array(slotsPerDay);
  const patienceSum = new Float64Array(slotsPerDay);
  const patienceWeight = new Float64Array(slotsPerDay);
  const skip = new Set(excluded.map((t, i) => Math.floor(nonNegative(`options.exclude[${i}]`, t) / DAY) - firstDay / DAY));
  rows.forEach((r: HistoryRow, i) => {
    const n = nonNegative(`history[${i}].${r.calls === undefined ? 'offered' : 'calls'}`, r.calls ?? r.offered);
    const handleTime = r.handleTime === undefined ? 0 : nonNegative(`history[${i}].handleTime`, r.handleTime);
    // Infinity: nobody abandoned; 0: those who did had not waited (the censored estimator's answers,
    // as callHistory gives them), which say nothing of the mean.
    const patience = r.patience === undefined ? Infinity : nonNegativeOrInfinite(`history[${i}].patience`, r.patience);
    const k = Math.round((r.start - firstDay) / slotSeconds);
    if (skip.has(Math.floor(k / slotsPerDay))) return;
    if (!Number.isNaN(all[k])) throw new QueueInputError(`history[${i}].start`, r.start, 'one row per interval (this start repeats)');
    all[k] = n;
    const slot = k % slotsPerDay;
    if (handleTime > 0 && n > 0) {
      addAt(handleSum, slot, n * handleTime);
      addAt(handleWeight, slot, n);
    }
    if (patience > 0 && patience < Infinity && n > 0) {
      addAt(patienceSum, slot, n * patience);
      addAt(patienceWeight, slot, n);
    }
  });
  // an excluded last day is history left out, not a day to forecast (the forecast started on it)
  const complete = skip.has(allDays - 1) ? allDays : trailingDays(all, slotsPerDay, allDays);
  // the last day against the same weekday's first and last calls in up to four weeks before
  const [, last] = callSpan(all, slotsPerDay, complete - 1);
  const before = [1, 2, 3, 4].map((j) => callSpan(all, slotsPerDay, complete - 1 - 7 * j)).filter(([, end]) => end >= 0);
  const known = last >= 0 && before.length > 0;
  // calls only before the weekday's usual first one (just after midnight): not history, the forecast starts on it
  const days = known && last < median(before.map(([first]) => first)) ? complete - 1 : complete;
  // calls stopping over an hour before its usual last one (exported mid-day): kept out of fitting, hours not closed
  if (known && days === complete && last + Math.ceil(slotsPerDay / 24) < median(before.map(([, end]) => end)))
    all.fill(NaN, (days - 1) * slotsPerDay, days * slotsPerDay);
  const raw = all.subarray(0, days * slotsPerDay);
  const dayKind = new Int16Array(days + extraDays);
  const grid = {
    firstDay,
    slotSeconds,
    slotsPerDay,
    days,
    calls: raw.slice(),
    raw,
    dayKind,
    typical: new Float64Array(days).fill(NaN),
    handleSum,
    handleWeight,
    patienceSum,
    patienceWeight,
  };
  for (let d = 0; d < dayKind.length; d++) dayKind[d] = weekdayOf(grid, d);
  return grid;
}

/** The slots of grid day `day` in `values` (calls by default), a view. @internal */
export function daySlots(grid: HistoryGrid, day: number, values: Float64Array = grid.calls): Float64Array {
  return values.subarray(day * grid.slotsPerDay, (day + 1) * grid.slotsPerDay);
}

/** Σ calls of a grid day (NaN slots count 0), and whether the day has any row. @internal */
export function dayTotal(grid: HistoryGrid, day: number, values: Float64Array = grid.calls): number {
  let s = 0;
  let seen = false;
  const base = day * grid.slotsPerDay;
  for (let k = 0; k < grid.slotsPerDay; k++) {
    const v = values[base + k] ?? Number.NaN; // NaN: no row
    if (!Number.isNaN(v)) {
      s += v;
      seen = true;
    }
  }
  return seen ? s : NaN;
}
