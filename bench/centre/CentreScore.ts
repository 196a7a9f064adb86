/**
 * Squared and signed errors of one predictor on one queue: RMSE and bias over the scored callers,
 * kept per batch of join time too, so that a ratio of two predictors' RMSE on the same callers gets
 * a jackknife standard error over the batches (Quenouille 1956; batches of consecutive callers
 * absorb most of the correlation between neighbours in the queue).
 */
export class CentreScore {
  count = 0;
  private squares = 0;
  private errors = 0;
  private readonly countBy: Float64Array;
  private readonly squaresBy: Float64Array;

  constructor(readonly batches: number) {
    this.countBy = new Float64Array(batches);
    this.squaresBy = new Float64Array(batches);
  }

  /** One caller's estimate and realized wait (s), who joined in batch `batch`. */
  add(estimate: number, wait: number, batch: number): void {
    const square = (estimate - wait) ** 2;
    this.count += 1;
    this.squares += square;
    this.errors += estimate - wait;
    this.countBy[batch] = (this.countBy[batch] as number) + 1;
    this.squaresBy[batch] = (this.squaresBy[batch] as number) + square;
  }

  merge(other: CentreScore): void {
    this.count += other.count;
    this.squares += other.squares;
    this.errors += other.errors;
    for (let b = 0; b < this.batches; b++) {
      this.countBy[b] = (this.countBy[b] as number) + (other.countBy[b] as number);
      this.squaresBy[b] = (this.squaresBy[b] as number) + (other.squaresBy[b] as number);
    }
  }

  get rmse(): number {
    return this.count > 0 ? Math.sqrt(this.squares / this.count) : Number.NaN;
  }

  get bias(): number {
    return this.count > 0 ? this.errors / this.count : Number.NaN;
  }

  /** RMSE without batch `b`. */
  private rmseWithout(b: number): number {
    return Math.sqrt((this.squares - (this.squaresBy[b] as number)) / (this.count - (this.countBy[b] as number)));
  }

  /** Jackknife standard error of this.rmse ÷ reference.rmse, over the batches with callers (same callers in both). */
  ratioError(reference: CentreScore): number {
    const ratios: number[] = [];
    for (let b = 0; b < this.batches; b++) {
      if ((this.countBy[b] as number) > 0 && (this.countBy[b] as number) < this.count)
        ratios.push(this.rmseWithout(b) / reference.rmseWithout(b));
    }
    const k = ratios.length;
    if (k < 2) return Number.NaN;
    const mean = ratios.reduce((a, b) => a + b, 0) / k;
    return Math.sqrt(((k - 1) / k) * ratios.reduce((a, r) => a + (r - mean) ** 2, 0));
  }
}
