import { nonNegative, optionsObject, plainObject } from '../math/checks.js';
import { normalQuantile } from '../math/normalQuantile.js';
import { QueueInputError } from '../math/QueueInputError.js';
import type { ArrivalForecast, ArrivalForecastRow } from './ArrivalForecast.js';
import { discountedRatio } from './intradayUpdate.js';

const DAY = 86_400;

/** Calls of one of today's intervals so far. */
export interface TodayInterval {
  /** Start of the interval, seconds (one of the forecast's rows). */
  readonly start: number;
  /** Calls that arrived in it. */
  readonly calls: number;
}

/** A live tracker's arrivals today. */
export interface LiveArrivals {
  /** Arrival times, seconds (those before today or from `now` on are ignored). */
  readonly arrivals: readonly number[];
  /** The time now, seconds: the interval in progress counts for the part seen. */
  readonly now: number;
}

/** Today's calls so far: counts per interval of the forecast, or a live tracker's arrival times. */
export type TodaySoFar = readonly TodayInterval[] | LiveArrivals;

/** Options for {@link reforecastDay}. */
export interface ReforecastOptions {
  /**
   * Coverage of the prediction intervals.
   * @defaultValue the forecast's own (`forecast.spread.coverage`)
   */
  coverage?: number;
}

/** The answer of {@link reforecastDay}. */
export interface DayReforecast {
  /** The day's rows from the interval in progress (or the next) to its end, re-forecast. */
  readonly rows: readonly ArrivalForecastRow[];
  /** What the day's forecast is multiplied by: the posterior mean of its level ÷ the forecast's. */
  readonly factor: number;
  /** Calls so far. */
  readonly observed: number;
  /** Calls the forecast expected by now. */
  readonly expected: number;
  /** Probability that the day is unusual (unlike the history's ordinary days) given its calls so far. */
  readonly unusual: number;
}

interface SoFar {
  now: number;
  day: number;
  /** Calls seen in each of the forecast's rows so far, by start. */
  calls: Map<number, number>;
  /** The fraction of a row's interval seen so far. */
  exposure: (r: ArrivalForecastRow) => number;
}

function observedSoFar(forecast: ArrivalForecast, today: TodaySoFar): SoFar {
  if (Array.isArray(today)) {
    const rows = today as readonly { start: number; calls: number }[];
    if (rows.length === 0) throw new QueueInputError('today', today, 'a non-empty array of { start, calls } rows, or { arrivals, now }');
    const calls = new Map<number, number>();
    let now = -Infinity;
    let day = Number.NaN;
    rows.forEach((r, i) => {
      plainObject(`today[${i}]`, r);
      const start = nonNegative(`today[${i}].start`, r.start);
      if (i === 0) day = Math.floor(start / DAY);
      if (Math.floor(start / DAY) !== day) throw new QueueInputError(`today[${i}].start`, start, `a time of the same day as today[0]`);
      calls.set(start, (calls.get(start) ?? 0) + nonNegative(`today[${i}].calls`, r.calls));
      const row = forecast.rows.find((f) => f.start === start);
      now = Math.max(now, start + (row?.length ?? 0));
    });
    return { now, day, calls, exposure: (r) => (calls.has(r.start) ? 1 : 0) };
  }
  const live = plainObject('today', today);
  const now = nonNegative('today.now', live.now);
  if (!Array.isArray(live.arrivals)) throw new QueueInputError('today.arrivals', live.arrivals, 'an array of arrival times, seconds');
  const day = Math.floor(now / DAY);
  const dayRows = forecast.rows.filter((r) => Math.floor(r.start / DAY) === day);
  const calls = new Map<number, number>();
  live.arrivals.forEach((t, i) => {
    const at = nonNegative(`today.arrivals[${i}]`, t);
    if (at >= now) return;
    const row = dayRows.find((r) => at >= r.start && at < r.start + r.length);
    if (row !== undefined) calls.set(row.start, (calls.get(row.start) ?? 0) + 1);
  });
  return { now, day, calls, exposure: (r) => Math.min(1, Math.max(0, (now - r.start) / r.length)) };
}

