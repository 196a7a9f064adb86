import type { HistoryGrid } from './historyGrid.js';
import { median } from './median.js';

const ALPHAS = [0.05, 0.1, 0.2, 0.35, 0.5];
const GAMMAS = [0, 0.05, 0.15];
/** Leads (days) the smoothing constants are chosen for: a week's forecast. */
const LEADS = 7;

/** The smoothed log level and weekday effects after the fitting days. @internal */
export interface DayLevel {
  /** log(calls + 1) of an ordinary day: level + effect[weekday]. */
  level: number;
  /** Weekday effects (NaN: weekday never seen). */
  effect: Float64Array;
}

/** One pass of the smoother; returns the sum and count of its squared errors 1 to 7 days ahead. */
function smooth(logs: Float64Array, weekdays: Int8Array, start: DayLevel, alpha: number, gamma: number, out: DayLevel): [number, number] {
  let level = start.level;
  const effect = start.effect.slice();
  let sse = 0;
  let n = 0;
  // the level at the end of each of the last week's days: errors at every lead of a week's forecast
  const past = new Float64Array(LEADS).fill(level);
  for (let d = 0; d < logs.length; d++) {
    const x = logs[d] as number;
    const w = weekdays[d] as number;
    const weekdayEffect = effect[w] ?? Number.NaN; // NaN: not a weekday seen
    if (!Number.isNaN(x) && !Number.isNaN(weekdayEffect) && d >= 7) {
      for (const before of past) {
        const ahead = x - before - weekdayEffect;
        sse += ahead * ahead;
        n++;
      }
    }
    if (!Number.isNaN(x) && !Number.isNaN(weekdayEffect)) {
      const e = x - level - weekdayEffect;
      level += alpha * e;
      effect[w] = weekdayEffect + gamma * e;
    }
    past.copyWithin(1, 0);
    past[0] = level;
  }
  out.level = level;
  out.effect = effect;
  return [sse, n];
}

/**
 * The level of ordinary days, followed day by day: exponential smoothing of log(daily calls + 1)
 * with a weekday effect (Holt–Winters on the daily totals with a weekly season, on the log scale,
 * where a weekday's effect is multiplicative; Taylor 2008 and Weinberg, Brown & Stroud 2007 model
 * the day's level in logs too). The effects start from each weekday's median over its first three
 * days; the smoothing constants are those of least squared error 1 to 7 days ahead on a small grid.
 * Days left out of fitting (NaN calls) are skipped.
 * @internal
 */
export function dayLevel(grid: HistoryGrid, fitDays: number, totals: Float64Array): DayLevel | undefined {
  const logs = new Float64Array(fitDays).fill(NaN);
  const weekdays = new Int8Array(fitDays);
  const firsts: number[][] = [[], [], [], [], [], [], []];
  grid.dayKind.subarray(0, fitDays).forEach((kind, d) => {
    weekdays[d] = kind;
    const t = totals[d] ?? Number.NaN; // NaN: no row
    const list = firsts[kind]; // a weekday's (kind < 7); a calendar label has none
    if (Number.isNaN(t) || list === undefined) return;
    const log = Math.log(t + 1);
    logs[d] = log;
    if (list.length < 3) list.push(log);
  });
  const effect = new Float64Array(7).fill(NaN);
  let sum = 0;
  let seen = 0;
  firsts.forEach((list, w) => {
    if (list.length === 0) return;
    const m = median(list);
    effect[w] = m;
    sum += m;
    seen++;
  });
  if (seen === 0) return undefined;
  effect.forEach((e, w) => {
    effect[w] = e - sum / seen;
  });
  const start: DayLevel = { level: sum / seen, effect };
  let best: DayLevel = { ...start };
  let bestError = Infinity;
  const trial: DayLevel = { ...start };
  for (const alpha of ALPHAS)
    for (const gamma of GAMMAS) {
      const [sse, n] = smooth(logs, weekdays, start, alpha, gamma, trial);
      const error = n > 0 ? sse / n : 0;
      if (error < bestError) {
        bestError = error;
        best = { level: trial.level, effect: trial.effect };
      }
    }
  return best;
}
