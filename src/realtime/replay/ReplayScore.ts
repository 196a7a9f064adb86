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

/** Running sums per method: callers, squared, absolute and signed errors, within announced, long waits, told short of those, predicted zero. */
const SUMS = 8;

/**
 * Running sums of the errors of one method, or of `methods` methods scored on the same callers
 * (see {@link ReplayFigures}), side by side in one array.
 */
export class ReplayScore {
  private readonly sums: Float64Array;
  private readonly methods: number;

  constructor(methods = 1) {
    this.methods = methods;
    this.sums = new Float64Array(SUMS * methods);
  }

  /** Adds a caller predicted `mean`, announced `announced` by method `method`, who waited `actual` seconds. */
  add(mean: number, announced: number, actual: number, method = 0): void {
    const s = this.sums;
    const at = SUMS * method;
    const error = mean - actual;
    (s[at] as number) += 1;
    (s[at + 1] as number) += error * error;
    (s[at + 2] as number) += Math.abs(error);
    (s[at + 3] as number) += error;
    if (actual <= announced) (s[at + 4] as number) += 1;
    if (mean === 0) (s[at + 7] as number) += 1;
    if (actual >= 30) {
      (s[at + 5] as number) += 1;
      if (announced < 5) (s[at + 6] as number) += 1;
    }
  }

  /** Adds a caller who waited `actual` seconds, told by each method `m` the mean `told[at + 2m]` and announced `told[at + 2m + 1]`. */
  addEach(told: Float64Array, at: number, actual: number): void {
    for (let m = 0; m < this.methods; m++) this.add(told[at + 2 * m] as number, told[at + 2 * m + 1] as number, actual, m);
  }

  /** Callers scored (of any method: each scores the same callers when scored with {@link ReplayScore.addEach}). */
  get count(): number {
    return this.sums[0] as number;
  }

  figures(method = 0): ReplayFigures {
    const s = this.sums;
    const at = SUMS * method;
    const n = s[at] as number;
    const share = (part: number, whole: number): number => (whole > 0 ? part / whole : 0);
    return {
      count: n,
      rmse: Math.sqrt(share(s[at + 1] as number, n)),
      mae: share(s[at + 2] as number, n),
      bias: share(s[at + 3] as number, n),
      coverage: share(s[at + 4] as number, n),
      shortForLongWaits: share(s[at + 6] as number, s[at + 5] as number),
      predictedZero: share(s[at + 7] as number, n),
    };
  }
}
