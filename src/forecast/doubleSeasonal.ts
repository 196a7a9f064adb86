import type { HistoryGrid } from './historyGrid.js';
import type { ForecastMethod } from './ForecastMethod.js';

const GRID = [0.01, 0.05, 0.2];

/** Runs the smoother over days [0, fitDays); returns the in-sample SSE and the h-step forecasts. */
function run(grid: HistoryGrid, fitDays: number, horizon: number, alpha: number, delta: number, omega: number, out?: Float64Array): number {
  const S = grid.slotsPerDay;
  const week = 7 * S;
  const y = (t: number): number => grid.calls[t] as number;
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
  for (let t = week; t < fitDays * S; t++) {
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
      const t = fitDays * S + h;
      out[h] = Math.max(0, level + (day[t % S] as number) + (weekly[t % week] as number));
    }
  }
  return sse;
}

/**
 * Double-seasonal exponential smoothing (Holt–Winters with a day and a week season; Taylor
 * 2003, "Short-term electricity demand forecasting using double seasonal exponential
 * smoothing", and Taylor 2008 for call arrivals), additive, without trend; the smoothing
 * parameters are chosen at run time by the least in-sample one-step squared error on a grid.
 * Needs two weeks: the first initialises the seasons.
 * @internal
 */
export const doubleSeasonal: ForecastMethod = {
  name: 'holt-winters',
  family: 'holt-winters',
  forecast(grid, fitDays, horizon) {
    if (fitDays < 14) return undefined;
    let best = Infinity;
    let params: [number, number, number] = [0.05, 0.05, 0.05];
    for (const a of GRID)
      for (const d of GRID)
        for (const w of GRID) {
          const sse = run(grid, fitDays, 0, a, d, w);
          if (sse < best) {
            best = sse;
            params = [a, d, w];
          }
        }
    const out = new Float64Array(horizon * grid.slotsPerDay);
    run(grid, fitDays, horizon, params[0], params[1], params[2], out);
    return out;
  },
};
