import { dayTotal, type HistoryGrid, weekdayOf } from './historyGrid.js';

/** Days before `fitDays` with this weekday and any row, latest first. @internal */
export function sameWeekday(grid: HistoryGrid, fitDays: number, weekday: number): number[] {
  const out: number[] = [];
  for (let d = fitDays - 1; d >= 0; d--) if (weekdayOf(grid, d) === weekday && !Number.isNaN(dayTotal(grid, d))) out.push(d);
  return out;
}
