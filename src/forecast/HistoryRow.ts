/**
 * One interval of a centre's past: either a call-log interval history row (`offered`, as the
 * history of a call log gives it) or a plain series row (`calls`). Times in seconds; the hour of
 * day and the weekday are read from `start` as UTC (write local times as if they were UTC).
 */
export interface HistoryRow {
  /** Start, seconds (since 1970 for dated history; the weekday is `new Date(start * 1000).getUTCDay()`). */
  start: number;
  /** Length, seconds (the same for every row, dividing a day). */
  length: number;
  /** Calls that arrived (a series row). Give this or `offered`. */
  calls?: number;
  /** Calls offered (an interval-history row). Give this or `calls`. */
  offered?: number;
  /** Mean handle time of the interval's calls, seconds, when known. */
  handleTime?: number;
  /**
   * Mean patience, seconds, when known; `Infinity` (nobody hung up) and `0` (those who hung up had
   * not waited), as `callHistory` gives them, say nothing of the mean and are left out.
   */
  patience?: number;
}
