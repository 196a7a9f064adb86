import { plainObject, positive } from '../math/checks.js';
import { normalQuantile } from '../math/normalQuantile.js';
import { QueueInputError } from '../math/QueueInputError.js';
import { type BacktestScore, backtest } from './backtest.js';
import { doubleSeasonal } from './doubleSeasonal.js';
import type { ForecastMethod } from './ForecastMethod.js';
import { pooledProfile } from './pooledProfile.js';
import { seasonalNaive } from './seasonalNaive.js';
import { weeklyAverage } from './weeklyAverage.js';
import type { HistoryRow } from './HistoryRow.js';
import { type HistoryGrid, historyGrid, weekdayOf } from './historyGrid.js';

/** A forecasting method family, or `'auto'` (the backtest's best). */
export type ForecastMethodName = 'auto' | 'seasonal-naive' | 'weekly-average' | 'profile' | 'holt-winters';

/** Options for {@link forecastArrivals}. */
export interface ArrivalForecastOptions {
  /**
   * Days to forecast, from the midnight after the history's last day.
   * @defaultValue 7
   */
  days?: number;
  /**
   * Method family; `'auto'` takes the variant with the least interval RMSE in the backtest.
   * @defaultValue `'auto'`
   */
  method?: ForecastMethodName;
  /**
   * Days to leave out of fitting (holidays, outages): any time in the day, seconds.
   * @defaultValue none
   */
  exclude?: readonly number[];
  /**
   * Known events: the forecast of the day containing `day` (seconds) is multiplied by `multiplier`.
   * @defaultValue none
   */
  events?: readonly {
    /** Any time in the day of the event, seconds on the history's clock. */
    day: number;
    /** What the day's forecast is multiplied by (> 0). */
    multiplier: number;
  }[];
  /**
   * Coverage of the prediction intervals.
   * @defaultValue 0.95
   */
  coverage?: number;
}

/** One forecast interval: the row `staffingPlan` (and `queuecast plan`) takes, with bounds. */
export interface ArrivalForecastRow {
  /** Start, seconds (on the history's clock). */
  readonly start: number;
  /** Length, seconds. */
  readonly length: number;
  /** Calls expected. */
  readonly calls: number;
  /** Lower end of the prediction interval, calls. */
  readonly lower: number;
  /** Upper end of the prediction interval, calls. */
  readonly upper: number;
  /** Mean handle time, seconds (when the history has handle times). */
  readonly handleTime?: number;
  /** Mean patience, seconds (when the history has patience). */
  readonly patience?: number;
}

/** The answer of {@link forecastArrivals}. */
export interface ArrivalForecast {
  /** The method variant used. */
  readonly method: string;
  /** One row per interval forecast (intervals the history never had are left out). */
  readonly rows: readonly ArrivalForecastRow[];
  /** Rolling-origin backtest of every candidate, best first (empty when the history is too short). */
  readonly backtest: readonly BacktestScore[];
}

/** Every candidate, by family. */
function candidates(): ForecastMethod[] {
  return [
    seasonalNaive,
    weeklyAverage(0.2),
    weeklyAverage(0.5),
    pooledProfile(false, false),
    pooledProfile(true, false),
    pooledProfile(true, true),
    doubleSeasonal,
  ];
}

function slotMean(sum: Float64Array, weight: Float64Array, k: number): number | undefined {
  const w = weight[k] as number;
  if (w > 0) return (sum[k] as number) / w;
  const total = weight.reduce((a, b) => a + b, 0);
  return total > 0 ? sum.reduce((a, b) => a + b, 0) / total : undefined;
}

function openSlots(grid: HistoryGrid): Uint8Array {
  const S = grid.slotsPerDay;
  const open = new Uint8Array(7 * S);
  for (let d = 0; d < grid.days; d++) {
    const w = weekdayOf(grid, d);
    for (let k = 0; k < S; k++) if (!Number.isNaN(grid.calls[d * S + k] as number)) open[w * S + k] = 1;
  }
  return open;
}

/**
 * Squared error per expected call of the method's weekly pattern against the history itself, for
 * a history too short to backtest (each history day is compared with the forecast for its weekday).
 */
function inSampleDispersion(grid: HistoryGrid, method: ForecastMethod): number {
  const S = grid.slotsPerDay;
  const week = method.forecast(grid, grid.days, 7);
  if (week === undefined) return 1;
  let sum = 0;
  let n = 0;
  for (let d = 0; d < grid.days; d++) {
    const h = (((d - grid.days) % 7) + 7) % 7;
    for (let k = 0; k < S; k++) {
      const y = grid.calls[d * S + k] as number;
      const f = week[h * S + k] as number;
      if (Number.isNaN(y) || Number.isNaN(f)) continue;
      sum += ((y - f) * (y - f)) / Math.max(f, 1);
      n++;
    }
  }
  return n > 0 ? sum / n : 1;
}