/**
 * Re-forecasts the rest of a day from its calls so far (Weinberg, Brown & Stroud 2007: the day's
 * level is a random multiplier of its forecast, updated within the day by the calls seen; Shen &
 * Huang 2008 show such dynamic updates cut the error of the rest of the day). The multiplier is
 * (Σ memory^age·calls + prior) ÷ (Σ memory^age·expected + prior) over the intervals seen (a
 * discounted ratio that follows a level moving within the day and shrinks toward the forecast
 * while little is seen); memory and prior are those that re-forecast the history's own days best
 * (`forecast.spread.update`). Calls far from that rule's expectation make the day unusual (at the
 * history's rate of unusual days a priori, by the normal likelihood of the calls so far) and the
 * ratio then trusts the calls alone (a prior of one call). Intervals: ± z·√(noise·f + restVariance·f²) with the variance
 * those re-forecasts left. The interval in progress (live arrivals) counts for the part seen.
 *
 * @param forecast - what {@link forecastArrivals} answered (its rows must cover the day)
 * @param today - calls so far: `{ start, calls }` per interval of the forecast, or `{ arrivals, now }` from a live tracker
 * @returns the rest of the day's rows, the multiplier, calls observed and expected so far, and the chance the day is unusual
 * @throws {QueueInputError} on malformed counts, rows of several days, or a day the forecast does not cover
 * @example
 * const history = Array.from({ length: 28 * 4 }, (_, i) => ({ start: Math.floor(i / 4) * 86400 + 36000 + (i % 4) * 3600, length: 3600, calls: [100, 200, 300, 200][i % 4] }));
 * const forecast = forecastArrivals(history, { days: 1 });
 * const today = [{ start: 28 * 86400 + 36000, calls: 150 }, { start: 28 * 86400 + 39600, calls: 300 }];
 * reforecastDay(forecast, today).rows.map((r) => Math.round(r.calls)); // => [449, 300]
 */
export function reforecastDay(forecast: ArrivalForecast, today: TodaySoFar, options: ReforecastOptions = {}): DayReforecast {
  const f = plainObject('forecast', forecast) as unknown as ArrivalForecast;
  if (!Array.isArray(f.rows) || typeof f.spread !== 'object' || f.spread === null)
    throw new QueueInputError('forecast', forecast, 'what forecastArrivals answered');
  const o = optionsObject(options) as ReforecastOptions;
  const coverage = o.coverage ?? f.spread.coverage;
  if (typeof coverage !== 'number' || !(coverage > 0 && coverage < 1))
    throw new QueueInputError('options.coverage', coverage, 'a number strictly between 0 and 1');
  const soFar = observedSoFar(f, today);
  const dayRows = f.rows.filter((r) => Math.floor(r.start / DAY) === soFar.day);
  if (dayRows.length === 0) throw new QueueInputError('today', `day ${soFar.day}`, 'counts of a day the forecast covers');
  const seen = dayRows.filter((r) => soFar.exposure(r) > 0);
  const observed = [...soFar.calls.values()].reduce((sum, v) => sum + v, 0);
  const expected = seen.reduce((sum, r) => sum + r.calls * soFar.exposure(r), 0);
  const rule = f.spread.update;
  const counts = seen.map((r) => soFar.calls.get(r.start) ?? 0);
  const expectations = seen.map((r) => r.calls * soFar.exposure(r));
  // an ordinary day (the history's rule) or, at the history's rate, an unusual one (a prior of one call)
  const ordinary = discountedRatio(counts, expectations, seen.length, rule.memory, rule.prior);
  const unusual = discountedRatio(counts, expectations, seen.length, rule.memory, 1);
  const noise = Math.max(1, rule.noise);
  const logLikelihood = (relativeVariance: number): number => {
    const variance = noise * Math.max(expected, 1) + expected * expected * relativeVariance;
    return -0.5 * (Math.log(variance) + (observed - expected) ** 2 / variance);
  };
  const rate = Math.min(Math.max(f.spread.anomalyRate, 1e-9), 1 - 1e-9);
  const odds = Math.log(rate / (1 - rate)) + logLikelihood(1) - logLikelihood(noise / Math.max(rule.prior, 1e-9));
  const chance = odds > 700 ? 1 : Math.exp(odds) / (1 + Math.exp(odds));
  const factor = (1 - chance) * ordinary + chance * unusual;
  const z = normalQuantile((1 + coverage) / 2);
  const rows = dayRows
    .filter((r) => r.start + r.length > soFar.now)
    .map((r) => {
      const calls = Math.min(r.calls * factor, Number.MAX_VALUE);
      const width = z * Math.sqrt(Math.max(calls, 1)) * Math.sqrt(rule.noise + rule.restVariance * calls);
      return { ...r, calls, lower: Math.max(0, calls - width), upper: Math.min(calls + width, Number.MAX_VALUE) };
    });
  return { rows, factor, observed, expected, unusual: chance };
}
