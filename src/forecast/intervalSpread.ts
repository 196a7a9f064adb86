import type { BacktestRun } from './backtest.js';
import type { HistoryGrid } from './historyGrid.js';
import { weekdayOf } from './historyGrid.js';
import { hourScales } from './hourScales.js';
import { type Component, normalCdfApprox } from './mixtureBounds.js';
import { shrunkScales } from './shrunkScales.js';
import type { UnusualDays } from './unusualDays.js';

/** The calibrated multiple lies within e^±LOG_RANGE of the variance model's deviation. */
const LOG_RANGE = 5;
/** The search brackets the multiple's logarithm by ±BRACKET around the ordinary day's, widening in steps of it. */
const BRACKET = 0.25;
/** Bisection steps: the multiple's logarithm to 0.5/2⁶ = 0.008 (0.8%). */
const STEPS = 6;

/** How wide prediction intervals are: the variance model and its calibration by hour and day. @internal */
export interface IntervalSpread {
  /** Variance per expected call of the interval noise (1 = Poisson). */
  dispersion: number;
  /** Relative variance of the day's level (variance ÷ forecast², beyond the noise). */
  levelVariance: number;
  /** z-multiples per hour of the day (24) and per weekday (7) that make the intervals hold there. */
  hourScale: Float64Array;
  weekdayScale: Float64Array;
}

/** Standard deviation of an interval's calls forecast at `calls`: √(φ·f + v·f²), without overflow. @internal */
export function callsSd(spread: Pick<IntervalSpread, 'dispersion' | 'levelVariance'>, calls: number): number {
  const f = Math.max(calls, 1);
  return Math.sqrt(f) * Math.sqrt(spread.dispersion + spread.levelVariance * f);
}

/**
 * The predictive distribution of an interval forecast at `calls` (deviations × `scale`, its hour's
 * and weekday's): an ordinary day, or, at the history's rate, a day like one of its unusual ones,
 * each at its ratio and spread within its day (a day's predictive distribution as a mixture: West
 * & Harrison 1997, multi-process models). On a calendar day, `ordinary` is the day that does not
 * follow its label, at its rate (as `reforecastDay` weighs them before any call is seen), and
 * `within` the label's own spread within its day, as a fraction of `calls` (a label not seen yet
 * has the planner's multiplier but no shape: it spreads like the history's unusual days).
 * @internal
 */
export function forecastMixture(
  spread: IntervalSpread,
  calls: number,
  scale: number,
  unusual: UnusualDays,
  ordinary?: { readonly calls: number; readonly rate: number },
  within = 0,
): Component[] {
  const share = unusual.ratios.length === 0 ? 0 : unusual.rate / unusual.ratios.length;
  const kept = ordinary === undefined ? 1 : 1 - ordinary.rate;
  const components = [
    { weight: (1 - share * unusual.ratios.length) * kept, mean: calls, sd: Math.hypot(callsSd(spread, calls), within * calls) * scale },
    ...unusual.ratios.map((r, j) => ({
      weight: share * kept,
      mean: calls * r,
      sd: Math.hypot(callsSd(spread, calls * r), (unusual.spreads[j] as number) * calls) * scale,
    })),
  ];
  if (ordinary !== undefined) components.push({ weight: ordinary.rate, mean: ordinary.calls, sd: callsSd(spread, ordinary.calls) * scale });
  return components;
}

/**
 * The multiple of the standard deviations that makes the forecast's own intervals (the mixture
 * of an ordinary and an unusual day) hold `coverage` of the backtest's intervals, the days the
 * anomaly search kept out of fitting included (the intervals must hold there too). Split-conformal
 * calibration (Vovk, Gammerman & Shafer 2005) with days as the exchangeable units (a day's errors
 * move together): the m days scored and the day forecast hold `coverage` of their n + n/m
 * intervals together, the day forecast counted as held like the worst of the m (between the
 * pooled intervals' coverage·(n + 1)/n, which a run of holidays defeats, and none of it held,
 * which always holds ≈ coverage·(m + 1)/m). No rounding to the largest error: the multiple is
 * found by bisection on its logarithm.
 */
