import type { HistoryGrid } from './historyGrid.js';

/** Day of the month (1–31) of grid day `day`, the history's clock read as a UTC date; 0 when out of the calendar's range. @internal */
export function monthDayOf(grid: HistoryGrid, day: number): number {
  return new Date((grid.firstDay + day * 86_400) * 1000).getUTCDate() || 0;
}

/**
 * The effect of the day of the month on a day's calls (paydays, month ends), learned from the
 * days before `fitDays` with calls in `logs` (log(calls + 1), NaN: not fitted): each day's log
 * calls less the mean of its weekday's over the four weeks each side within the fit, averaged
 * per day of the month with its two neighbours at half weight (a payday moves by a day or two
 * around a weekend), then shrunk towards 0 by the empirical-Bayes factor τ²/(τ² + σ²/n)
 * (James & Stein 1961; Efron & Morris 1975), τ² the spread of the days of the month beyond what
 * σ², the spread of single days, makes: a history without such an effect learns almost none.
 * @returns log effects, index = day of the month (0 unused, 0)
 * @internal
 */
export function monthDayEffect(grid: HistoryGrid, fitDays: number, logs: Float64Array): Float64Array {
  // Σ weight × residual and Σ weight per day of the month
  const sum = new Float64Array(33);
  const count = new Float64Array(33);
  let squares = 0;
  let days = 0;
  for (let d = 0; d < fitDays; d++) {
    let near = 0;
    let n = 0;
    for (let j = -4; j <= 4; j++) {
      const v = logs[d + 7 * j] ?? Number.NaN; // beyond the fit: none
      if (j !== 0 && !Number.isNaN(v)) {
        near += v;
        n++;
      }
    }
    const residual = (logs[d] as number) - near / n;
    if (n < 2 || Number.isNaN(residual)) continue;
    const at = monthDayOf(grid, d);
    for (const monthDay of [at - 1, at, at + 1]) {
      const weight = monthDay === at ? 1 : 0.5;
      sum[monthDay] = (sum[monthDay] as number) + weight * residual;
      count[monthDay] = (count[monthDay] as number) + weight;
    }
    squares += residual * residual;
    days++;
  }
  const sigma2 = squares / days;
  // τ²: the spread of the days' means beyond their noise
  let spread = 0;
  let seen = 0;
  for (let monthDay = 1; monthDay <= 31; monthDay++) {
    const n = count[monthDay] as number;
    if (n > 0) {
      spread += ((sum[monthDay] as number) / n) ** 2 - sigma2 / n;
      seen++;
    }
  }
  const tau2 = Math.max(0, spread / seen);
  return Float64Array.from({ length: 32 }, (_, monthDay) => {
    const n = count[monthDay] as number;
    return monthDay > 0 && n > 0 && tau2 > 0 ? ((sum[monthDay] as number) / n) * (tau2 / (tau2 + sigma2 / n)) : 0;
  });
}
