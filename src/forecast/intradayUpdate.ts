import { addAt } from '../math/addAt.js';
import { daySlots, dayTotal, type HistoryGrid, weekdayOf } from './historyGrid.js';
import { median } from './median.js';

/** Candidate discounts per interval of the calls seen so far, and prior weights in calls. */
const MEMORIES = [0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 1];
const PRIORS = [1, 3, 10, 30, 100, 300, 1000];
/** Days of history the rule is learned on. */
const DAYS = 91;
/** Lower ends of the bands of lead time (hours after the last interval seen) that learn their own memory and prior. */
const LEADS = [0, 1, 2, 4, 8];

/** How the rest of a day is re-forecast from its calls so far, as learned from the history. @internal */
export interface IntradayUpdate {
  /** Weight of the calls of an interval j intervals before now: memory^j. */
  memory: number;
  /** Calls' worth of belief in the forecast itself (the ratio is (seen + prior) ÷ (expected + prior)). */
  prior: number;
  /** Variance per expected call of an interval's calls once the day's level is re-estimated. */
  noise: number;
  /** Relative variance of the re-estimated level (variance ÷ forecast², beyond the noise). */
  restVariance: number;
  /** Memory and prior per band of lead time (see {@link DayUpdateRule}). */
  horizons: { from: number; memory: number; prior: number }[];
}

/**
 * Learns the within-day update from the history's days, unusual ones included (the days where an
 * update matters most): each day's calls beside what a forecast made the week before expected of
 * them (the median of its weekday's four days before × the weekday's intraday shape); at cut
 * times while the day is under way (a tenth to nine tenths of its expected calls seen) the ratio
 * (Σ memory^age·calls + prior) ÷ (Σ memory^age·expected + prior) re-forecasts the rest of the day,
 * and the memory and prior of least squared error over the rest of the day are kept (the
 * discounted level of exponential smoothing, Gardner 1985, and the shrinkage of Weinberg, Brown &
 * Stroud 2007's updating toward the forecast), and those of least error at each band of lead time
 * (0, 1, 2, 4, 8 hours on: how long a deviation persists). The error left gives the rest-of-day
 * variance, noise·f + restVariance·f² (method of moments).
 * @internal
 */
export function intradayUpdate(grid: HistoryGrid): IntradayUpdate {
  const S = grid.slotsPerDay;
  const days = baselineDays(grid);
  const cuts: number[] = [];
  for (let c = 1; c < S; c += Math.max(1, Math.round(S / 12))) cuts.push(c);
  // re-forecasts are made while the day is under way: cut times after a tenth of its expected calls and before nine tenths
  const underWayCuts = days.map(({ b }) => cuts.filter((c) => underWay(b, c)));
  const dayCuts = underWayCuts.some((list) => list.length > 0) ? underWayCuts : days.map(() => cuts);
  const fallback: IntradayUpdate = { memory: 0.9, prior: 10, noise: 1, restVariance: 0, horizons: [] };
  if (days.length === 0) return fallback;
  const slotsPerHour = 3600 / grid.slotSeconds;
  /** The band of lead time of a slot `lead` slots after the cut. */
  const bandOf = Int8Array.from({ length: S }, (_, lead) => LEADS.filter((from) => lead >= from * slotsPerHour).length - 1);
  let best = { error: Infinity, memory: fallback.memory, prior: fallback.prior };
  const bands = LEADS.map((from) => ({ error: Infinity, from, memory: fallback.memory, prior: fallback.prior }));
  for (const memory of MEMORIES)
    for (const prior of PRIORS) {
      const errors = new Float64Array(LEADS.length);
      days.forEach(({ y, b }, d) => {
        for (const c of dayCuts[d] as number[]) {
          const ratio = discountedRatio(y, b, c, memory, prior);
          for (let k = c; k < S; k++)
            if (!Number.isNaN(y[k])) addAt(errors, bandOf[k - c] as number, ((y[k] as number) - (b[k] as number) * ratio) ** 2);
        }
      });
      const error = errors.reduce((sum, v) => sum + v, 0);
      if (error < best.error) best = { error, memory, prior };
      bands.forEach((band, i) => {
        if ((errors[i] as number) < band.error) bands[i] = { ...band, error: errors[i] as number, memory, prior };
      });
    }
  const horizons = bands.map(({ from, memory, prior }) => ({ from, memory, prior }));
  // moments of the error left: E[e²] = noise·f + v·f²
  let sumF = 0;
  let sumF2 = 0;
  let sumF3 = 0;
  let sumE2 = 0;
  let sumE2F = 0;
  days.forEach(({ y, b }, d) => {
    for (const c of dayCuts[d] as number[]) {
      const ratios = horizons.map(({ memory, prior }) => discountedRatio(y, b, c, memory, prior));
      for (let k = c; k < S; k++) {
        const f = (b[k] as number) * (ratios[bandOf[k - c] as number] as number);
        if (Number.isNaN(y[k]) || !(f > 0)) continue;
        const e2 = ((y[k] as number) - f) ** 2;
        sumF += f;
        sumF2 += f * f;
        sumF3 += f * f * f;
        sumE2 += e2;
        sumE2F += e2 * f;
      }
    }
  });
  const determinant = sumF * sumF3 - sumF2 * sumF2;
  let noise = determinant > 0 ? (sumE2 * sumF3 - sumE2F * sumF2) / determinant : 1;
  let restVariance = determinant > 0 ? (sumF * sumE2F - sumF2 * sumE2) / determinant : 0;
  if (!(restVariance >= 0)) {
    restVariance = 0;
    noise = sumF > 0 ? sumE2 / sumF : 1;
  }
  if (!(noise >= 1)) {
    noise = 1;
    restVariance = sumF3 > 0 ? Math.max(0, (sumE2F - sumF2) / sumF3) : 0;
  }
  return { memory: best.memory, prior: best.prior, noise, restVariance, horizons };
}