function calibratedMultiple(
  grid: HistoryGrid,
  runs: readonly BacktestRun[],
  pick: (run: BacktestRun) => Float64Array,
  spread: IntervalSpread,
  hours: Float64Array,
  coverage: number,
  z: number,
  unusual: UnusualDays,
): number {
  const S = grid.slotsPerDay;
  const longest = runs.reduce((m, r) => Math.max(m, r.h), 0);
  // per interval scored: its calls, then each component's weight, mean and deviation (before the multiple)
  const sample: number[] = [];
  const dayIndex = new Map<number, number>();
  const slotDay: number[] = [];
  let ordinaryScores: number[] = [];
  for (const r of runs) {
    if (r.h < longest) continue;
    const values = pick(r);
    for (let d = 0; d < r.h; d++) {
      const day = r.origin + d;
      // a calendar day's forecast is its label's, not the backtest's
      if ((grid.dayKind[day] as number) >= 7) continue;
      const weekdayScale = spread.weekdayScale[weekdayOf(grid, day)] as number;
      for (let k = 0; k < S; k++) {
        // NaN: no row, no forecast
        const actual = grid.raw[day * S + k] ?? Number.NaN;
        const f = Math.max(0, values[d * S + k] ?? Number.NaN);
        if (Number.isNaN(actual) || Number.isNaN(f)) continue;
        const scale = (hours[Math.floor((k * grid.slotSeconds) / 3600)] as number) * weekdayScale;
        sample.push(actual);
        if (!dayIndex.has(day)) dayIndex.set(day, dayIndex.size);
        slotDay.push(dayIndex.get(day) as number);
        for (const c of forecastMixture(spread, f, scale, unusual)) sample.push(c.weight, c.mean, c.sd);
        ordinaryScores.push(Math.abs(actual - f) / (callsSd(spread, f) * scale));
      }
    }
  }
  const n = ordinaryScores.length;
  if (n === 0) return 1;
  const tail = (1 - coverage) / 2;
  const components = unusual.ratios.length + 1;
  const stride = 1 + 3 * components;
  const packed = Float64Array.from(sample);
  const m = dayIndex.size;
  const slotsOfDay = new Float64Array(m);
  for (const d of slotDay) slotsOfDay[d] = (slotsOfDay[d] as number) + 1;
  const insideOfDay = new Float64Array(m);
  const held = (logMultiple: number): boolean => {
    const multiple = Math.exp(logMultiple);
    let inside = 0;
    insideOfDay.fill(0);
    for (let at = 0, i = 0; at < packed.length; at += stride, i++) {
      const actual = packed[at] as number;
      let p = 0;
      for (let c = at + 1; c < at + stride; c += 3)
        p += (packed[c] as number) * normalCdfApprox((actual - (packed[c + 1] as number)) / ((packed[c + 2] as number) * multiple));
      if (p >= tail && p <= 1 - tail) {
        inside++;
        insideOfDay[slotDay[i] as number] = (insideOfDay[slotDay[i] as number] as number) + 1;
      }
    }
    let worst = 1;
    insideOfDay.forEach((v, d) => {
      worst = Math.min(worst, v / (slotsOfDay[d] as number));
    });
    const slots = n / m;
    return inside + slots * worst >= coverage * (n + slots);
  };
  // the ordinary day's multiple (no mixture) starts the search
  ordinaryScores = ordinaryScores.sort((x, y) => x - y);
  const start = Math.log(Math.max(ordinaryScores[Math.min(n - 1, Math.floor(coverage * n))] as number, 1e-3) / z);
  let lo = start - BRACKET;
  let hi = start + BRACKET;
  while (held(lo) && lo > -LOG_RANGE) lo -= BRACKET;
  while (!held(hi) && hi < LOG_RANGE) hi += BRACKET;
  for (let i = 0; i < STEPS; i++) {
    const mid = (lo + hi) / 2;
    if (held(mid)) hi = mid;
    else lo = mid;
  }
  return Math.exp(hi);
}

