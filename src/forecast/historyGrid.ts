import { addAt } from '../math/addAt.js';
import { nonNegative, positive } from '../math/checks.js';
import { QueueInputError } from '../math/QueueInputError.js';
import type { HistoryRow } from './HistoryRow.js';

const DAY = 86_400;

/** History laid out day by day on the interval grid; NaN where no row was given. @internal */
export interface HistoryGrid {
  /** Midnight of the first day, seconds. */
  firstDay: number;
  slotSeconds: number;
  slotsPerDay: number;
  days: number;
  /** calls[day × slotsPerDay + slot]; NaN = no row (closed, unknown or excluded). */
  calls: Float64Array;
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

/**
 * Checks history rows and lays them on a day-by-day grid; days whose midnight is in `exclude`
 * (holidays, outages: seconds of any time in that day) are left out of fitting.
 * @internal
 */
export function historyGrid(rows: unknown, exclude: readonly number[] = []): HistoryGrid {
  if (!Array.isArray(rows) || rows.length === 0) throw new QueueInputError('history', rows, 'a non-empty array of interval rows');
  const first = rows[0] as HistoryRow;
  const slotSeconds = positive('history[0].seconds', first?.seconds);
  const slotsPerDay = DAY / slotSeconds;
  if (!Number.isInteger(slotsPerDay))
    throw new QueueInputError('history[0].seconds', slotSeconds, 'an interval length that divides a day (e.g. 900 or 1800)');
  let lo = Infinity;
  let hi = -Infinity;
  rows.forEach((r: HistoryRow, i) => {
    const start = nonNegative(`history[${i}].start`, r?.start);
    if (r.seconds !== slotSeconds)
      throw new QueueInputError(`history[${i}].seconds`, r.seconds, `${slotSeconds} (every row the same length)`);
    if (Math.abs(start / slotSeconds - Math.round(start / slotSeconds)) > 1e-9)
      throw new QueueInputError(`history[${i}].start`, start, `a multiple of the interval length (${slotSeconds} s)`);
    lo = Math.min(lo, start);
    hi = Math.max(hi, start);
  });
  const firstDay = Math.floor(lo / DAY) * DAY;
  const days = Math.floor(hi / DAY) - firstDay / DAY + 1;
  if (days > 3660) throw new QueueInputError('history', `${days} days`, 'at most ten years of history');
  const calls = new Float64Array(days * slotsPerDay).fill(NaN);
  const handleSum = new Float64Array(slotsPerDay);
  const handleWeight = new Float64Array(slotsPerDay);
  const patienceSum = new Float64Array(slotsPerDay);
  const patienceWeight = new Float64Array(slotsPerDay);
  const skip = new Set(exclude.map((t, i) => Math.floor(nonNegative(`options.exclude[${i}]`, t) / DAY) - firstDay / DAY));
  rows.forEach((r: HistoryRow, i) => {
    const n = nonNegative(`history[${i}].${r.calls === undefined ? 'offered' : 'calls'}`, r.calls ?? r.offered);
    const k = Math.round((r.start - firstDay) / slotSeconds);
    const day = Math.floor(k / slotsPerDay);
    if (skip.has(day)) return;
    if (!Number.isNaN(calls[k] as number))
      throw new QueueInputError(`history[${i}].start`, r.start, 'one row per interval (this start repeats)');
    calls[k] = n;
    const slot = k % slotsPerDay;
    const handleTime = r.handleTime === undefined ? 0 : nonNegative(`history[${i}].handleTime`, r.handleTime);
    if (handleTime > 0 && n > 0) {
      addAt(handleSum, slot, n * handleTime);
      addAt(handleWeight, slot, n);
    }
    if (r.patience !== undefined && Number.isFinite(r.patience) && n > 0) {
      addAt(patienceSum, slot, n * positive(`history[${i}].patience`, r.patience));
      addAt(patienceWeight, slot, n);
    }
  });
  return { firstDay, slotSeconds, slotsPerDay, days, calls, handleSum, handleWeight, patienceSum, patienceWeight };
}

/** Σ calls of a grid day (NaN slots count 0), and whether the day has any row. @internal */
export function dayTotal(grid: HistoryGrid, day: number): number {
  let s = 0;
  let seen = false;
  const base = day * grid.slotsPerDay;
  for (let k = 0; k < grid.slotsPerDay; k++) {
    const v = grid.calls[base + k] as number;
    if (!Number.isNaN(v)) {
      s += v;
      seen = true;
    }
  }
  return seen ? s : NaN;
}
