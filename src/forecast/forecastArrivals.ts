import { optionsObject, plainObject, positive } from '../math/checks.js';
import { normalQuantile } from '../math/normalQuantile.js';
import { QueueInputError } from '../math/QueueInputError.js';
import type { ArrivalForecast, ArrivalForecastOptions, ArrivalForecastRow, ForecastMethodName } from './ArrivalForecast.js';
import { type AnomalousDay, anomalousDays, type DayAnomalies } from './anomalousDays.js';
import { type BacktestRun, type BacktestScore, backtestRuns, coversRuns, scoreRuns } from './backtest.js';
import { dayCalendar } from './dayCalendar.js';
import { dayTypeModel } from './dayTypeModel.js';
import { doubleSeasonal } from './doubleSeasonal.js';
import type { ForecastMethod } from './ForecastMethod.js';
import type { HistoryRow } from './HistoryRow.js';
import { daySlots, gridDayOf, type HistoryGrid, historyGrid, openSlots, optionList, weekdayOf } from './historyGrid.js';
import { callsSd, forecastMixture, type IntervalSpread, intervalSpread } from './intervalSpread.js';
import { intradayUpdate } from './intradayUpdate.js';
import { labelledDays } from './labelledDays.js';
import { median } from './median.js';
import { mixtureQuantile } from './mixtureBounds.js';
import { pooledProfile } from './pooledProfile.js';
import { seasonalNaive } from './seasonalNaive.js';
import { unusualDays } from './unusualDays.js';
import { weeklyAverage } from './weeklyAverage.js';

const FAMILIES: readonly ForecastMethodName[] = ['auto', 'seasonal-naive', 'weekly-average', 'profile', 'holt-winters', 'day-type'];

/** Every candidate, by family. */
function candidates(): ForecastMethod[] {
  return [
    seasonalNaive,
    weeklyAverage(0.2),
    weeklyAverage(0.5),
    pooledProfile(false, false),
    pooledProfile(true, false),
    pooledProfile(true, true),
    doubleSeasonal(),
    dayTypeModel('followed'),
    dayTypeModel('weekday'),
  ];
}

/** The mean of several methods' forecasts (Taylor 2008: combinations of call-arrival forecasts). */
function combination(parts: readonly ForecastMethod[]): ForecastMethod {
  return {
    name: `combination(${parts.map((m) => m.name).join(' + ')})`,
    family: 'combination',
    forecast(grid, fitDays, horizon) {
      const all = parts.map((m) => m.forecast(grid, fitDays, horizon));
      return all.some((f) => f === undefined) ? undefined : mean(all as Float64Array[]);
    },
  };
}

/** The mean of forecasts, slot by slot, over those that forecast the slot (NaN where none does). */
function mean(forecasts: readonly Float64Array[]): Float64Array {
  const out = new Float64Array((forecasts[0] as Float64Array).length);
  for (let k = 0; k < out.length; k++) {
    let sum = 0;
    let n = 0;
    for (const f of forecasts) {
      const v = f[k] ?? Number.NaN; // beyond a forecast: not forecast
      if (!Number.isNaN(v)) {
        sum += v;
        n++;
      }
    }
    out[k] = n > 0 ? sum / n : Number.NaN;
  }
  return out;
}

function slotMean(sum: Float64Array, weight: Float64Array, k: number): number | undefined {
  const w = weight[k] as number;
  if (w > 0) return (sum[k] as number) / w;
  const total = weight.reduce((a, b) => a + b, 0);
  return total > 0 ? sum.reduce((a, b) => a + b, 0) / total : undefined;
}

/** Squared error per expected call of the method's weekly pattern against the history itself (too short to backtest). */
function inSampleDispersion(grid: HistoryGrid, method: ForecastMethod): number {
  const S = grid.slotsPerDay;
  const week = method.forecast(grid, grid.days, 7);
  if (week === undefined) return 1;
  let sum = 0;
  let n = 0;
  for (let d = 0; d < grid.days; d++) {
    const h = (((d - grid.days) % 7) + 7) % 7;
    for (const [k, y] of daySlots(grid, d).entries()) {
      const f = week[h * S + k] ?? Number.NaN; // no forecast
      if (Number.isNaN(y) || Number.isNaN(f)) continue;
      sum += ((y - f) / Math.sqrt(Math.max(f, 1))) ** 2;
      n++;
    }
  }
  return n > 0 && Number.isFinite(sum) ? Math.max(1, sum / n) : 1;
}

