import type { ForecastMethod } from './ForecastMethod.js';
import type { HistoryGrid } from './historyGrid.js';

const GRID = [0.01, 0.05, 0.2];
/** Days the smoother runs over (the latest; eight weeks: one to start the seasons, seven to smooth). */
const SPAN = 56;

/** Runs the smoother over days [max(0, fitDays − 56), fitDays); returns the in-sample SSE and the h-step forecasts. */
function run(grid: HistoryGrid, fitDays: number, horizon: number, alpha: number, delta: number, omega: number, out?: Float64Array): number {
  const S = grid.slotsPerDay;
  const week = 7 * S;
  const first = Math.max(0, fitDays - SPAN);
  const y = (t: number): number => grid.calls[first * S + t] ?? Number.NaN; // NaN: no row
  let level = 0;
  let n = 0;
  for (let t = 0; t < week; t++)
    if (!Number.isNaN(y(t))) {
      level += y(t);
      n++;
    }
  level = n > 0 ? level / n : 0;
  const day = new Float64Array(S);
  const dayCount = new Float64Array(S);
  for (let t = 0; t < week; t++)
    if (!Number.isNaN(y(t))) {
      day[t % S] = (day[t % S] as number) + y(t) - level;
      dayCount[t % S] = (dayCount[t % S] as number) + 1;
    }
  for (let k = 0; k < S; k++) day[k] = (dayCount[k] as number) > 0 ? (day[k] as number) / (dayCount[k] as number) : 0;
  const weekly = new Float64Array(week);
  for (let t = 0; t < week; t++) weekly[t] = !Number.isNaN(y(t)) ? y(t) - level - (day[t % S] as number) : 0;
  let sse = 0;
  for (let t = week; t < (fitDays - first) * S; t++) {
    const v = y(t);
    if (Number.isNaN(v)) continue;
    const k = t % S;
    const j = t % week;
    const e = v - (level + (day[k] as number) + (weekly[j] as number));
    sse += e * e;
    level += alpha * e;
    day[k] = (day[k] as number) + delta * e;
    weekly[j] = (weekly[j] as number) + omega * e;
  }
  if (out !== undefined) {
    for (let h = 0; h < horizon * S; h++) {
      const t = (fitDays - first) * S + h;
      out[h] = Math.max(0, level + (day[t % S] as number) + (weekly[t % week] as number));
    }
  }
  return sse;
}

/**
 * Double-seasonal exponential smoothing (Holt–Winters with a day and a week season; Taylor
 * 2003, "Short-term electricity demand forecasting using double seasonal exponential
 * smoothing", and Taylor 2008 for call arrivals), additive, without trend. The smoothing
 * parameters are chosen by the least in-sample one-step squared error on a grid at the first
 * (earliest) fit asked of this instance, and kept for its later fits: a rolling-origin backtest
 * then costs one search, and later origins are not tuned on what earlier ones forecast.
 * Needs two weeks: the first initialises the seasons; it runs over the latest eight weeks at most.
 * @internal
 */
export function doubleSeasonal(): ForecastMethod {
  let params: [number, number, number] | undefined;
  return {
    name: 'holt-winters',
    family: 'holt-winters',
    forecast(grid, fitDays, horizon) {
      if (fitDays < 14) return undefined;
      if (params === undefined) {
        let best = Infinity;
        params = [0.05, 0.05, 0.05];
        for (const a of GRID)
          for (const d of GRID)
            for (const w of GRID) {
              const sse = run(grid, fitDays, 0, a, d, w);
              if (sse < best) {
                best = sse;
                params = [a, d, w];
              }
            }
      }
      const out = new Float64Array(horizon * grid.slotsPerDay);
      run(grid, fitDays, horizon, params[0], params[1], params[2], out);
      return out;
    },
  };
}
