/**
 * Features of the learned predictor: 1, callers ahead + 1, the model's prediction, the last served
 * caller's wait (LES) and how long the caller served next has waited (the head of line's elapsed wait).
 */
export const FEATURES = 5;
const PAIRS = (FEATURES * (FEATURES + 1)) / 2;
/** Numbers in {@link WaitRegression.sums}. */
export const REGRESSION_SUMS: number = PAIRS + FEATURES + 1;
/** Numbers a regression's state takes in a snapshot: the sums, the weights, fitted (0/1), callers since the last fit. */
export const REGRESSION_STATE: number = REGRESSION_SUMS + FEATURES + 2;

/**
 * A least-squares regression of realized waits on the features of {@link FEATURES}, over the
 * recent callers (each weight decays by 1 − 1/window per new caller), solved with a small ridge
 * by Cholesky: the regression-based delay predictor of Thiongane, Chan & L'Ecuyer (2016, 2020),
 * which combines the queue length with the delay-history predictors, refitted once per
 * {@link FEATURES} new callers. Returns NaN until it has seen twice as many callers as features.
 */
export class WaitRegression {
  /** Decayed Σ x xᵀ (upper triangle, row by row), Σ x y, and callers seen (capped at the window). */
  readonly sums: Float64Array = new Float64Array(REGRESSION_SUMS);
  private readonly weights = new Float64Array(FEATURES);
  private readonly matrix = new Float64Array(FEATURES * FEATURES);
  private readonly forget: number;
  private fitted = false;
  private sinceSolve = 0;

  constructor(window: number) {
    this.forget = 1 - 1 / window;
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
    for (let i = 0; i < s.length; i++) (s[i] as number) *= this.forget;
    let k = 0;
    for (let i = 0; i < FEATURES; i++) for (let j = i; j < FEATURES; j++) (s[k++] as number) += (x[i] as number) * (x[j] as number);
    for (let i = 0; i < FEATURES; i++) (s[PAIRS + i] as number) += (x[i] as number) * y;
    (s[PAIRS + FEATURES] as number) += 1;
    // Refit once per FEATURES new callers (the weights move little in between), or until first fitted.
    if (++this.sinceSolve >= FEATURES || !this.fitted) this.solve();
  }

  /** The whole state as numbers ({@link REGRESSION_STATE} of them), for a snapshot. */
  state(): number[] {
    return [...this.sums, ...this.weights, this.fitted ? 1 : 0, this.sinceSolve];
  }

  /** Loads what {@link WaitRegression.state} wrote (checked by the caller). */
  load(values: readonly number[]): void {
    this.sums.set(values.slice(0, REGRESSION_SUMS));
    this.weights.set(values.slice(REGRESSION_SUMS, REGRESSION_SUMS + FEATURES));
    this.fitted = values[REGRESSION_SUMS + FEATURES] === 1;
    this.sinceSolve = values[REGRESSION_SUMS + FEATURES + 1] as number;
  }

  /** Fits the weights from the sums. */
  solve(): void {
    const s = this.sums;
    this.fitted = false;
    this.sinceSolve = 0;
    if (!((s[PAIRS + FEATURES] as number) >= 2 * FEATURES)) return;
    const a = this.matrix;
    let k = 0;
    let trace = 0;
    for (let i = 0; i < FEATURES; i++) {
      for (let j = i; j < FEATURES; j++) {
        a[i * FEATURES + j] = s[k] as number;
        a[j * FEATURES + i] = s[k] as number;
        k++;
      }
      trace += a[i * FEATURES + i] as number;
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
      let v = s[PAIRS + i] as number;
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
