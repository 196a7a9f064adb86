import { ONE_SIDED_5_PERCENT } from '../../math/criticalValues.js';
import { PREDICTORS } from './PredictorName.js';
import type { ExactNumber, SnapshotFields } from './SnapshotFields.js';
import { exactNumber } from './SnapshotFields.js';

/** Numbers per challenger in {@link PredictorDuel.sums}: callers (capped at the window), Σw, Σw², Σw·d, Σw·d². */
const SUMS = 5;
/**
 * The duel weighs the evidence of this many of the tracker's `history` windows (2,000 callers by
 * default). Which predictor suits a centre changes slowly, and squared errors are heavy-tailed: over
 * one window the test's verdict came and went with the noise (on the bank's log `auto` fell back to
 * the model on 10 of 14 days, 62.3 s RMSE against `history`'s 61.0 s; with ten windows 61.2 s, as
 * with no forgetting at all), while ten still let a change in the centre turn it.
 */
export const DUEL_WINDOWS = 10;
/** Numbers a duel's state takes in a snapshot. */
const DUEL_STATE: number = (PREDICTORS.length - 1) * SUMS;

/**
 * The evidence `auto` chooses on: for each predictor other than the model, the paired differences
 * d = (model's error)² − (its error)² over the recent callers who waited and were answered,
 * exponentially weighted (each weight decays by 1 − 1/window per new caller; the tracker gives it
 * {@link DUEL_WINDOWS} of its `history` windows). A predictor
 * replaces the model only when its mean advantage is significant: d̄ / √(s²/nₑ) > z, with nₑ the
 * effective sample size (Σw)²/Σw² (Kish 1965), at the 5% level; among those, the largest advantage wins. A paired
 * test of squared-error differences, as in Diebold & Mariano (1995), so `auto` does not trade the
 * model, whose distribution is exact when the centre behaves as modelled, for noise.
 */
export class PredictorDuel {
  /** Per challenger (predictor index − 1), its {@link SUMS} weighted sums. */
  private readonly sums: Float64Array = new Float64Array(DUEL_STATE);
  private readonly forget: number;
  private readonly window: number;
  /** The last answer of {@link PredictorDuel.choose} and its `minimum` (−1: none since the sums changed), asked once per caller who joins. */
  private chosen = 0;
  private chosenFor = -1;

  /** `window`: callers of memory. */
  constructor(window: number) {
    this.window = window;
    this.forget = 1 - 1 / window;
  }

  /** Learns one caller who waited `wait` seconds after the predictors predicted `predicted[0..]`. */
  add(predicted: ArrayLike<number>, wait: number): void {
    const model = predicted[0] as number;
    if (!Number.isFinite(model)) return;
    this.chosenFor = -1;
    const s = this.sums;
    for (let p = 1; p < PREDICTORS.length; p++) {
      const own = predicted[p] as number;
      if (!Number.isFinite(own)) continue;
      const d = (model - wait) ** 2 - (own - wait) ** 2;
      const at = (p - 1) * SUMS;
      s[at] = Math.min((s[at] as number) + 1, this.window);
      s[at + 1] = (s[at + 1] as number) * this.forget + 1;
      s[at + 2] = (s[at + 2] as number) * this.forget * this.forget + 1;
      s[at + 3] = (s[at + 3] as number) * this.forget + d;
      s[at + 4] = (s[at + 4] as number) * this.forget + d * d;
    }
  }

  /** The sums, for a snapshot (exact: sums that overflowed restore as they were). */
  save(): ExactNumber[] {
    return Array.from(this.sums, exactNumber);
  }

  /** Loads what {@link PredictorDuel.save} wrote, from field `name`. */
  restore(f: SnapshotFields, name: string): void {
    this.chosenFor = -1;
    f.array(name, undefined, DUEL_STATE).forEach((v, i) => {
      this.sums[i] = f.exact(name, v);
    });
  }

  /** The predictor index to use: the model (0) unless a challenger is significantly better, given at least `minimum` callers. */
  choose(minimum: number): number {
    if (this.chosenFor >= 0 && minimum === this.chosenFor) return this.chosen;
    const s = this.sums;
    let best = 0;
    let bestAdvantage = 0;
    for (let p = 1; p < PREDICTORS.length; p++) {
      const at = (p - 1) * SUMS;
      if (!((s[at] as number) >= minimum)) continue;
      const weight = s[at + 1] as number;
      const mean = (s[at + 3] as number) / weight;
      const variance = Math.max(0, (s[at + 4] as number) / weight - mean * mean);
      const effective = (weight * weight) / (s[at + 2] as number);
      if (mean > bestAdvantage && mean * mean * effective > ONE_SIDED_5_PERCENT * ONE_SIDED_5_PERCENT * variance) {
        best = p;
        bestAdvantage = mean;
      }
    }
    this.chosen = best;
    this.chosenFor = minimum;
    return best;
  }
}