/** A day's calls per slot (`y`) beside what was expected of them (`b`; 0 where closed). */
interface DayPair {
  y: ArrayLike<number>;
  b: ArrayLike<number>;
}

/** The history's days beside the median of their weekday's four days before × its intraday shape. */
function baselineDays(grid: HistoryGrid): DayPair[] {
  const S = grid.slotsPerDay;
  const share = new Float64Array(7 * S);
  const totals = new Float64Array(7);
  const first = Math.max(0, grid.days - DAYS);
  const weekdayShare = (w: number): Float64Array => share.subarray(w * S, (w + 1) * S);
  for (let d = first; d < grid.days; d++) {
    const w = weekdayOf(grid, d);
    const weekday = weekdayShare(w);
    daySlots(grid, d).forEach((v, k) => {
      if (Number.isNaN(v)) return;
      addAt(weekday, k, v);
      addAt(totals, w, v);
    });
  }
  const days: DayPair[] = [];
  for (let d = first; d < grid.days; d++) {
    const w = weekdayOf(grid, d);
    const typical = previousTotal(grid, d);
    const total = totals[w] ?? 0; // the weekday's calls in the window: none seen, 0
    if (!(typical > 0) || !(total > 0)) continue;
    const y = daySlots(grid, d, grid.raw);
    const b = weekdayShare(w).map((s, k) => (Number.isNaN(y[k]) ? 0 : (typical * s) / total));
    days.push({ y, b });
  }
  return days;
}

/** The median calls of the same weekday's latest four ordinary days before `day`: what a forecast made the week before knew. */
function previousTotal(grid: HistoryGrid, day: number): number {
  const past: number[] = [];
  for (let d = day - 7; d >= 0 && past.length < 4; d -= 7) {
    const total = dayTotal(grid, d);
    if (!Number.isNaN(total)) past.push(total);
  }
  return median(past);
}

/** Whether a day expected `b` per slot is under way at cut `c`: between a tenth and nine tenths of its expected calls before it. */
function underWay(b: ArrayLike<number>, c: number): boolean {
  let before = 0;
  let total = 0;
  for (let k = 0; k < b.length; k++) {
    total += b[k] as number;
    if (k < c) before += b[k] as number;
  }
  return before >= 0.1 * total && before <= 0.9 * total;
}

/** (Σ memory^(c−1−k)·y_k + prior) ÷ (Σ memory^(c−1−k)·b_k + prior) over the intervals k < c with a count. @internal */
export function discountedRatio(y: ArrayLike<number>, b: ArrayLike<number>, c: number, memory: number, prior: number): number {
  let seen = prior;
  let expected = prior;
  let weight = 1;
  for (let k = c - 1; k >= 0; k--) {
    const v = y[k] as number;
    if (!Number.isNaN(v)) {
      seen += weight * v;
      expected += weight * (b[k] as number);
    }
    weight *= memory;
  }
  return seen / expected;
}
