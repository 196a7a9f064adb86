import type { WaitEstimate } from '../WaitEstimate.js';

/**
 * A predicted mean wait with its spread taken from the predictor's recent ratios of actual to
 * predicted waits (split-conformal calibration, Vovk, Gammerman & Shafer 2005): the wait is read
 * as max(mean, 1 s) × R, R drawn from the recent ratios, so the announced quantile covers its
 * nominal share of callers when the near future resembles the recent past.
 */
export class CalibratedWait implements WaitEstimate {
  readonly mean: number;
  readonly sd: number;
  readonly probAnswered: number;
  private readonly scale: number;
  private readonly ratios: Float64Array;

  /** `ratios` sorted ascending and never modified afterwards; `ratioSd` their standard deviation. */
  constructor(mean: number, ratios: Float64Array, ratioSd: number, probAnswered: number) {
    this.mean = mean;
    this.scale = Math.max(mean, 1);
    this.ratios = ratios;
    this.sd = this.scale * ratioSd;
    this.probAnswered = probAnswered;
  }

  quantile(p: number): number {
    const n = this.ratios.length;
    if (!(p > 0)) return 0;
    if (p >= 1) return this.scale * (this.ratios[n - 1] as number);
    const rank = Math.min(n, Math.max(1, Math.ceil(p * (n + 1))));
    return this.scale * (this.ratios[rank - 1] as number);
  }

  cdf(t: number): number {
    if (!(t >= 0)) return 0;
    const x = t / this.scale;
    let lo = 0;
    let hi = this.ratios.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.ratios[mid] as number) <= x) lo = mid + 1;
      else hi = mid;
    }
    return lo / this.ratios.length;
  }
}
