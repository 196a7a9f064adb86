import type { ExactNumber, SnapshotFields } from './SnapshotFields.js';
import { exactNumber } from './SnapshotFields.js';

/**
 * Features of the learned predictor: 1, callers ahead + 1, the model's prediction, the recent mean
 * wait of the caller's class, how long the caller served next has waited (the head of line's
 * elapsed wait) and the recently freed agents' weight (`FreedAgents`).
 */
export const FEATURES = 6;
const PAIRS = (FEATURES * (FEATURES + 1)) / 2;
/** Numbers in one horizon's sums: Σ x xᵀ (upper triangle), Σ x y, callers seen. */
const HORIZON_SUMS = PAIRS + FEATURES + 1;
/** Numbers in {@link WaitRegression.sums}: the recent horizon's, then the long one's. */
export const REGRESSION_SUMS: number = 2 * HORIZON_SUMS;
/** Numbers a regression's state took in a version-4 snapshot: the decayed sums, the weights, fitted (0/1), callers since the last fit. */
export const REGRESSION_STATE_V4: number = REGRESSION_SUMS + FEATURES + 2;

/**
 * A regression as a snapshot writes it (exact, as {@link ExactNumber}s: a regression that overflowed
 * or went NaN restores as it was): the sums as stored, each horizon's growth, the weights, whether
 * fitted, callers since the last fit.
 */
export interface SavedRegression {
  readonly sums: ExactNumber[];
  readonly growth: ExactNumber[];
  readonly weights: ExactNumber[];
  readonly fitted: boolean;
  readonly sinceSolve: number;
}

/**
 * A least-squares regression of realized waits on the features of {@link FEATURES}, solved with a
 * small ridge by Cholesky: the regression-based delay predictor of Thiongane, Chan & L'Ecuyer
 * (2016, 2020), which combines the queue length with the delay-history predictors. It is fitted on
 * two horizons at once: the recent callers (each weight decays by 1 − 1/window per new caller), with
 * the long run (1 − 1/longWindow), scaled to weigh as much as one recent window, as its prior. Six
 * weights on a window of 200 heavy-tailed waits are noisy; the long run steadies them, and the
 * recent window still lets them follow the centre. Refitted once per {@link FEATURES} new callers;
 * NaN until it has seen twice as many callers as features.
 */
export class WaitRegression {
  /**
   * Sums of the recent horizon, then of the long one ({@link HORIZON_SUMS} each), each horizon
   * stored × its growth (the decayed sums are these ÷ growth): a new caller is added at the grown
   * weight instead of decaying every sum, and the sums are brought back to scale now and then.
   */
  private readonly sums: Float64Array = new Float64Array(REGRESSION_SUMS);
  /** Per horizon, 1/forget to the power of the callers since the sums were last brought to scale. */
  private readonly growth = new Float64Array([1, 1]);
  private readonly weights = new Float64Array(FEATURES);
  private readonly matrix = new Float64Array(FEATURES * FEATURES);
  private readonly right = new Float64Array(FEATURES);
  private readonly forget: number;
  private readonly longForget: number;
  /** The long horizon's weight in the fit: one recent window's worth. */
  private readonly longWeight: number;
  private fitted = false;
  private sinceSolve = 0;

  constructor(window: number, longWindow: number) {
    this.forget = 1 - 1 / window;
    this.longForget = 1 - 1 / longWindow;
    this.longWeight = window / longWindow;
  }

  /** The predicted wait for features `x` (NaN before the regression is fitted). */
  predict(x: Float64Array): number {
    if (!this.fitted) return NaN;
    let y = 0;
    for (let i = 0; i < FEATURES; i++) y += (this.weights[i] as number) * (x[i] as number);
    return y;
  }

  /** Learns one realized wait `y` (seconds) for features `x` (every feature finite). */
  learn(x: Float64Array, y: number): void {
    const s = this.sums;
    for (let h = 0; h < 2; h++) {
      const from = h * HORIZON_SUMS;
      const g = (this.growth[h] as number) / (h === 0 ? this.forget : this.longForget);
      this.growth[h] = g;
      let k = from;
      for (let i = 0; i < FEATURES; i++) {
        const gx = g * (x[i] as number);
        for (let j = i; j < FEATURES; j++) (s[k++] as number) += gx * (x[j] as number);
        (s[from + PAIRS + i] as number) += gx * y;
      }
      (s[from + PAIRS + FEATURES] as number) += g;
      if (g > 1e100) this.toScale(h);
    }
    // Refit once per FEATURES new callers (the weights move little in between), or until first fitted.
    if (++this.sinceSolve >= FEATURES || !this.fitted) this.solve();
  }

