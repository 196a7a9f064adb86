import { MAX_ABS_TIME } from './checkEvent.js';
import type { ExactNumber, SnapshotFields } from './SnapshotFields.js';
import { exactNumber } from './SnapshotFields.js';

/**
 * An error window as a snapshot writes it: its callers [predicted, actual, within (0/1)] in ring
 * order, the ring's next position and the running sums (exact: the restored window drifts and
 * resums as this one does); or, from snapshots of version 4, only the callers oldest first, the
 * sums then recomputed.
 */
export interface SavedWindow {
  readonly entries: [number, number, number][];
  readonly position?: number;
  readonly sums?: ExactNumber[];
}

/** An error this many times the rest's root sum of squares (or sum of absolute errors) leaves too few bits of them when it leaves: the sums are recomputed. */
const CANCELLATION = 2 ** 20;

/**
 * One predictor's recent record over callers who waited and were answered: a ring of (predicted,
 * actual, answered within the announced time) with running sums for MAE, bias, RMSE and coverage,
 * and the sorted ratios actual ÷ predicted (predicted floored at 1 s) that calibrate the announced
 * quantile, as in split-conformal prediction (Vovk, Gammerman & Shafer 2005; Lei et al. 2018).
 * The ratios are sorted at their first read and kept sorted from then on: a window never read
 * (`auto`'s, which announces from the chosen predictor's) never pays for them.
 */
export class ErrorWindow {
  private readonly size: number;
  private readonly predicted: Float64Array;
  private readonly actual: Float64Array;
  private readonly within: Uint8Array;
  private position = 0;
  /** Callers in the window. */
  count = 0;
  private sumSquares = 0;
  private sumAbs = 0;
  private sum = 0;
  private withinCount = 0;
  private sorted: Float64Array;
  private sortedShared = false;
  /** Whether `sorted` holds the window's ratios (from their first read on). */
  private sortedKept = false;
  private ratioSum = 0;
  private ratioSquares = 0;

  constructor(size: number) {
    this.size = size;
    this.predicted = new Float64Array(size);
    this.actual = new Float64Array(size);
    this.within = new Uint8Array(size);
    this.sorted = new Float64Array(size);
  }

  /** Adds a caller who waited `actual` seconds after `predicted` was predicted and `announced` announced. */
  add(predicted: number, actual: number, announced: number): void {
    if (!Number.isFinite(predicted)) return;
    const i = this.position;
    if (this.sortedShared) {
      this.sorted = this.sorted.slice();
      this.sortedShared = false;
    }
    const r = ratio(predicted, actual);
    let old = 0;
    if (this.count === this.size) {
      old = (this.predicted[i] as number) - (this.actual[i] as number);
      this.sumSquares -= old * old;
      this.sumAbs -= Math.abs(old);
      this.sum -= old;
      this.withinCount -= this.within[i] as number;
      const oldRatio = ratio(this.predicted[i] as number, this.actual[i] as number);
      if (this.sortedKept) this.replaceRatio(oldRatio, r);
      this.ratioSum += r - oldRatio;
      this.ratioSquares += r * r - oldRatio * oldRatio;
    } else {
      this.count += 1;
      if (this.sortedKept) this.insertRatio(r);
      this.ratioSum += r;
      this.ratioSquares += r * r;
    }
    const error = predicted - actual;
    const within = actual <= announced ? 1 : 0;
    this.predicted[i] = predicted;
    this.actual[i] = actual;
    this.within[i] = within;
    this.sumSquares += error * error;
    this.sumAbs += Math.abs(error);
    this.sum += error;
    this.withinCount += within;
    this.position = (i + 1) % this.size;
    if (this.position === 0) this.resum();
    else if (old * old > CANCELLATION * this.sumSquares || Math.abs(old) > CANCELLATION * this.sumAbs) this.resumErrors();
  }

  /** Mean squared error (NaN when empty). */
  get mse(): number {
    return this.count > 0 ? Math.max(0, this.sumSquares) / this.count : NaN;
  }
  /** Mean absolute error (NaN when empty). */
  get mae(): number {
    return this.count > 0 ? Math.max(0, this.sumAbs) / this.count : NaN;
  }
  /** Mean of predicted − actual (NaN when empty). */
  get bias(): number {
    return this.count > 0 ? this.sum / this.count : NaN;
  }
  /** Share answered within the announced time (NaN when empty). */
  get coverage(): number {
    return this.count > 0 ? this.withinCount / this.count : NaN;
  }

  /** The sorted ratios actual ÷ max(predicted, 1 s), shared read-only with the estimates built from them. */
  ratios(): Float64Array {
    if (!this.sortedKept) this.sortRatios();
    this.sortedShared = true;
    return this.sorted.subarray(0, this.count);
  }

  /** Standard deviation of the ratios. */
  get ratioSd(): number {
    if (this.count < 2) return 0;
    const mean = this.ratioSum / this.count;
    return Math.sqrt(Math.max(0, this.ratioSquares / this.count - mean * mean));
  }

