import { MAX_CLASSES } from './WaitingLine.js';

/** Buckets of "callers ahead on arrival": 0..9 one by one, then two per doubling up to 20. */
export const HISTORY_BUCKETS = 20;

/** The bucket of `ahead` callers ahead on arrival. */
export function historyBucket(ahead: number): number {
  if (ahead < 10) return ahead;
  return Math.min(HISTORY_BUCKETS - 1, 10 + Math.floor(2 * Math.log2(ahead / 10)));
}

/**
 * The history-based predictor that learns from realized waits: the recent mean wait of callers who
 * waited and were answered, per priority class and number of callers ahead on arrival (bucketed),
 * after the learned predictors of Thiongane, Chan & L'Ecuyer (2016, "New history-based delay
 * predictors for service systems"; 2020, "Delay predictors in multi-skill call centers: an
 * empirical comparison with real data"). Each cell is a running mean over its last `window`
 * callers, shrunk toward a fallback (the model) by one pseudo-observation.
 */
export class WaitHistory {
  /** Callers seen per cell (capped at the window). */
  readonly counts: Float64Array = new Float64Array(MAX_CLASSES * HISTORY_BUCKETS);
  /** Running mean wait per cell, seconds. */
  readonly means: Float64Array = new Float64Array(MAX_CLASSES * HISTORY_BUCKETS);
  private readonly window: number;

  constructor(window: number) {
    this.window = window;
  }

  /** Learns one realized wait (seconds) of a caller of class `classIndex` who found `ahead` callers ahead. */
  learn(classIndex: number, ahead: number, wait: number): void {
    const cell = classIndex * HISTORY_BUCKETS + historyBucket(ahead);
    const n = Math.min(this.counts[cell]! + 1, this.window);
    this.counts[cell] = n;
    this.means[cell]! += (wait - this.means[cell]!) / n;
  }

  /** The learned mean wait for such a caller, shrunk toward `fallback` by one pseudo-observation. */
  predict(classIndex: number, ahead: number, fallback: number): number {
    const cell = classIndex * HISTORY_BUCKETS + historyBucket(ahead);
    const n = this.counts[cell]!;
    if (n === 0 || !Number.isFinite(fallback)) return n === 0 ? fallback : this.means[cell]!;
    return (n * this.means[cell]! + fallback) / (n + 1);
  }
}
