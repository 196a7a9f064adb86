import { normalCdfKernel } from '../math/normalCdf.js';
import { normalQuantile } from '../math/normalQuantile.js';
import { checkProbability, checkSeconds } from './OfferedWait.js';
import type { WaitEstimate } from './WaitEstimate.js';

/**
 * A point prediction of a wait with a normal error band of the predictor's recent root mean
 * squared error, cut at zero: what the history-based predictors (LES, HOL) return.
 */
export class PointWait implements WaitEstimate {
  readonly mean: number;
  readonly sd: number;
  readonly probAnswered: number;
  constructor(mean: number, sd: number, probAnswered: number) {
    this.mean = mean;
    this.sd = sd;
    this.probAnswered = probAnswered;
  }
  quantile(p: number): number {
    checkProbability(p);
    if (p === 0) return 0;
    if (p >= 1) return this.sd > 0 ? Infinity : this.mean;
    return PointWait.bandQuantile(this.mean, this.sd, normalQuantile(p));
  }

  /**
   * mean + z·sd cut at zero; with an infinite sd (no answering capacity to scale the band by) its
   * limit: 0 below the median, the mean at it, Infinity above.
   */
  static bandQuantile(mean: number, sd: number, z: number): number {
    const x = mean + z * sd;
    return Math.max(0, Number.isNaN(x) ? mean : x);
  }
  cdf(t: number): number {
    checkSeconds(t);
    if (!(t >= 0)) return 0;
    if (this.sd === 0) return t >= this.mean ? 1 : 0;
    return normalCdfKernel((t - this.mean) / this.sd);
  }
}
