import { MAX_ABS_TIME } from './checkEvent.js';
import type { SnapshotFields } from './SnapshotFields.js';
import { MAX_CLASSES } from './WaitingLine.js';
import type { SavedRegression } from './WaitRegression.js';
import { FEATURES, WaitRegression } from './WaitRegression.js';

/** Buckets of "callers ahead on arrival": 0..9 one by one, then two per doubling up to 20. */
export const HISTORY_BUCKETS = 20;

/** A history as a snapshot writes it: its cells with callers, [class index, bucket, callers, mean wait], and its regression (absent in snapshots before version 4: learned afresh). */
export interface SavedHistory {
  readonly cells: number[][];
  readonly regression?: SavedRegression;
}

/** The bucket of `ahead` callers ahead on arrival. */
export function historyBucket(ahead: number): number {
  // 10 + ⌊2·log2(ahead/10)⌋ = 10 + ⌊log2(⌊ahead²/100⌋)⌋, in integers (the last bucket from 320 on, where
  // ahead² would pass 2^32); worked out for every caller, so that the first one 10 or more back does not
  // find the tracker's learning compiled without this path and send it back to the interpreter
  const capped = Math.min(ahead, 320);
  const beyondTen = Math.min(HISTORY_BUCKETS - 1, 41 - Math.clz32(Math.floor((capped * capped) / 100)));
  return ahead < 10 ? ahead : beyondTen;
}

/**
 * The history-based predictor that learns from realized waits, after the learned predictors of
 * Thiongane, Chan & L'Ecuyer (2016, "New history-based delay predictors for service systems";
 * 2020, "Delay predictors in multi-skill call centers: an empirical comparison with real data"):
 * a regression of the waits of recent callers who waited and were answered on what the tracker
 * saw when they joined: the callers ahead, the model's prediction, the recent mean wait of the
 * caller's class (over the tracker's half-life; a steadier delay history than the last served
 * caller's wait alone), the head of line's elapsed wait, and the agents who just finished a call
 * and have not answered since (`FreedAgents`: where agents take after-call work and breaks,
 * the answers follow the completions with a lag). See {@link WaitRegression}. One regression serves every
 * priority class: the model's prediction carries what sets the classes apart (positions and
 * overtaking), and a class with few callers borrows the others' evidence instead of fitting six
 * weights on a handful of waits. Until the regression is fitted, the recent mean wait per class
 * and number of callers ahead on arrival (bucketed; each cell a running mean over its last
 * `window` callers, shrunk toward the model by one pseudo-observation).
 */
export class WaitHistory {
  /** Callers seen per cell (capped at the window). */
  private readonly counts: Float64Array = new Float64Array(MAX_CLASSES * HISTORY_BUCKETS);
  /** Running mean wait per cell, seconds. */
  private readonly means: Float64Array = new Float64Array(MAX_CLASSES * HISTORY_BUCKETS);
  /** The regression, over the callers of every class. */
  private readonly regression: WaitRegression;
  private readonly window: number;
  private readonly features = new Float64Array(FEATURES);

  /** `window`: callers in a cell's running mean and the regression's recent horizon; `longWindow`: the regression's long run. */
  constructor(window: number, longWindow: number) {
    this.window = window;
    this.regression = new WaitRegression(window, longWindow);
  }

  /**
   * Learns one realized wait (seconds) of a caller of class `classIndex` who found `ahead` callers
   * ahead when it joined, with what the tracker saw then: the model's prediction `model`, its
   * class's recent mean wait `recentWait` (negative: none), the head of line's elapsed wait
   * `headWait` (seconds; negative: none) and the recently freed agents' weight `freed`.
   */
  learn(classIndex: number, ahead: number, model: number, recentWait: number, headWait: number, freed: number, wait: number): void {
    if (this.fill(ahead, model, recentWait, headWait, freed)) this.regression.learn(this.features, wait);
    const cell = classIndex * HISTORY_BUCKETS + historyBucket(ahead);
    const n = Math.min((this.counts[cell] as number) + 1, this.window);
    this.counts[cell] = n;
    (this.means[cell] as number) += (wait - (this.means[cell] as number)) / n;
  }

  /** The learned mean wait for such a caller now (arguments as in {@link WaitHistory.learn}). */
  predict(classIndex: number, ahead: number, model: number, recentWait: number, headWait: number, freed: number): number {
    if (this.fill(ahead, model, recentWait, headWait, freed)) {
      const y = this.regression.predict(this.features);
      if (y > 0) return y;
    }
    return this.cellMean(classIndex, ahead, model);
  }

  private cellMean(classIndex: number, ahead: number, model: number): number {
    const cell = classIndex * HISTORY_BUCKETS + historyBucket(ahead);
    const n = this.counts[cell] as number;
    if (n === 0 || !Number.isFinite(model)) return n === 0 ? model : (this.means[cell] as number);
    return (n * (this.means[cell] as number) + model) / (n + 1);
  }

  /** Fills the regression's features (the model's prediction stands in for a missing recent wait); false when one is not finite. */
  private fill(ahead: number, model: number, recentWait: number, headWait: number, freed: number): boolean {
    const x = this.features;
    x[0] = 1;
    x[1] = ahead + 1;
    x[2] = model;
    x[3] = recentWait > 0 ? recentWait : model;
    x[4] = Math.max(headWait, 0);
    x[5] = freed;
    return Number.isFinite(model) && Number.isFinite(x[3] as number) && Number.isFinite(x[4] as number) && Number.isFinite(freed);
  }

  /** The cells and the regression, for a snapshot. */
  save(): SavedHistory {
    const cells: number[][] = [];
    this.counts.forEach((n, cell) => {
      if (n > 0) cells.push([Math.floor(cell / HISTORY_BUCKETS), cell % HISTORY_BUCKETS, n, this.means[cell] as number]);
    });
    return { cells, regression: this.regression.save() };
  }

  /** Loads what {@link WaitHistory.save} wrote (cells of the first `classes` class indexes). */
  restore(f: SnapshotFields, classes: number): void {
    for (const entry of f.array('cells')) {
      const [index, bucket, n, mean] = f.array('cells', entry, 4);
      const cell =
        f.number('cells.class', index, 0, classes - 1, true) * HISTORY_BUCKETS +
        f.number('cells.bucket', bucket, 0, HISTORY_BUCKETS - 1, true);
      this.counts[cell] = f.number('cells.count', n, 1, this.window);
      this.means[cell] = f.number('cells.mean', mean, 0, 4 * MAX_ABS_TIME);
    }
    if (f.fields.regression !== undefined) this.regression.restore(f.part('regression'));
  }
}
