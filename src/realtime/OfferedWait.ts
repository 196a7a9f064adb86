import { betaIntegerTails } from '../math/incompleteBeta.js';
import { normalQuantile } from '../math/normalQuantile.js';
import { reciprocalSquareSum, reciprocalSum } from '../math/waitSums.js';
import type { WaitEstimate } from './WaitEstimate.js';

/**
 * The offered wait V of a caller with k others ahead while every agent is busy: the sum of k+1
 * independent exponential phases with rates nμ + iθ (i = 0..k). Exactly, exp(−θV) ~ Beta(nμ/θ, k+1),
 * so P(V > t) = I_{e^{−θt}}(nμ/θ, k+1); θ = 0 gives Gamma(k+1, nμ) (Whitt 1999; Ibrahim & Whitt 2009).
 * Internal: parameters are checked by {@link estimateWait}.
 */
export class OfferedWait implements WaitEstimate {
  readonly mean: number;
  readonly sd: number;
  readonly probAnswered: number;
  /** Callers ahead (phases − 1). */
  private readonly k: number;
  /** nμ, the answering rate with every agent busy (per second). */
  private readonly rate: number;
  /** θ, the abandonment rate of each waiting caller (per second; 0 = never). */
  private readonly theta: number;
  /** nμ/θ (Infinity when θ = 0). */
  private readonly shape: number;

  constructor(k: number, rate: number, theta: number) {
    this.k = k;
    this.rate = rate;
    this.theta = theta;
    if (theta === 0) {
      this.shape = Infinity;
      this.mean = (k + 1) / rate;
      this.sd = Math.sqrt(k + 1) / rate;
      this.probAnswered = 1;
    } else {
      const a = rate / theta;
      this.shape = a;
      this.mean = reciprocalSum(a, k + 1) / theta;
      this.sd = Math.sqrt(reciprocalSquareSum(a, k + 1)) / theta;
      this.probAnswered = rate / (rate + (k + 1) * theta);
    }
  }

  /** Sets `this.tailUpper` = P(V ≤ t), `tailLower` = P(V > t), `density` at t. */
  private tailUpper = 0;
  private tailLower = 1;
  private density = 0;
  private evaluate(t: number): void {
    const theta = this.theta;
    const tails =
      theta === 0
        ? betaIntegerTails(Infinity, this.k, 0, this.rate * t)
        : betaIntegerTails(this.shape, this.k, -theta * t, -Math.expm1(-theta * t));
    this.tailUpper = tails.upper;
    this.tailLower = tails.lower;
    this.density = (this.rate + this.k * theta) * Math.exp(tails.logTerm);
  }

  cdf(t: number): number {
    if (!(t > 0)) return 0;
    if (t === Infinity) return 1;
    this.evaluate(t);
    return Math.min(1, Math.max(0, this.tailUpper));
  }

  /** P(V > t), accurate in relative terms in the upper tail. */
  sf(t: number): number {
    if (!(t > 0)) return 1;
    if (t === Infinity) return 0;
    this.evaluate(t);
    return Math.min(1, Math.max(0, this.tailLower));
  }

  quantile(p: number): number {
    if (!(p > 0)) return 0;
    if (p >= 1) return Infinity;
    // Start: Wilson–Hilferty for the gamma with the same mean and variance.
    const shape = (this.mean * this.mean) / (this.sd * this.sd);
    const zp = normalQuantile(p);
    const c = 1 / (9 * shape);
    const w = 1 - c + zp * Math.sqrt(c);
    let t = w > 0.05 ? this.mean * w * w * w : this.mean * Math.exp((Math.log(p) + logGammaApprox(shape + 1)) / shape) / shape;
    if (!(t > 0) || !Number.isFinite(t)) t = this.mean;
    const upper = p <= 0.5;
    const logTarget = upper ? Math.log(p) : Math.log1p(-p);
    let lo = 0;
    let hi = Infinity;
    for (let iter = 0; iter < 200; iter++) {
      this.evaluate(t);
      const cdf = this.tailUpper;
      if (cdf < p) lo = t;
      else hi = t;
      const tail = upper ? cdf : this.tailLower;
      // Newton on ln(tail) − ln(target): tail′ = ±density.
      let next: number;
      if (tail > 0 && this.density > 0) {
        const g = Math.log(tail) - logTarget;
        next = upper ? t - (g * tail) / this.density : t + (g * tail) / this.density;
      } else {
        next = NaN;
      }
      // Converged to the noise level of the tails (a step out of the bracket by a hair): done.
      if (Math.abs(next - t) <= 1e-11 * t && !(next > lo && next < hi)) return t;
      // Newton converges quadratically: after an in-bracket step below 1e-7·t the error of `next` is
      // of order (1e-7)² relative, far inside the 1e-12 promised — skip the confirming evaluation.
      if (next > lo && next < hi && Math.abs(next - t) <= 1e-7 * t) return next;
      if (!(next > lo && next < hi)) next = hi === Infinity ? Math.max(2 * t, lo * 2) : 0.5 * (lo + hi);
      if (Math.abs(next - t) <= 1e-14 * t || (hi < Infinity && hi - lo <= 1e-15 * hi)) return next;
      t = next;
    }
    return t;
  }
}

/** ln Γ(x) to a few digits (Stirling), for a starting point only. */
function logGammaApprox(x: number): number {
  let shift = 0;
  while (x < 8) {
    shift -= Math.log(x);
    x += 1;
  }
  return shift + (x - 0.5) * Math.log(x) - x + 0.9189385332046728 + 1 / (12 * x);
}

/** A wait that is zero (an agent is free and nobody is ahead) or infinite (nobody can answer). */
export class DegenerateWait implements WaitEstimate {
  readonly mean: number;
  readonly sd = 0;
  readonly probAnswered: number;
  constructor(seconds: 0 | typeof Infinity) {
    this.mean = seconds;
    this.probAnswered = seconds === 0 ? 1 : 0;
  }
  quantile(p: number): number {
    return this.mean === 0 || !(p > 0) ? 0 : Infinity;
  }
  cdf(t: number): number {
    return this.mean === 0 ? (t >= 0 ? 1 : 0) : 0;
  }
}