/** The history's days found anomalous that no calendar label explains, in order. */
function unlabelledAnomalies(grid: HistoryGrid, found: DayAnomalies): AnomalousDay[] {
  const anomalies: AnomalousDay[] = [];
  grid.dayKind.subarray(0, grid.days).forEach((kind, d) => {
    if (found.flagged[d] !== 1 || kind >= 7) return;
    // a flagged day was judged, so both are known (NaN would say not known)
    const calls = found.totals[d] ?? Number.NaN;
    const expected = found.expected[d] ?? Number.NaN;
    anomalies.push({
      day: grid.firstDay + d * 86_400,
      calls,
      expected,
      ratio: (calls + 1) / (expected + 1),
      score: found.score[d] ?? 0, // 0: not judged
    });
  });
  return anomalies;
}

/** The candidates the backtest could score at every origin, their scores, and the averages of the best two and three. */
function compete(grid: HistoryGrid, methods: readonly ForecastMethod[], runs: BacktestRun[], combine: boolean) {
  const scored: { method: ForecastMethod; score: BacktestScore; pick: (r: BacktestRun) => Float64Array }[] = [];
  methods.forEach((method, i) => {
    if (runs.length === 0 || !coversRuns(grid, runs, i)) return;
    const pick = (r: BacktestRun): Float64Array => r.forecasts[i] as Float64Array;
    scored.push({ method, score: scoreRuns(grid, runs, method.name, pick), pick });
  });
  scored.sort((a, b) => a.score.rmse - b.score.rmse);
  if (combine)
    for (const size of [2, 3]) {
      if (scored.length < size) break;
      const best = scored.slice(0, size);
      const pick = (r: BacktestRun): Float64Array => mean(best.map((b) => b.pick(r)));
      const method = combination(best.map((b) => b.method));
      scored.push({ method, score: scoreRuns(grid, runs, method.name, pick), pick });
    }
  return scored.filter((s) => s.score.intervals > 0).sort((a, b) => a.score.rmse - b.score.rmse);
}

/**
 * Forecasts calls (and handle time, patience) per interval for the days after a centre's
 * history. Days far from what their weekday and week led one to expect (holidays nobody
 * labelled, outages) are found by a robust score (see {@link AnomalousDay}), kept out of fitting
 * and reported; a calendar of known days teaches each label its own level and shape.
 * Candidates, after Taylor (2008, "A comparison of univariate time series methods for
 * forecasting intraday arrivals at a call center", Management Science) and Weinberg, Brown &
 * Stroud (2007): seasonal naive, exponentially weighted averages of the same interval over past
 * weeks, pooled profiles × the day's level, double-seasonal Holt–Winters (Taylor 2003), and
 * level × shape per kind of day: a level that follows shifts day by day, or each weekday's own
 * level, both with an effect of the day of the month (paydays, month ends) learned and shrunk by
 * empirical Bayes, and weekday shapes shrunk towards their group's (Efron & Morris 1975); the
 * average of the two or three best when it does better (combinations often beat selection:
 * Taylor 2008). A rolling-origin backtest over the history's last 28 days (7 days ahead) scores
 * each candidate that forecasts at every origin, on the same intervals. Prediction intervals: forecast ±
 * z·√(φ·f + v·f²), φ and v from the backtest's errors, scaled per hour of the day (the tail of
 * its residuals over the whole history) and per weekday (its median standardized backtest error),
 * both shrunk by empirical Bayes, mixed with the history's unusual
 * days, and calibrated so that they held the backtest's errors (unusual days included) at
 * `coverage` (split-conformal, days as the units: Vovk, Gammerman & Shafer 2005).
 * A last day with no call and only part of its rows (a busy-only row at 00:00), or whose calls
 * all came before its weekday's usually begin (the first minutes after midnight), is not history:
 * the forecast starts on it. A last day whose calls stop over an hour before its weekday's usually
 * do (a history exported at noon) is kept out of fitting and of the unusual days.
 *
 * @param history - interval rows `{ start (s), length (s), calls | offered, handleTime?, patience? }`
 * @returns rows ready for `staffingPlan` (calls, handleTime, patience per interval), the method, the backtest, the anomalous days and the spread
 * @throws {QueueInputError} on malformed rows, repeated starts, lengths that do not divide a day, or bad
 *   options (`exclude` leaving no day of the history)
 * @example
 * const history = Array.from({ length: 14 * 4 }, (_, i) => ({ start: Math.floor(i / 4) * 86400 + 36000 + (i % 4) * 3600, length: 3600, calls: [10, 20, 30, 20][i % 4] }));
 * forecastArrivals(history, { days: 1 }).rows.map((r) => Math.round(r.calls)); // => [10, 20, 30, 20]
 */
