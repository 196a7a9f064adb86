import { FEATURES, WaitRegression } from './WaitRegression.js';
import { MAX_CLASSES } from './WaitingLine.js';

/** Buckets of "callers ahead on arrival": 0..9 one by one, then two per doubling up to 20. */
export const HISTORY_BUCKETS = 20;

/** The bucket of `ahead` callers ahead on arrival. */
export function historyBucket(ahead: number): number {
  if (ahead < 10) return ahead;
  if (ahead >= 320) return HISTORY_BUCKETS - 1;
  // 10 + ⌊2·log2(ahead/10)⌋ = 10 + ⌊log2(⌊ahead²/100⌋)⌋, in integers.
  return Math.min(HISTORY_BUCKETS - 1, 41 - Math.clz32(Math.floor((ahead * ahead) / 100)));
}

/**
 * The history-based predictor that learns from realized waits: the recent mean wait of callers who
 * waited and were answered, per priority class and number of callers ahead on arrival (bucketed),
 * after the learned predictors of Thiongane, Chan & L'Ecuyer (2016, "New history-based delay
 * predictors for service systems"; 2020, "Delay predictors in multi-skill call centers: an
 * empirical comparison with real data"). Each cell is a running mean over its last `window`
 * callers, shrunk toward the model by one pseudo-observation; per class, a regression on the
 * queue length, the cell mean and the model, LES and HOL predictions ({@link WaitRegression})
 * refines it once fitted.
 */
export class WaitHistory {
  /** Callers seen per cell (capped at the window). */
  readonly counts: Float64Array = new Float64Array(MAX_CLASSES * HISTORY_BUCKETS);
  /** Running mean wait per cell, seconds. */
  readonly means: Float64Array = new Float64Array(MAX_CLASSES * HISTORY_BUCKETS);
  /** Per class index, the regression (created on first use). */
  readonly regressions: (WaitRegression | undefined)[] = [];
  private readonly window: number;
  private readonly features = new Float64Array(FEATURES);

  constructor(window: number) {
    this.window = window;
  }

  /** The regression of a class, created on first use. */
  regression(classIndex: number): WaitRegression {
    let r = this.regressions[classIndex];
    if (r === undefined) this.regressions[classIndex] = r = new WaitRegression(this.window);
    return r;
  }

  /**
   * Learns one realized wait (seconds) of a caller of class `classIndex` who found `ahead` callers
   * ahead and was predicted `predicted` (model, LES, HOL) when it joined.
   */
  learn(classIndex: number, ahead: number, predicted: Float64Array, wait: number): void {
    if (this.fill(classIndex, ahead, predicted)) this.regression(classIndex).learn(this.features, wait);
    const cell = classIndex * HISTORY_BUCKETS + historyBucket(ahead);
    const n = Math.min((this.counts[cell] as number) + 1, this.window);
    this.counts[cell] = n;
    (this.means[cell] as number) += (wait - (this.means[cell] as number)) / n;
  }

  /** The learned mean wait for such a caller given the model, LES and HOL predictions (`means[0..2]`). */
  predict(classIndex: number, ahead: number, means: Float64Array): number {
    if (!this.fill(classIndex, ahead, means)) return this.cellMean(classIndex, ahead, means[0] as number);
    const y = this.regressions[classIndex]?.predict(this.features) ?? NaN;
    return y > 0 ? y : (this.features[5] as number);
  }

  private cellMean(classIndex: number, ahead: number, model: number): number {
    const cell = classIndex * HISTORY_BUCKETS + historyBucket(ahead);
    const n = this.counts[cell] as number;
    if (n === 0 || !Number.isFinite(model)) return n === 0 ? model : (this.means[cell] as number);
    return (n * (this.means[cell] as number) + model) / (n + 1);
  }

  /** Fills the regression's features; false when one is not finite. */
  private fill(classIndex: number, ahead: number, means: Float64Array): boolean {
    const x = this.features;
    x[0] = 1;
    x[1] = ahead + 1;
    x[2] = means[0] as number;
    x[3] = means[1] as number;
    x[4] = means[2] as number;
    x[5] = this.cellMean(classIndex, ahead, means[0] as number);
    for (let i = 2; i < FEATURES; i++) if (!Number.isFinite(x[i] as number)) return false;
    return true;
  }
}