/**
 * Forecasts calls (and handle time, patience) per interval for the days after a centre's
 * history, by the method that forecast that history best. Candidates, after Taylor (2008, "A
 * comparison of univariate time series methods for forecasting intraday arrivals at a call
 * center", Management Science) and Weinberg, Brown & Stroud (2007): seasonal naive (same
 * interval, same weekday last week), exponentially weighted averages of the same interval over
 * past weeks, a profile pooled over similar weekdays times the day's level, and double-seasonal
 * Holt–Winters (Taylor 2003). A rolling-origin backtest on the history scores each (RMSE and
 * MAPE per interval and per day); candidates the history is too short for are not offered.
 * Prediction intervals: forecast ± z·√(φ·forecast), φ ≥ 1 the backtest's squared error per
 * expected call (1 = Poisson noise).
 *
 * @param history - interval rows `{ start (s), seconds, calls | offered, handleTime?, patience? }`
 * @returns rows ready for `staffingPlan` (calls, handleTime, patience per interval), the method and the backtest
 * @throws {QueueInputError} on malformed rows, repeated starts, lengths that do not divide a day, or bad options
 * @example
 * const history = Array.from({ length: 14 * 4 }, (_, i) => ({ start: Math.floor(i / 4) * 86400 + 36000 + (i % 4) * 3600, seconds: 3600, calls: [10, 20, 30, 20][i % 4] }));
 * forecastArrivals(history, { days: 1 }).rows.map((r) => Math.round(r.calls)); // => [10, 20, 30, 20]
 */
export function forecastArrivals(history: readonly HistoryRow[], options: ArrivalForecastOptions = {}): ArrivalForecast {
  const o = plainObject('options', options) as ArrivalForecastOptions;
  const horizon = o.days === undefined ? 7 : positive('options.days', o.days);
  if (!Number.isInteger(horizon) || horizon > 366)
    throw new QueueInputError('options.days', o.days, 'a whole number of days from 1 to 366');
  const family = o.method ?? 'auto';
  const all = candidates();
  if (family !== 'auto' && !all.some((m) => m.family === family)) {
    throw new QueueInputError('options.method', family, "'auto', 'seasonal-naive', 'weekly-average', 'profile' or 'holt-winters'");
  }
  const coverage = o.coverage === undefined ? 0.95 : (o.coverage as number);
  if (!(coverage > 0 && coverage < 1)) throw new QueueInputError('options.coverage', o.coverage, 'a number strictly between 0 and 1');
  const grid = historyGrid(history, o.exclude ?? []);
  const methods = family === 'auto' ? all : all.filter((m) => m.family === family);
  const scores = backtest(grid, methods, Math.min(horizon, 7)).sort((a, b) => a.rmse - b.rmse);
  const preference = [...scores.map((s) => s.method), 'profile(smoothed)', ...methods.map((m) => m.name)];
  let chosen: ForecastMethod | undefined;
  let values: Float64Array | undefined;
  for (const name of preference) {
    chosen = methods.find((m) => m.name === name);
    values = chosen?.forecast(grid, grid.days, horizon);
    if (values !== undefined) break;
  }
  if (chosen === undefined || values === undefined) {
    throw new QueueInputError(
      'history',
      `${grid.days} days`,
      `enough history for the ${family} method (seasonal naive and weekly averages need a week, Holt–Winters two)`,
    );
  }
  const dispersion = Math.max(1, scores.find((s) => s.method === chosen.name)?.dispersion ?? inSampleDispersion(grid, chosen));
  const z = normalQuantile((1 + coverage) / 2);
  const open = openSlots(grid);
  const S = grid.slotsPerDay;
  const multiplier = new Map<number, number>();
  (o.events ?? []).forEach((e, i) => {
    plainObject(`options.events[${i}]`, e);
    const day = Math.floor((e.day - grid.firstDay) / 86_400) - grid.days;
    multiplier.set(day, (multiplier.get(day) ?? 1) * positive(`options.events[${i}].multiplier`, e.multiplier));
  });
  const rows: ArrivalForecastRow[] = [];
  for (let h = 0; h < horizon; h++) {
    const w = weekdayOf(grid, grid.days + h);
    const factor = multiplier.get(h) ?? 1;
    for (let k = 0; k < S; k++) {
      const f = values[h * S + k] as number;
      if (open[w * S + k] !== 1 || Number.isNaN(f)) continue;
      const calls = Math.max(0, f) * factor;
      const spread = z * Math.sqrt(dispersion * Math.max(calls, 1));
      const handleTime = slotMean(grid.handleSum, grid.handleWeight, k);
      const patience = slotMean(grid.patienceSum, grid.patienceWeight, k);
      rows.push({
        start: grid.firstDay + (grid.days + h) * 86_400 + k * grid.slotSeconds,
        length: grid.slotSeconds,
        calls,
        lower: Math.max(0, calls - spread),
        upper: calls + spread,
        ...(handleTime !== undefined && { handleTime }),
        ...(patience !== undefined && { patience }),
      });
    }
  }
  return { method: chosen.name, rows, backtest: scores };
}
