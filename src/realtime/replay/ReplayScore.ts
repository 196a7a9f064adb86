/** One method's figures over a set of callers who waited and were answered. */
export interface ReplayFigures {
  /** Callers the figures are over; when it is 0 (an empty log), every other figure is 0 (never NaN). */
  readonly count: number;
  /** Root mean squared error of the predicted mean wait, seconds. */
  readonly rmse: number;
  /** Mean absolute error, seconds. */
  readonly mae: number;
  /** Mean of predicted − actual, seconds (< 0: predicts too short). */
  readonly bias: number;
  /** Share answered within the announced time (the announced quantile; for the platforms' formulas, their point value). */
  readonly coverage: number;
  /** Share told under 5 s (the announced time) among those who then waited 30 s or more (0 when none waited that long). */
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
    const share = (part: number, whole: number): number => (whole > 0 ? part / whole : 0);
    return {
      count: n,
      rmse: Math.sqrt(share(this.squares, n)),
      mae: share(this.abs, n),
      bias: share(this.sum, n),
      coverage: share(this.within, n),
      shortForLongWaits: share(this.shortForLong, this.long),
      predictedZero: share(this.zero, n),
    };
  }
}
