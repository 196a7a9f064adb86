import type { ForecastMethod } from './ForecastMethod.js';
import type { HistoryGrid } from './historyGrid.js';

/** Errors of one method in a rolling-origin backtest. */
export interface BacktestScore {
  /** The method variant. */
  readonly method: string;
  /** Root mean squared error per interval, calls. */
  readonly rmse: number;
  /** Mean absolute percentage error per interval (intervals with calls), a fraction. */
  readonly mape: number;
  /** Root mean squared error of daily totals, calls. */
  readonly dailyRmse: number;
  /** Mean absolute percentage error of daily totals, a fraction. */
  readonly dailyMape: number;
  /** Intervals scored. */
  readonly intervals: number;
  /** Mean of squared error ÷ forecast over scored intervals (1 = Poisson noise only). */
  readonly dispersion: number;
}

/** One origin of a backtest: the forecasts of every method from it (undefined: it could not). @internal */
export interface BacktestRun {
  readonly origin: number;
  /** Days forecast from the origin (up to the history's end). */
  readonly h: number;
  readonly forecasts: readonly (Float64Array | undefined)[];
}

/** Days of history the backtest's origins leave before the first of them (a week of fitting). */
const FIRST_FIT = 7;

/**
 * The origins of a backtest: each of the last `origins` days of the history, after at least a
 * week of fitting, that has calls to score ahead of it. The set depends on the history's length
 * only through that week.
 * @internal
 */
export function backtestRuns(grid: HistoryGrid, methods: readonly ForecastMethod[], horizon: number, origins = 28): BacktestRun[] {
  const runs: BacktestRun[] = [];
  const S = grid.slotsPerDay;
  for (let o = Math.max(FIRST_FIT, grid.days - origins); o < grid.days; o++) {
    const h = Math.min(horizon, grid.days - o);
    // an origin with nothing to score (a closed day at the end) forecasts nothing
    if (grid.calls.subarray(o * S, (o + h) * S).every(Number.isNaN)) continue;
    runs.push({ origin: o, h, forecasts: methods.map((m) => m.forecast(grid, o, h)) });
  }
  return runs;
}

/**
 * Whether method `i` forecast every interval the backtest scores (every history interval with
 * calls, after the origins): a method that cannot forecast at every origin is not offered, so
 * every method offered is scored on the same intervals, whatever the history's length.
 * @internal
 */
export function coversRuns(grid: HistoryGrid, runs: readonly BacktestRun[], i: number): boolean {
  const S = grid.slotsPerDay;
  return runs.every((r) => {
    const f = r.forecasts[i];
    if (f === undefined) return false;
    for (let at = 0; at < r.h * S; at++) if (!Number.isNaN(grid.calls[r.origin * S + at]) && Number.isNaN(f[at])) return false;
    return true;
  });
}

/**
 * Scores forecasts from each run (`pick` chooses them) against the history's calls (days kept out
 * of fitting are not scored): the rolling-origin evaluation of Tashman (2000).
 * @internal
 */
export function scoreRuns(
  grid: HistoryGrid,
  runs: readonly BacktestRun[],
  method: string,
  pick: (run: BacktestRun) => Float64Array,
): BacktestScore {
  const S = grid.slotsPerDay;
  let se = 0;
  let absolutePercent = 0;
  let percentCount = 0;
  let n = 0;
  let dailySquares = 0;
  let dailyPercent = 0;
  let dailyPercentCount = 0;
  let dn = 0;
  let disp = 0;
  for (const r of runs) {
    const f = pick(r);
    for (let d = 0; d < r.h; d++) {
      let actualDay = 0;
      let forecastDay = 0;
      let scored = false;
      for (let k = 0; k < S; k++) {
        // NaN: no row (not scored), no forecast
        const actual = grid.calls[(r.origin + d) * S + k] ?? Number.NaN;
        if (Number.isNaN(actual)) continue;
        const value = f[d * S + k] ?? Number.NaN;
        const e = actual - value;
        // in units of √forecast, so that 1e300 calls do not overflow the squares
        const scaled = e / Math.sqrt(Math.max(value, 1));
        se += e * e;
        disp += scaled * scaled;
        n++;
        if (actual > 0) {
          absolutePercent += Math.abs(e) / actual;
          percentCount++;
        }
        actualDay += actual;
        forecastDay += value;
        scored = true;
      }
      if (!scored) continue;
      const e = actualDay - forecastDay;
      dailySquares += e * e;
      dn++;
      if (actualDay > 0) {
        dailyPercent += Math.abs(e) / actualDay;
        dailyPercentCount++;
      }
    }
  }
  return {
    method,
    rmse: Math.sqrt(se / n),
    mape: percentCount > 0 ? absolutePercent / percentCount : 0,
    dailyRmse: dn > 0 ? Math.sqrt(dailySquares / dn) : 0,
    dailyMape: dailyPercentCount > 0 ? dailyPercent / dailyPercentCount : 0,
    intervals: n,
    dispersion: Number.isNaN(disp) ? Infinity : disp / n,
  };
}
