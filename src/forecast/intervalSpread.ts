import type { BacktestRun } from './backtest.js';
import type { HistoryGrid } from './historyGrid.js';
import { weekdayOf } from './historyGrid.js';

/** Residuals a cell needs before its own quantile replaces the pooled one. */
const CELL = 40;

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

function quantile(values: number[], p: number): number {
  values.sort((a, b) => a - b);
  const at = p * (values.length - 1);
  const lo = Math.floor(at);
  // no values: no quantile (NaN)
  const a = values[lo] ?? Number.NaN;
  const b = values[Math.min(lo + 1, values.length - 1)] ?? Number.NaN;
  return a + (b - a) * (at - lo);
}

/**
 * Prediction-interval widths from a backtest's errors. The variance of an interval's calls is
 * φ·f + v·f² (Poisson noise with overdispersion φ, and a day level known to relative variance v:
 * the negative-binomial form Weinberg, Brown & Stroud 2007 and Taylor 2008's intervals reduce
 * to), fitted by least squares of e²/f on f over ordinary days of the origins that forecast the
 * whole horizon. Their standardized errors then
 * give each hour of the day, and each weekday, the multiple of that deviation that held `coverage` of them:
 * split-conformal calibration per cell (Vovk, Gammerman & Shafer 2005), pooled where a cell
 * has fewer than 40 errors.
 * @internal
 */
export function intervalSpread(
  grid: HistoryGrid,
  runs: readonly BacktestRun[],
  pick: (run: BacktestRun) => Float64Array,
  coverage: number,
  z: number,
): IntervalSpread {
  const S = grid.slotsPerDay;
  const fitted: { f: number; e: number; hour: number; weekday: number; day: number }[] = [];
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
        fitted.push({ f: Math.max(f, 1), e: actual - f, hour: Math.floor((k * grid.slotSeconds) / 3600), weekday, day });
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
  const byHour: number[][] = Array.from({ length: 24 }, () => []);
  const all: number[] = [];
  for (const p of fitted) {
    const u = Math.abs(p.e) / callsSd(spread, p.f);
    (byHour[p.hour] as number[]).push(u);
    all.push(u);
  }
  // the errors of one day move together: the exchangeable units are the days scored, m of them,
  // and split-conformal intervals take the ⌈(m + 1)·coverage⌉-th of m (Vovk et al. 2005)
  const distinct = new Set(fitted.map((p) => p.day)).size;
  const level = Math.min(1, Math.ceil((distinct + 1) * coverage) / Math.max(distinct, 1));
  const pooled = all.length >= CELL ? quantile(all, level) / z : 1;
  byHour.forEach((cell, hour) => {
    spread.hourScale[hour] = cell.length >= CELL ? quantile(cell, level) / z : pooled;
  });
  const byWeekday: number[][] = Array.from({ length: 7 }, () => []);
  for (const p of fitted) {
    const u = Math.abs(p.e) / callsSd(spread, p.f);
    (byWeekday[p.weekday] as number[]).push(u > 0 ? u / (spread.hourScale[p.hour] as number) : 0);
  }
  byWeekday.forEach((cell, w) => {
    spread.weekdayScale[w] = cell.length >= CELL ? quantile(cell, level) / z : 1;
  });
  return spread;
}
