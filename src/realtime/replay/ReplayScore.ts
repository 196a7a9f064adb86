/** One method's figures over a set of callers who waited and were answered. */
export interface ReplayFigures {
  /** Callers the figures are over. */
  readonly count: number;
  /** Root mean squared error of the predicted mean wait, seconds. */
  readonly rmse: number;
  /** Mean absolute error, seconds. */
  readonly mae: number;
  /** Mean of predicted − actual, seconds (< 0: predicts too short). */
  readonly bias: number;
  /** Share answered within the announced time (the announced quantile; for the platforms' formulas, their point value). */
  readonly coverage: number;
  /** Share told under 5 s (the announced time) among those who then waited 30 s or more. */
  readonly shortForLongWaits: number;
  /** Share predicted no wait at all. */
  readonly predictedZero: number;
}

/** Running sums of one method's errors (see {@link ReplayFigures}). */
export class ReplayScore {
  private count = 0;
  private squares = 0;
  private abs = 0;
  private sum = 0;
  private within = 0;
  private long = 0;
  private shortForLong = 0;
  private zero = 0;

  /** Adds a caller predicted `mean`, announced `announced`, who waited `actual` seconds. */
  add(mean: number, announced: number, actual: number): void {
    const error = mean - actual;
    this.count += 1;
    this.squares += error * error;
    this.abs += Math.abs(error);
    this.sum += error;
    if (actual <= announced) this.within += 1;
    if (mean === 0) this.zero += 1;
    if (actual >= 30) {
      this.long += 1;
      if (announced < 5) this.shortForLong += 1;
    }
  }

  figures(): ReplayFigures {
    const n = this.count;
    return {
      count: n,
      rmse: Math.sqrt(this.squares / n),
      mae: this.abs / n,
      bias: this.sum / n,
      coverage: this.within / n,
      shortForLongWaits: this.long > 0 ? this.shortForLong / this.long : NaN,
      predictedZero: this.zero / n,
    };
  }
}
