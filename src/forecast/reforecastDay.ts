import { nonNegative, optionsObject, plainObject } from '../math/checks.js';
import { normalQuantile } from '../math/normalQuantile.js';
import { QueueInputError } from '../math/QueueInputError.js';
import type { ArrivalForecast, ArrivalForecastRow, DayUpdateRule } from './ArrivalForecast.js';
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
  /**
   * What the rest of the day's forecast is multiplied by: its calls re-forecast ÷ forecast (the
   * rows' own factors differ by lead time; with no calls left forecast, the posterior mean of the
   * day's level ÷ the forecast's).
   */
  readonly factor: number;
  /** Calls so far. */
  readonly observed: number;
  /** Calls the forecast expected by now. */
  readonly expected: number;
  /** Probability that the day is unusual (unlike the history's ordinary days) given its calls so far. */
  readonly unusual: number;
  /**
   * Calendar days only: the probability that the day follows its label's forecast rather than an
   * ordinary day's, given its calls so far (the rows weigh the two by it).
   */
  readonly label?: number;
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
    // the forecast's intervals start on multiples of their length (none: the day check refuses)
    const length = forecast.rows[0]?.length ?? 1;
    rows.forEach((r, i) => {
      plainObject(`today[${i}]`, r);
      const start = nonNegative(`today[${i}].start`, r.start);
      if (i === 0) day = Math.floor(start / DAY);
      if (Math.floor(start / DAY) !== day) throw new QueueInputError(`today[${i}].start`, start, `a time of the same day as today[0]`);
      if (Math.abs(start / length - Math.round(start / length)) > 1e-9)
        throw new QueueInputError(`today[${i}].start`, start, `the start of one of the forecast's intervals (a multiple of ${length} s)`);
      calls.set(start, (calls.get(start) ?? 0) + nonNegative(`today[${i}].calls`, r.calls));
      now = Math.max(now, start + length);
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

/** The day's level given its calls so far, under one forecast of its intervals. */
interface LevelPosterior {
  /** Posterior mean of the level ÷ the forecast's (the one memory and prior of the rule). */
  factor: number;
  /** The same for a row starting `lead` hours after now (the rule's band of lead time). */
  factorAt: (lead: number) => number;
  /** Calls the forecast expected by now. */
  expected: number;
  /** Probability that the day is unusual given its calls so far. */
  chance: number;
  /** Log of the calls so far's (normal) likelihood under this forecast, ordinary and unusual days mixed. */
  logEvidence: number;
}

/**
 * The level of a day whose seen intervals `seen` were forecast `expectedOf(row)` calls and had
 * `counts`: an ordinary day (the history's rule) or, at the history's rate, an unusual one (a prior
 * of one call), weighed by the normal likelihood of the calls so far.
 */
function levelPosterior(
  counts: readonly number[],
  seen: readonly ArrivalForecastRow[],
  expectedOf: (r: ArrivalForecastRow) => number,
  rule: DayUpdateRule,
  rate: number,
): LevelPosterior {
  const expectations = seen.map(expectedOf);
  const observed = counts.reduce((sum, v) => sum + v, 0);
  const expected = expectations.reduce((sum, v) => sum + v, 0);
  const ratio = (memory: number, prior: number): number =>
    Math.min(discountedRatio(counts, expectations, seen.length, memory, prior), Number.MAX_VALUE);
  const ordinary = ratio(rule.memory, rule.prior);
  const unusual = ratio(rule.memory, 1);
  const noise = Math.max(1, rule.noise);
  // variance noise·m + expected²·v in units of m = max(expected, 1), and the squared error capped: no overflow
  const scale = Math.max(expected, 1);
  const squared = Math.min(((observed - expected) / Math.sqrt(scale)) ** 2, Number.MAX_VALUE);
  const logLikelihood = (relativeVariance: number): number => {
    const perScale = noise + expected * (expected / scale) * relativeVariance;
    return -0.5 * (Math.log(scale) + Math.log(perScale) + squared / perScale);
  };
  const ordinaryLog = Math.log(1 - rate) + logLikelihood(noise / Math.max(rule.prior, 1e-9));
  const unusualLog = Math.log(rate) + logLikelihood(1);
  const odds = unusualLog - ordinaryLog;
  const chance = odds > 700 ? 1 : Math.exp(odds) / (1 + Math.exp(odds));
  const top = Math.max(ordinaryLog, unusualLog);
  const logEvidence = top + Math.log(Math.exp(ordinaryLog - top) + Math.exp(unusualLog - top));
  const mixed = (level: number): number => Math.min((1 - chance) * level + chance * unusual, Number.MAX_VALUE);
  const bands = (rule.horizons ?? []).map((band) => ({ from: band.from, factor: mixed(ratio(band.memory, band.prior)) }));
  const factor = mixed(ordinary);
  // a row's band: the last that begins by its lead (rows already begun: the first)
  const factorAt = (lead: number): number => bands[Math.max(0, bands.filter((band) => lead >= band.from).length - 1)]?.factor ?? factor;
  return { factor, factorAt, expected, chance, logEvidence };
}

/**
 * Re-forecasts the rest of a day from its calls so far (Weinberg, Brown & Stroud 2007: the day's
 * level is a random multiplier of its forecast, updated within the day by the calls seen; Shen &
 * Huang 2008 show such dynamic updates cut the error of the rest of the day). The multiplier is
 * (Σ memory^age·calls + prior) ÷ (Σ memory^age·expected + prior) over the intervals seen (a
 * discounted ratio that follows a level moving within the day and shrinks toward the forecast
 * while little is seen); memory and prior are those that re-forecast the history's own days best
 * while they were under way, one pair per band of lead time (`forecast.spread.update.horizons`:
 * near-term persistence, the next hour following the last intervals and the evening the whole
 * day so far). Calls far from that rule's expectation make the day unusual (at the
 * history's rate of unusual days a priori, by the normal likelihood of the calls so far) and the
 * ratio then trusts the calls alone (a prior of one call). On a calendar day (rows with
 * `ordinary`), two forecasts of the day are weighed by the likelihood of its calls so far (Bayesian
 * model averaging, Hoeting, Madigan, Raftery & Volinsky 1999): its label's, believed a priori but
 * for the history's rate of unusual days, and an ordinary day of its weekday; so a day labelled a
 * holiday whose morning runs like an ordinary day is re-forecast as one, not as the label's shape
 * scaled by the morning's ratio. Intervals: ± z·√(noise·f + restVariance·f²) with the variance
 * those re-forecasts left (plus, on a calendar day, the spread between the two forecasts). The
 * interval in progress (live arrivals) counts for the part seen.
 *
 * @param forecast - what {@link forecastArrivals} answered (its rows must cover the day)
 * @param today - calls so far: `{ start, calls }` per interval of the forecast, or `{ arrivals, now }` from a live tracker
 * @returns the rest of the day's rows, the multiplier, calls observed and expected so far, and the chance the day is unusual
 * @throws {QueueInputError} on malformed counts, rows of several days, a start off the forecast's
 *   interval grid, or a day the forecast does not cover
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
  if (dayRows.length === 0) {
    const [parameter, value] = Array.isArray(today) ? ['today[0].start', today[0]?.start] : ['today.now', soFar.now];
    throw new QueueInputError(parameter, value, 'a time on one of the days the forecast covers');
  }
  const seen = dayRows.filter((r) => soFar.exposure(r) > 0);
  const observed = [...soFar.calls.values()].reduce((sum, v) => sum + v, 0);
  const counts = seen.map((r) => soFar.calls.get(r.start) ?? 0);
  const rate = Math.min(Math.max(f.spread.anomalyRate, 1e-9), 1 - 1e-9);
  const own = levelPosterior(counts, seen, (r) => r.calls * soFar.exposure(r), f.spread.update, rate);
  // a calendar day: its label (believed but at the history's rate of unusual days) or an ordinary day of its weekday
  const labelled = dayRows.some((r) => r.ordinary !== undefined);
  const plain = labelled ? levelPosterior(counts, seen, (r) => (r.ordinary ?? r.calls) * soFar.exposure(r), f.spread.update, rate) : own;
  const odds = labelled ? Math.log(rate / (1 - rate)) + plain.logEvidence - own.logEvidence : -Infinity;
  const ordinaryWeight = odds > 700 ? 1 : Math.exp(odds) / (1 + Math.exp(odds));
  const expected = own.expected;
  const chance = (1 - ordinaryWeight) * own.chance + ordinaryWeight * plain.chance;
  const rule = f.spread.update;
  const z = normalQuantile((1 + coverage) / 2);
  let before = 0;
  let after = 0;
  const rows = dayRows
    .filter((r) => r.start + r.length > soFar.now)
    .map((r) => {
      const lead = (r.start - soFar.now) / 3600;
      const fromOwn = Math.min(r.calls * own.factorAt(lead), Number.MAX_VALUE);
      const fromPlain = Math.min((r.ordinary ?? r.calls) * plain.factorAt(lead), Number.MAX_VALUE);
      const calls = Math.min((1 - ordinaryWeight) * fromOwn + ordinaryWeight * fromPlain, Number.MAX_VALUE);
      before += r.calls;
      after += calls;
      // the variance of each forecast and of the choice between them, in units of the larger (no overflow)
      const sd = (mean: number): number => Math.sqrt(Math.max(mean, 1)) * Math.sqrt(rule.noise + rule.restVariance * mean);
      const scale = Math.max(fromOwn, fromPlain, 1);
      const part = (weight: number, mean: number): number =>
        weight > 0 ? weight * ((sd(mean) / scale) ** 2 + ((mean - calls) / scale) ** 2) : 0;
      const width = z * scale * Math.sqrt(part(1 - ordinaryWeight, fromOwn) + part(ordinaryWeight, fromPlain));
      return { ...r, calls, lower: Math.max(0, calls - width), upper: Math.min(calls + width, Number.MAX_VALUE) };
    });
  const fallback = labelled ? plain.factor : own.factor;
  const factor = Math.min(before > 0 ? after / before : fallback, Number.MAX_VALUE);
  return { rows, factor, observed, expected, unusual: chance, ...(labelled && { label: 1 - ordinaryWeight }) };
}