  /** The conformal `p` quantile of the ratios: the ⌈p(n+1)⌉-th smallest (the largest when beyond). */
  ratioQuantile(p: number): number {
    const n = this.count;
    const rank = Math.min(n, Math.max(1, Math.ceil(p * (n + 1))));
    if (!this.sortedKept) this.sortRatios();
    return this.sorted[rank - 1] as number;
  }

  /** The window, for a snapshot. */
  save(): SavedWindow {
    const entries: [number, number, number][] = [];
    for (let i = 0; i < this.count; i++) entries.push([this.predicted[i] as number, this.actual[i] as number, this.within[i] as number]);
    const sums = [this.sumSquares, this.sumAbs, this.sum, this.withinCount, this.ratioSum, this.ratioSquares].map(exactNumber);
    return { entries, position: this.position, sums };
  }

  /** Loads what {@link ErrorWindow.save} wrote into an empty window (of a version-4 snapshot, its last `size` callers). */
  restore(f: SnapshotFields): void {
    const rows = f.array('entries');
    const entry = (row: unknown): [number, number, number] => {
      const [predicted, actual, within] = f.array('entries', row, 3);
      return [
        f.number('entries.predicted', predicted, 0, Number.MAX_VALUE),
        f.number('entries.actual', actual, 0, 2 * MAX_ABS_TIME),
        f.number('entries.within', within, 0, 1, true),
      ];
    };
    if (f.fields.position === undefined) {
      for (const row of rows.slice(Math.max(0, rows.length - this.size))) {
        const [predicted, actual, within] = entry(row);
        this.add(predicted, actual, within === 1 ? Infinity : -Infinity);
      }
      return;
    }
    if (rows.length > this.size) throw f.error('entries', rows.length, `at most ${this.size} (history) callers`);
    rows.forEach((row, i) => {
      const [predicted, actual, within] = entry(row);
      this.predicted[i] = predicted;
      this.actual[i] = actual;
      this.within[i] = within;
    });
    this.count = rows.length;
    const position = f.get('position', 0, this.size - 1, true);
    if (this.count < this.size && position !== this.count)
      throw f.error('position', position, `${this.count} (the callers) while not full`);
    this.position = position;
    const sums = f.array('sums', undefined, 6);
    const at = (i: number): number => f.exact('sums', sums[i]);
    [this.sumSquares, this.sumAbs, this.sum] = [at(0), at(1), at(2)];
    [this.withinCount, this.ratioSum, this.ratioSquares] = [at(3), at(4), at(5)];
  }

  /** Sorts the window's ratios into `sorted`, kept sorted from then on. */
  private sortRatios(): void {
    for (let i = 0; i < this.count; i++) this.sorted[i] = ratio(this.predicted[i] as number, this.actual[i] as number);
    this.sorted.subarray(0, this.count).sort();
    this.sortedKept = true;
  }

  /** Inserts ratio `r` into the sorted window, which has just grown by one. */
  private insertRatio(r: number): void {
    const n = this.count - 1;
    const lo = this.lowerBound(r, n);
    this.sorted.copyWithin(lo + 1, lo, n);
    this.sorted[lo] = r;
  }

  /** Replaces ratio `old` by `r` in the full sorted window, moving only the entries between them. */
  private replaceRatio(old: number, r: number): void {
    const at = this.lowerBound(old, this.count - 1);
    const to = this.lowerBound(r, this.count);
    if (to <= at) {
      this.sorted.copyWithin(to + 1, to, at);
      this.sorted[to] = r;
    } else {
      this.sorted.copyWithin(at, at + 1, to);
      this.sorted[to - 1] = r;
    }
  }

  /** First index in sorted[0, end) whose ratio is ≥ r (end when none). */
  private lowerBound(r: number, end: number): number {
    let lo = 0;
    let hi = end;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.sorted[mid] as number) < r) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Running sums drift over millions of updates: recomputed once per lap of the ring. */
  private resum(): void {
    this.resumErrors();
    let ratioSum = 0;
    let ratioSquares = 0;
    for (let i = 0; i < this.count; i++) {
      const r = ratio(this.predicted[i] as number, this.actual[i] as number);
      ratioSum += r;
      ratioSquares += r * r;
    }
    this.ratioSum = ratioSum;
    this.ratioSquares = ratioSquares;
  }

  /** Recomputes the error sums (after a lap, or when a large error left the window and took their precision with it). */
  private resumErrors(): void {
    let squares = 0;
    let abs = 0;
    let sum = 0;
    let within = 0;
    for (let i = 0; i < this.count; i++) {
      const e = (this.predicted[i] as number) - (this.actual[i] as number);
      squares += e * e;
      abs += Math.abs(e);
      sum += e;
      within += this.within[i] as number;
    }
    this.sumSquares = squares;
    this.sumAbs = abs;
    this.sum = sum;
    this.withinCount = within;
  }
}

function ratio(predicted: number, actual: number): number {
  return actual / Math.max(predicted, 1);
}
