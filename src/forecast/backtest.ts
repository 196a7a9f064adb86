import { addAt } from '../math/addAt.js';
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

/**
 * Rolling-origin backtest (Tashman 2000): for each origin day o in the last `origins` days of
 * the history, fits every method on the days before o and forecasts up to `horizon` days ahead;
 * scores only the intervals every method could forecast, so the scores compare like with like.
 * Methods that cannot forecast at any origin are left out.
 * @internal
 */
export function backtest(grid: HistoryGrid, methods: readonly ForecastMethod[], horizon: number, origins = 28): BacktestScore[] {
  const S = grid.slotsPerDay;
  const first = Math.max(1, grid.days - origins);
  const runs: { origin: number; h: number; forecasts: (Float64Array | undefined)[] }[] = [];
  for (let o = first; o < grid.days; o++) {
    const h = Math.min(horizon, grid.days - o);
    runs.push({ origin: o, h, forecasts: methods.map((m) => m.forecast(grid, o, h)) });
  }
  const usable = methods.map((_, i) => runs.some((r) => r.forecasts[i] !== undefined));
  const sums = methods.map(() => ({ se: 0, ape: 0, apeN: 0, n: 0, dse: 0, dape: 0, dapeN: 0, dn: 0, disp: 0 }));
  for (const r of runs) {
    if (methods.some((_, i) => usable[i] && r.forecasts[i] === undefined)) continue;
    for (let d = 0; d < r.h; d++) {
      const day = r.origin + d;
      const actualDay = new Float64Array(methods.length);
      const forecastDay = new Float64Array(methods.length);
      let dayScored = false;
      for (let k = 0; k < S; k++) {
        const actual = grid.calls[day * S + k] as number;
        if (Number.isNaN(actual)) continue;
        const at = d * S + k;
        if (methods.some((_, i) => usable[i] && Number.isNaN((r.forecasts[i] as Float64Array)[at] as number))) continue;
        dayScored = true;
        methods.forEach((_, i) => {
          if (!usable[i]) return;
          const f = (r.forecasts[i] as Float64Array)[at] as number;
          const s = sums[i] as (typeof sums)[number];
          const e = actual - f;
          s.se += e * e;
          s.n += 1;
          // A forecast that overflowed (∞ − ∞ or ∞/∞) is infinitely dispersed, never NaN.
          const spread = (e * e) / Math.max(f, 1);
          s.disp += Number.isNaN(spread) ? Infinity : spread;
          if (actual > 0) {
            s.ape += Math.abs(e) / actual;
            s.apeN += 1;
          }
          addAt(actualDay, i, actual);
          addAt(forecastDay, i, f);
        });
      }
      if (!dayScored) continue;
      methods.forEach((_, i) => {
        if (!usable[i]) return;
        const s = sums[i] as (typeof sums)[number];
        const e = (actualDay[i] as number) - (forecastDay[i] as number);
        s.dse += e * e;
        s.dn += 1;
        if ((actualDay[i] as number) > 0) {
          s.dape += Math.abs(e) / (actualDay[i] as number);
          s.dapeN += 1;
        }
      });
    }
  }
  const out: BacktestScore[] = [];
  methods.forEach((m, i) => {
    const s = sums[i] as (typeof sums)[number];
    if (!usable[i] || s.n === 0) return;
    out.push({
      method: m.name,
      rmse: Math.sqrt(s.se / s.n),
      mape: s.apeN > 0 ? s.ape / s.apeN : 0,
      dailyRmse: s.dn > 0 ? Math.sqrt(s.dse / s.dn) : 0,
      dailyMape: s.dapeN > 0 ? s.dape / s.dapeN : 0,
      intervals: s.n,
      dispersion: s.disp / s.n,
    });
  });
  return out;
}