  /** The regression, for a snapshot. */
  save(): SavedRegression {
    return {
      sums: Array.from(this.sums, exactNumber),
      growth: Array.from(this.growth, exactNumber),
      weights: Array.from(this.weights, exactNumber),
      fitted: this.fitted,
      sinceSolve: this.sinceSolve,
    };
  }

  /** Loads what {@link WaitRegression.save} wrote. */
  restore(f: SnapshotFields): void {
    const numbers = (name: string, into: Float64Array) => {
      f.array(name, undefined, into.length).forEach((v, i) => {
        into[i] = f.exact(name, v);
      });
    };
    numbers('sums', this.sums);
    numbers('growth', this.growth);
    numbers('weights', this.weights);
    if (typeof f.fields.fitted !== 'boolean') throw f.error('fitted', f.fields.fitted, 'true or false');
    this.fitted = f.fields.fitted;
    this.sinceSolve = f.get('sinceSolve', 0, FEATURES, true);
  }

  /** Divides horizon `h`'s sums by their growth (the decayed sums themselves). */
  private toScale(h: number): void {
    const g = this.growth[h] as number;
    for (let i = h * HORIZON_SUMS; i < (h + 1) * HORIZON_SUMS; i++) (this.sums[i] as number) /= g;
    this.growth[h] = 1;
  }

  /** Fits the weights from the sums: the recent horizon's plus the long one's at {@link WaitRegression.longWeight}. */
  solve(): void {
    const s = this.sums;
    this.fitted = false;
    this.sinceSolve = 0;
    const recent = 1 / (this.growth[0] as number);
    if (!((s[PAIRS + FEATURES] as number) * recent >= 2 * FEATURES)) return;
    const a = this.matrix;
    const long = this.longWeight / (this.growth[1] as number);
    let k = 0;
    let trace = 0;
    for (let i = 0; i < FEATURES; i++) {
      for (let j = i; j < FEATURES; j++) {
        const v = recent * (s[k] as number) + long * (s[HORIZON_SUMS + k] as number);
        a[i * FEATURES + j] = v;
        a[j * FEATURES + i] = v;
        k++;
      }
      trace += a[i * FEATURES + i] as number;
      this.right[i] = recent * (s[PAIRS + i] as number) + long * (s[HORIZON_SUMS + PAIRS + i] as number);
    }
    const ridge = 1e-6 * (trace / FEATURES) + 1e-12;
    for (let i = 0; i < FEATURES; i++) (a[i * FEATURES + i] as number) += ridge;
    // Cholesky A = L Lᵀ in place (lower triangle), then forward and back substitution.
    for (let j = 0; j < FEATURES; j++) {
      let d = a[j * FEATURES + j] as number;
      for (let m = 0; m < j; m++) d -= (a[j * FEATURES + m] as number) ** 2;
      if (!(d > 0)) return;
      const l = Math.sqrt(d);
      a[j * FEATURES + j] = l;
      for (let i = j + 1; i < FEATURES; i++) {
        let v = a[i * FEATURES + j] as number;
        for (let m = 0; m < j; m++) v -= (a[i * FEATURES + m] as number) * (a[j * FEATURES + m] as number);
        a[i * FEATURES + j] = v / l;
      }
    }
    const w = this.weights;
    for (let i = 0; i < FEATURES; i++) {
      let v = this.right[i] as number;
      for (let m = 0; m < i; m++) v -= (a[i * FEATURES + m] as number) * (w[m] as number);
      w[i] = v / (a[i * FEATURES + i] as number);
    }
    for (let i = FEATURES - 1; i >= 0; i--) {
      let v = w[i] as number;
      for (let m = i + 1; m < FEATURES; m++) v -= (a[m * FEATURES + i] as number) * (w[m] as number);
      w[i] = v / (a[i * FEATURES + i] as number);
    }
    this.fitted = w.every(Number.isFinite);
  }
}