export function forecastArrivals(history: readonly HistoryRow[], options: ArrivalForecastOptions = {}): ArrivalForecast {
  const o = optionsObject(options) as ArrivalForecastOptions;
  const horizon = o.days === undefined ? 7 : positive('options.days', o.days);
  if (!Number.isInteger(horizon) || horizon > 366)
    throw new QueueInputError('options.days', o.days, 'a whole number of days from 1 to 366');
  const family = o.method ?? 'auto';
  if (!FAMILIES.includes(family)) throw new QueueInputError('options.method', family, `one of ${FAMILIES.map((f) => `'${f}'`).join(', ')}`);
  const coverage = o.coverage === undefined ? 0.95 : o.coverage;
  if (typeof coverage !== 'number' || !(coverage > 0 && coverage < 1))
    throw new QueueInputError('options.coverage', coverage, 'a number strictly between 0 and 1');
  const grid = historyGrid(history, o.exclude, horizon);
  if (grid.raw.every(Number.isNaN)) throw new QueueInputError('options.exclude', o.exclude, 'days that leave some of the history');
  const defaults = dayCalendar(grid, o.calendar);
  const events = optionList('options.events', o.events).map((entry, i) => {
    const e = plainObject(`options.events[${i}]`, entry);
    return {
      day: gridDayOf(grid, `options.events[${i}].day`, e.day) - grid.days,
      multiplier: positive(`options.events[${i}].multiplier`, e.multiplier),
    };
  });
  const found = anomalousDays(grid);
  grid.typical = found.expected;
  const S = grid.slotsPerDay;
  grid.dayKind.subarray(0, grid.days).forEach((kind, d) => {
    if (found.flagged[d] === 1 || kind >= 7) grid.calls.fill(NaN, d * S, (d + 1) * S);
  });
  const all = candidates();
  const methods = family === 'auto' ? all : all.filter((m) => m.family === family);
  const runs = backtestRuns(grid, methods, Math.min(horizon, 7));
  const ranked = compete(grid, methods, runs, family === 'auto');
  // without a backtest, the simplest model: one week shows each weekday once, too little for weekday levels
  const fallback = ['profile(smoothed)', 'day-type(level followed day by day)'].flatMap((name) => methods.filter((m) => m.name === name));
  const preference = [...ranked.map((r) => r.method), ...fallback, ...methods];
  const open = openSlots(grid);
  const openAt = (h: number, k: number): boolean => open[weekdayOf(grid, grid.days + h) * S + k] === 1;
  // days ahead whose weekday the history saw open: a forecast must cover each (a method short of
  // history for some weekday left it out, as if it were closed)
  const openDays = [...grid.dayKind.subarray(grid.days).keys()].filter((h) =>
    Array.from({ length: S }, (_, k) => openAt(h, k)).includes(true),
  );
  const covers = (v: Float64Array): boolean =>
    openDays.every((h) => v.subarray(h * S, (h + 1) * S).some((f, k) => openAt(h, k) && !Number.isNaN(f)));
  // days the centre never opened on (a closed weekday) forecast no rows, by the backtest's best
  let chosen = grid.days >= 7 && openDays.length === 0 ? preference[0] : undefined;
  let values: Float64Array | undefined = chosen === undefined ? undefined : new Float64Array(horizon * S).fill(Number.NaN);
  for (const method of values === undefined ? preference : []) {
    chosen = method;
    values = method.forecast(grid, grid.days, horizon);
    if (values !== undefined && covers(values)) break;
    values = undefined;
  }
  if (chosen === undefined || values === undefined) {
    throw new QueueInputError(
      'history',
      `${grid.days} day${grid.days === 1 ? '' : 's'}`,
      `rows on a past day of each weekday forecast, or a week of them (the ${family} method; seasonal naive, weekly averages and day types need a week or two, Holt–Winters two)`,
    );
  }
  // a calendar day keeps its ordinary forecast beside its own: what reforecastDay falls back on
  const ordinaryValues = grid.dayKind.subarray(grid.days).some((kind) => kind >= 7) ? values.slice() : undefined;
  const unseen = labelledDays(grid, values, horizon, defaults);
  // from the tail, which keeps its digits: (1 + coverage)/2 rounds to 1 for coverage within 1e-16 of 1
  const z = -normalQuantile((1 - coverage) / 2);
  const anomalies = unlabelledAnomalies(grid, found);
  const judged = found.expected.filter((e) => !Number.isNaN(e)).length;
  const unusual = unusualDays(grid, anomalies, judged);
  // a label not seen yet spreads within its day like the history's unusual days (none: not at all)
  const unseenSpread = unusual.spreads.length > 0 ? median(unusual.spreads) : 0;
  const best = ranked.find((r) => r.method === chosen);
  const spread: IntervalSpread =
    best !== undefined
      ? intervalSpread(grid, runs, best.pick, coverage, z, unusual)
      : {
          dispersion: inSampleDispersion(grid, chosen),
          levelVariance: 0,
          hourScale: new Float64Array(24).fill(1),
          weekdayScale: new Float64Array(7).fill(1),
        };
  const rows: ArrivalForecastRow[] = [];
  // the forecast's days: their kinds, their slots
  for (const [h, kind] of grid.dayKind.subarray(grid.days).entries()) {
    const w = weekdayOf(grid, grid.days + h);
    const factor = events.reduce((m, e) => (e.day === h ? m * e.multiplier : m), 1);
    for (const [k, f] of values.subarray(h * S, (h + 1) * S).entries()) {
      if (open[w * S + k] !== 1 || Number.isNaN(f)) continue;
      const calls = Math.min(Math.max(0, f) * factor, Number.MAX_VALUE);
      const scale = (spread.hourScale[Math.floor((k * grid.slotSeconds) / 3600)] as number) * (spread.weekdayScale[w] as number);
      const width = z * callsSd(spread, calls) * scale;
      const ordinary =
        ordinaryValues !== undefined && kind >= 7
          ? Math.min(Math.max(0, ordinaryValues[h * S + k] as number) * factor, Number.MAX_VALUE)
          : undefined;
      const mixture = forecastMixture(
        spread,
        calls,
        scale,
        unusual,
        ordinary === undefined ? undefined : { calls: ordinary, rate: unusual.rate },
        unseen.has(h) ? unseenSpread : 0,
      );
      const lower = mixture.length === 1 ? Math.max(0, calls - width) : mixtureQuantile(mixture, (1 - coverage) / 2);
      const upper = mixture.length === 1 ? Math.min(calls + width, Number.MAX_VALUE) : mixtureQuantile(mixture, (1 + coverage) / 2);
      const handleTime = slotMean(grid.handleSum, grid.handleWeight, k);
      const patience = slotMean(grid.patienceSum, grid.patienceWeight, k);
      rows.push({
        start: grid.firstDay + (grid.days + h) * 86_400 + k * grid.slotSeconds,
        length: grid.slotSeconds,
        calls,
        lower,
        upper,
        ...(ordinary !== undefined && { ordinary }),
        ...(handleTime !== undefined && { handleTime }),
        ...(patience !== undefined && { patience }),
      });
    }
  }
  return {
    method: chosen.name,
    rows,
    backtest: ranked.map((r) => r.score),
    anomalies,
    spread: {
      coverage,
      dispersion: spread.dispersion,
      levelVariance: spread.levelVariance,
      update: intradayUpdate(grid),
      anomalyRate: unusual.rate,
    },
  };
}
