import type { WaitEstimate } from '../WaitEstimate.js';

/**
 * A tracker's estimate made while its staffing is unknown (see {@link WaitEstimate.staffing}): the
 * predictor's numbers as they are, marked `staffing: 'unknown'` so that an announcement tells no time.
 */
export class UnknownStaffingWait implements WaitEstimate {
  readonly staffing = 'unknown';
  readonly mean: number;
  readonly sd: number;
  readonly probAnswered: number;
  private readonly base: WaitEstimate;

  constructor(base: WaitEstimate) {
    this.base = base;
    this.mean = base.mean;
    this.sd = base.sd;
    this.probAnswered = base.probAnswered;
  }

  quantile(p: number): number {
    return this.base.quantile(p);
  }

  cdf(t: number): number {
    return this.base.cdf(t);
  }
}
