import { normalQuantile } from '../../math/normalQuantile.js';
import type { WaitEstimate } from '../WaitEstimate.js';
import type { SavedWindow } from './ErrorWindow.js';
import { ErrorWindow } from './ErrorWindow.js';
import { DUEL_WINDOWS, PredictorDuel } from './PredictorDuel.js';
import type { PredictorName } from './PredictorName.js';
import { AUTO, PREDICTOR_SLOTS, PREDICTORS } from './PredictorName.js';
import type { WaitSituation } from './predictWait.js';
import { announcedTime, calibrationMinimum, predictMeans, waitEstimate } from './predictWait.js';
import type { PredictorAccuracy } from './QueueTracker.js';
import type { ExactNumber, SnapshotFields } from './SnapshotFields.js';
import type { CheckedTrackerOptions } from './TrackerOptions.js';
import type { SavedHistory } from './WaitHistory.js';
import { WaitHistory } from './WaitHistory.js';
import type { WaitingCaller } from './WaitingCaller.js';

/** The predictors' learned state as a snapshot writes it. */
export interface SavedPredictors {
  readonly history: SavedHistory;
  /** Per predictor index, `auto` last. */
  readonly windows: SavedWindow[];
  /** Absent in snapshots written before `auto`'s test: `auto` uses the model until evidence accrues. */
  readonly duel?: ExactNumber[];
}

/**
 * The wait predictors side by side and what they learn from the callers who waited and were
 * answered: the `history` predictor's regression ({@link WaitHistory}), each predictor's recent
 * errors, which calibrate its announcements ({@link ErrorWindow}), and the evidence `auto` chooses
 * on ({@link PredictorDuel}).
 */
export class WaitPredictors {
  private readonly history: WaitHistory;
  private readonly windows: ErrorWindow[] = [];
  private readonly duel: PredictorDuel;
  private readonly means: Float64Array = new Float64Array(PREDICTOR_SLOTS);
  private readonly quantile: number;
  private readonly z: number;
  private readonly minimum: number;

  constructor(options: CheckedTrackerOptions) {
    // The regression's long run is the horizon `auto`'s duel weighs.
    this.history = new WaitHistory(options.history, DUEL_WINDOWS * options.history);
    for (let p = 0; p < PREDICTOR_SLOTS; p++) this.windows.push(new ErrorWindow(options.history));
    this.duel = new PredictorDuel(DUEL_WINDOWS * options.history);
    this.quantile = options.announceQuantile;
    this.z = normalQuantile(options.announceQuantile);
    this.minimum = calibrationMinimum(options.history);
  }

  /** The predictor index `auto` uses now (see {@link PredictorDuel}). */
  chosenIndex(): number {
    return this.duel.choose(this.minimum);
  }

  /** Records each predictor's mean and announced time for `caller`, joining in situation `s`. */
  predictFor(caller: WaitingCaller, s: WaitSituation): void {
    const means = this.means;
    predictMeans(s, means, this.history);
    const chosen = this.chosenIndex();
    means[AUTO] = means[chosen] as number;
    for (let p = 0; p < PREDICTOR_SLOTS; p++) {
      const mean = means[p] as number;
      const window = this.windows[p === AUTO ? chosen : p] as ErrorWindow;
      caller.predicted[p] = mean;
      caller.announced[p] = announcedTime(mean, s, window, this.minimum, this.quantile, this.z);
    }
  }

  /** Learns from `caller` (of class index `classIndex`), answered after waiting `wait` seconds (> 0). */
  learn(caller: WaitingCaller, classIndex: number, wait: number): void {
    const predicted = caller.predicted;
    this.history.learn(classIndex, caller.ahead, predicted[0] as number, caller.recentWait, caller.headWait, caller.freed, wait);
    this.duel.add(predicted, wait);
    for (let p = 0; p < PREDICTOR_SLOTS; p++)
      (this.windows[p] as ErrorWindow).add(predicted[p] as number, wait, caller.announced[p] as number);
  }

  /** Predictor `p`'s estimate of the wait in situation `s`. */
  estimate(p: number, s: WaitSituation): WaitEstimate {
    predictMeans(s, this.means, this.history, p);
    return waitEstimate(p, this.means[p] as number, s, this.windows[p] as ErrorWindow, this.minimum);
  }

