import { dayTotal, type HistoryGrid } from './historyGrid.js';
import { median } from './median.js';

/** A day of the history far from what its week and weekday led one to expect. */
export interface AnomalousDay {
  /** Midnight of the day, seconds on the history's clock. */
  readonly day: number;
  /** Calls that day. */
  readonly calls: number;
  /** Calls its weekday and its week led one to expect. */
  readonly expected: number;
  /** calls ÷ expected (0.4 = a day at 40% of its usual volume). */
  readonly ratio: number;
  /** Robust z-score of log(calls ÷ expected) (|z| > 3.5 is anomalous). */
  readonly score: number;
}

/** The modified z-score beyond which a day is an outlier (Iglewicz & Hoaglin 1993). */
const CUTOFF = 3.5;
/** Same-weekday neighbours each side, weeks; days of its week each side. */
const WEEKS = 4;
const WEEK_DAYS = 3;

/** What each day's calls, expectation and robust score are. @internal */
export interface DayAnomalies {
  /** Calls per day (NaN: no row). */
  totals: Float64Array;
  /** Expected calls per day from its weekday and week (NaN: too few neighbours to tell). */
  expected: Float64Array;
  /** Robust z-score per day (0 when not judged). */
  score: Float64Array;
  /** 1 where |score| > 3.5. */
  flagged: Uint8Array;
}

/**
 * Finds the days of a history far from what their weekday and their week lead one to expect,
 * without labels: a day's expectation is the median of the same weekday's calls over the four
 * weeks each side, times the median ratio of the days around it to their own weekday medians
 * (its week). Two passes: the six days around, then, without the days the first pass found (in
 * the weekday medians too), the three before or the three after (whichever side the day is more
 * like), so a level shift moves the expectation with it and a holiday, or its neighbouring
 * holidays, do not drag it down. log(calls ÷ expected) is scored against its robust spread (1.4826 × the median
 * absolute log ratio over all days, plus Poisson noise: with most days exactly as expected, the
 * Poisson part alone), and |z| > 3.5 is anomalous (Iglewicz & Hoaglin 1993). Days of a calendar
 * label (`dayKind` ≥ 7) are judged but never neighbours.
 * @internal
 */
export function anomalousDays(grid: HistoryGrid): DayAnomalies {
  const days = grid.days;
  const totals = new Float64Array(days);
  const ordinaryDay: boolean[] = [];
  grid.dayKind.subarray(0, days).forEach((kind, d) => {
    const total = dayTotal(grid, d, grid.raw);
    totals[d] = total;
    ordinaryDay.push(!Number.isNaN(total) && kind < 7);
  });
  // outside the history: no day
  const ordinary = (d: number): boolean => ordinaryDay[d] === true;
  /** Median calls of each day's weekday over four weeks each side, among the days `keep` allows. */
  const weekdayMedians = (keep: (n: number) => boolean): Float64Array => {
    const out = new Float64Array(days).fill(Number.NaN);
    for (let d = 0; d < days; d++) {
      const near: number[] = [];
      for (let j = 1; j <= WEEKS; j++) for (const n of [d - 7 * j, d + 7 * j]) if (ordinary(n) && keep(n)) near.push(known(totals, n));
      if (near.length >= 2) out[d] = median(near);
    }
    return out;
  };
  // first pass: every ordinary day, the six days around as its week
  const all = weekdayMedians(() => true);
  const first = judge(days, totals, all, (d) => {
    const near: number[] = [];
    for (let n = d - WEEK_DAYS; n <= d + WEEK_DAYS; n++)
      if (n !== d && ordinary(n) && !Number.isNaN(known(all, n))) near.push((known(totals, n) + 1) / (known(all, n) + 1));
    return near.length >= 2 ? median(near) : 1;
  });
  // second pass, without the days the first found (a holiday's neighbours are often holidays):
  // the three days before or the three after as its week, whichever the day is more like
  const kept = (n: number): boolean => first.flagged[n] !== 1;
  const clean = weekdayMedians(kept);
  const ratio = (d: number): number => (known(totals, d) + 1) / (known(clean, d) + 1);
  return judge(days, totals, clean, (d) => {
    const own = Math.log(ratio(d));
    let local = 1;
    let distance = Infinity;
    for (const side of [-1, 1]) {
      const near: number[] = [];
      for (let j = 1; j <= WEEK_DAYS; j++) {
        const n = d + side * j;
        if (ordinary(n) && kept(n) && !Number.isNaN(known(clean, n))) near.push(ratio(n));
      }
      if (near.length < 2) continue;
      const m = median(near);
      if (Math.abs(own - Math.log(m)) < distance) {
        distance = Math.abs(own - Math.log(m));
        local = m;
      }
    }
    return local;
  });
}

/** `values[d]`, NaN (not known) outside the days. */
function known(values: Float64Array, d: number): number {
  return values[d] ?? Number.NaN;
}

/** Scores each day against its weekday median × `local(d)`, its week's factor. */
function judge(days: number, totals: Float64Array, weekdayMedian: Float64Array, local: (d: number) => number): DayAnomalies {
  const expected = new Float64Array(days).fill(Number.NaN);
  const logRatio = new Float64Array(days).fill(Number.NaN);
  weekdayMedian.forEach((typical, d) => {
    const calls = known(totals, d);
    if (Number.isNaN(typical) || Number.isNaN(calls)) return;
    const expect = (typical + 1) * local(d) - 1;
    expected[d] = expect;
    logRatio[d] = Math.log((calls + 1) / Math.max(1, expect + 1));
  });
  const judged = [...logRatio].filter((r) => !Number.isNaN(r));
  const spread = 1.4826 * median(judged.map(Math.abs));
  const score = new Float64Array(days);
  const flagged = new Uint8Array(days);
  // a spread of 0 (most days exactly as expected) leaves the Poisson part: a day far from an exact
  // pattern is still found, and an exact history (every log ratio 0) flags nothing
  if (judged.length < 5) return { totals, expected, score, flagged };
  logRatio.forEach((r, d) => {
    if (Number.isNaN(r)) return;
    const z = r / Math.sqrt(spread * spread + 1 / Math.max(1, known(expected, d) + 1));
    score[d] = z;
    if (Math.abs(z) > CUTOFF) flagged[d] = 1;
  });
  return { totals, expected, score, flagged };
}
