import { checkProbability, checkSeconds } from '../OfferedWait.js';
import type { WaitEstimate } from '../WaitEstimate.js';

/**
 * A wait estimate scaled by a factor > 0 (finite): the wait factor·W of an estimate W, so its mean,
 * sd and quantiles are factor times W's and its cdf at t is W's at t / factor; the chance of an answer is W's.
 * A centre's queue announces the combination of two views' means this way, on the line's
 * calibrated distribution.
 */
export class ScaledWait implements WaitEstimate {
  readonly mean: number;
  readonly sd: number;
  readonly probAnswered: number;
  private readonly base: WaitEstimate;
  private readonly factor: number;

  constructor(base: WaitEstimate, factor: number) {
    this.base = base;
    this.factor = factor;
    this.mean = factor * base.mean;
    this.sd = factor * base.sd;
    this.probAnswered = base.probAnswered;
  }

  quantile(p: number): number {
    checkProbability(p);
    return this.factor * this.base.quantile(p);
  }

  cdf(t: number): number {
    checkSeconds(t);
    return this.base.cdf(t / this.factor);
  }
}
