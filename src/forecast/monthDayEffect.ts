import type { HistoryGrid } from './historyGrid.js';

/** Same-weekday neighbours each side (weeks) a day is compared with. */
const WEEKS = 4;

/** Day of the month (1–31) of grid day `day`, the history's clock read as a UTC date; 0 when out of the calendar's range. @internal */
export function monthDayOf(grid: HistoryGrid, day: number): number {
  return new Date((grid.firstDay + day * 86_400) * 1000).getUTCDate() || 0;
}

/**
 * The effect of the day of the month on a day's calls (paydays, month ends), learned from the days before `fitDays` with calls in
 * `logs` (log(calls + 1), NaN: not fitted): each day's log calls less the mean of its weekday's
 * over the four weeks each side within the fit, averaged per day of the month with its two
 * neighbours at half weight (a payday moves by a day or two around a weekend), then shrunk
 * towards 0 by the empirical-Bayes factor τ²/(τ² + σ²/n) (James & Stein 1961; Efron & Morris
 * 1975), τ² the spread of the days of the month beyond what σ², the spread of single days, makes.
 * @returns log effects, index = day of the month (0 unused)
 * @internal
 */
export function monthDayEffect(grid: HistoryGrid, fitDays: number, logs: Float64Array): Float64Array {
  const sum = new Float64Array(32);
  const count = new Float64Array(32);
  let squares = 0;
  let days = 0;
  for (let d = 0; d < fitDays; d++) {
    const own = logs[d] ?? Number.NaN; // NaN: not fitted
    if (Number.isNaN(own)) continue;
    let near = 0;
    let n = 0;
    for (let j = -WEEKS; j <= WEEKS; j++) {
      const v = j === 0 ? Number.NaN : (logs[d + 7 * j] ?? Number.NaN); // beyond the fit: none
      if (Number.isNaN(v)) continue;
      near += v;
      n++;
    }
    if (n < 2) continue;
    const residual = own - near / n;
    const at = monthDayOf(grid, d);
    for (const [monthDay, weight] of [
      [at - 1, 0.5],
      [at, 1],
      [at + 1, 0.5],
    ] as const) {
      if (monthDay < 1 || monthDay > 31) continue;
      sum[monthDay] = (sum[monthDay] as number) + weight * residual;
      count[monthDay] = (count[monthDay] as number) + weight;
    }
    squares += residual * residual;
    days++;
  }
  const effect = new Float64Array(32);
  if (days < 2) return effect;
  const sigma2 = squares / days;
  // τ²: the spread of the days' means beyond their noise
  let spread = 0;
  let seen = 0;
  for (let monthDay = 1; monthDay <= 31; monthDay++) {
    const n = count[monthDay] as number;
    if (n === 0) continue;
    spread += ((sum[monthDay] as number) / n) ** 2 - sigma2 / n;
    seen++;
  }
  const tau2 = Math.max(0, spread / Math.max(seen, 1));
  for (let monthDay = 1; monthDay <= 31; monthDay++) {
    const n = count[monthDay] as number;
    if (n > 0 && tau2 > 0) effect[monthDay] = ((sum[monthDay] as number) / n) * (tau2 / (tau2 + sigma2 / n));
  }
  return effect;
}