  /**
   * Into `out`, per predictor index (`auto` at {@link AUTO}), the mean and the `quantile` (0 < p < 1) of
   * {@link WaitPredictors.estimate} in situation `s`, with the means computed once and no estimate
   * built once calibrated (the ratio quantile read in place: the window's ratios stay unshared).
   */
  estimateEach(s: WaitSituation, quantile: number, out: Float64Array): void {
    predictMeans(s, this.means, this.history);
    for (let p = 0; p < PREDICTORS.length; p++) {
      const mean = this.means[p] as number;
      const window = this.windows[p] as ErrorWindow;
      if (window.count >= this.minimum && mean > 0 && mean < Infinity) {
        out[2 * p] = mean;
        out[2 * p + 1] = Math.max(mean, 1) * window.ratioQuantile(quantile);
      } else {
        // the model's exact distribution computes its own mean (equal but for rounding)
        const estimate = waitEstimate(p, mean, s, window, this.minimum);
        out[2 * p] = estimate.mean;
        out[2 * p + 1] = estimate.quantile(quantile);
      }
    }
    const chosen = this.chosenIndex();
    out[2 * AUTO] = out[2 * chosen] as number;
    out[2 * AUTO + 1] = out[2 * chosen + 1] as number;
  }

  /**
   * {@link WaitPredictors.estimateEach} for `caller` in the situation it joined in, read from what
   * {@link WaitPredictors.predictFor} recorded for it (its announced times are the
   * `announceQuantile`'s): false, `out` partly written, when a predictor's window is not calibrated
   * yet and its mean is finite and positive (the estimate is then the model's exact distribution or
   * a band, which the announced time does not give).
   */
  recordedEach(caller: WaitingCaller, out: Float64Array): boolean {
    for (let p = 0; p < PREDICTORS.length; p++) {
      const mean = caller.predicted[p] as number;
      // no wait and a wait without end are announced as they are estimated; the rest once calibrated
      if (mean !== 0 && mean !== Infinity && !((this.windows[p] as ErrorWindow).count >= this.minimum && mean > 0 && mean < Infinity))
        return false;
      out[2 * p] = mean;
      out[2 * p + 1] = caller.announced[p] as number;
    }
    out[2 * AUTO] = caller.predicted[AUTO] as number;
    out[2 * AUTO + 1] = caller.announced[AUTO] as number;
    return true;
  }

  /** Each predictor's and `auto`'s recent accuracy; `answeredAtOnce` callers are left out of it. */
  accuracy(answeredAtOnce: number): Record<PredictorName | 'auto', PredictorAccuracy> {
    // No caller scored yet: every figure is 0 (never NaN, which JSON turns into null).
    const scored = (x: number): number => (Number.isNaN(x) ? 0 : x);
    const one = (w: ErrorWindow): PredictorAccuracy => ({
      count: w.count,
      mae: scored(w.mae),
      bias: scored(w.bias),
      // Over one set of callers RMSE ≥ MAE; they are equal, up to rounding, when every error is the same size.
      rmse: scored(Math.max(Math.sqrt(w.mse), w.mae)),
      withinAnnounced: scored(w.coverage),
      answeredAtOnce,
    });
    const names = [...PREDICTORS, 'auto'] as const;
    return Object.fromEntries(names.map((name, p) => [name, one(this.windows[p] as ErrorWindow)])) as Record<
      PredictorName | 'auto',
      PredictorAccuracy
    >;
  }

  /** The learned state, for a snapshot. */
  save(): SavedPredictors {
    return { history: this.history.save(), windows: this.windows.map((w) => w.save()), duel: this.duel.save() };
  }

  /** Loads what {@link WaitPredictors.save} wrote (for a queue of `classes` classes). */
  restore(f: SnapshotFields, classes: number): void {
    this.history.restore(f.part('history'), classes);
    const windows = f.array('windows', undefined, PREDICTOR_SLOTS);
    windows.forEach((w, p) => {
      (this.windows[p] as ErrorWindow).restore(f.part('windows', w));
    });
    if (f.fields.duel !== undefined) this.duel.restore(f, 'duel');
  }
}
