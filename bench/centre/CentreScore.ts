/** Squared and signed errors of one predictor on one queue: RMSE and bias over the scored callers. */
export class CentreScore {
  count = 0;
  private squares = 0;
  private errors = 0;

  add(estimate: number, wait: number): void {
    this.count += 1;
    this.squares += (estimate - wait) ** 2;
    this.errors += estimate - wait;
  }

  merge(other: CentreScore): void {
    this.count += other.count;
    this.squares += other.squares;
    this.errors += other.errors;
  }

  get rmse(): number {
    return this.count > 0 ? Math.sqrt(this.squares / this.count) : Number.NaN;
  }

  get bias(): number {
    return this.count > 0 ? this.errors / this.count : Number.NaN;
  }
}