/**
 * Prediction-interval widths from a backtest's errors. The variance of an interval's calls is
 * φ·f + v·f² (Poisson noise with overdispersion φ, and a day level known to relative variance v:
 * the negative-binomial form Weinberg, Brown & Stroud 2007 and Taylor 2008's intervals reduce
 * to), fitted by least squares of e²/f on f over ordinary days of the origins that forecast the
 * whole horizon. Each hour of the day takes the scale of its residuals' tail over the whole
 * history (see hourScales: the backtest's last weeks are too few to tell it), each weekday that
 * of its median standardized error (see shrunkScales), and one multiple of all scales makes the
 * forecast's own intervals, unusual days included, hold `coverage` of the backtest's (see
 * calibratedMultiple): pooled across hours, so no cell's quantile rounds up to its largest error.
 * @internal
 */
export function intervalSpread(
  grid: HistoryGrid,
  runs: readonly BacktestRun[],
  pick: (run: BacktestRun) => Float64Array,
  coverage: number,
  z: number,
  unusual: UnusualDays,
): IntervalSpread {
  const S = grid.slotsPerDay;
  const fitted: { f: number; e: number; hour: number; weekday: number; day: number; underOneCall: boolean }[] = [];
  // the origins that forecast the whole horizon: errors at every lead, as the forecast has them
  const longest = runs.reduce((m, r) => Math.max(m, r.h), 0);
  for (const r of runs) {
    if (r.h < longest) continue;
    const values = pick(r);
    for (let d = 0; d < r.h; d++) {
      const day = r.origin + d;
      const weekday = weekdayOf(grid, day);
      for (let k = 0; k < S; k++) {
        // NaN: no row, no forecast
        const actual = grid.calls[day * S + k] ?? Number.NaN;
        const f = values[d * S + k] ?? Number.NaN;
        if (Number.isNaN(actual) || Number.isNaN(f)) continue;
        fitted.push({
          f: Math.max(f, 1),
          e: actual - f,
          hour: Math.floor((k * grid.slotSeconds) / 3600),
          weekday,
          day,
          underOneCall: f < 1,
        });
      }
    }
  }
  const spread: IntervalSpread = {
    dispersion: 1,
    levelVariance: 0,
    hourScale: new Float64Array(24).fill(1),
    weekdayScale: new Float64Array(7).fill(1),
  };
  if (fitted.length < 2) return spread;
  // r = e²/f = φ + v·f, by least squares with f in units of its mean (no overflow)
  const mean = fitted.reduce((s, p) => s + p.f, 0) / fitted.length;
  let sx = 0;
  let sy = 0;
  let sxx = 0;
  let sxy = 0;
  for (const p of fitted) {
    const x = p.f / mean;
    const y = (p.e / Math.sqrt(p.f)) ** 2;
    sx += x;
    sy += y;
    sxx += x * x;
    sxy += x * y;
  }
  const n = fitted.length;
  const slope = n * sxx - sx * sx > 0 ? (n * sxy - sx * sy) / (n * sxx - sx * sx) : 0;
  let overdispersion = (sy - slope * sx) / n;
  let b = slope;
  if (b < 0 || !Number.isFinite(b)) {
    b = 0;
    overdispersion = sy / n;
  }
  if (overdispersion < 1) {
    overdispersion = 1;
    b = Math.max(0, (sxy - sx) / sxx);
  }
  spread.dispersion = Number.isFinite(overdispersion) ? overdispersion : 1;
  spread.levelVariance = Number.isFinite(b / mean) ? b / mean : 0;
  // under one call expected, errors are too discrete to tell a scale: those intervals take the others'
  const standardized = fitted.map((p) => (p.underOneCall ? Number.NaN : Math.abs(p.e) / callsSd(spread, p.f)));
  const hours = hourScales(grid, (calls) => callsSd(spread, calls), coverage);
  const byHour = standardized.map((u, i) => u / (hours[fitted[i]?.hour ?? 0] as number));
  spread.weekdayScale.set(
    shrunkScales(
      byHour,
      fitted.map((p) => p.weekday),
      fitted.map((p) => p.day),
      7,
      0.5,
    ),
  );
  const multiple = calibratedMultiple(grid, runs, pick, spread, hours, coverage, z, unusual);
  hours.forEach((s, hour) => {
    spread.hourScale[hour] = s * multiple;
  });
  return spread;
}
