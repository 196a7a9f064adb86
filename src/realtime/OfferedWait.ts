import { notNaN, unitInterval } from '../math/checks.js';
import { betaIntegerTails } from '../math/incompleteBeta.js';
import { normalQuantile } from '../math/normalQuantile.js';
import { reciprocalSquareSum, reciprocalSum } from '../math/waitSums.js';
import type { WaitEstimate } from './WaitEstimate.js';

/**
 * The offered wait V of a caller with k others ahead while every agent is busy: the sum of k+1
 * independent exponential phases with rates nμ + iθ (i = 0..k). Exactly, exp(−θV) ~ Beta(nμ/θ, k+1),
 * so P(V > t) = I_{e^{−θt}}(nμ/θ, k+1); θ = 0 gives Gamma(k+1, nμ) (Whitt 1999; Ibrahim & Whitt 2009).
 * Computed in units of 1/nμ. Internal: parameters are checked by {@link estimateWait}.
 */
export class OfferedWait implements WaitEstimate {
  readonly mean: number;
  readonly sd: number;
  readonly probAnswered: number;
  /** Callers ahead (phases − 1), after the limits below. */
  private readonly k: number;
  /** Seconds per unit of the scaled wait U = V·nμ (1/nμ). */
  private readonly scale: number;
  /** θ/nμ, the abandonment rate of each waiting caller per unit of U (0 = never). */
  private readonly theta: number;
  /** nμ/θ (Infinity when θ = 0). */
  private readonly shape: number;

  /**
   * @param k - callers ahead, an integer in 0..100,000 (the cost grows with k)
   * @param scale - 1/nμ in seconds (> 0, finite; 0 makes every wait 0)
   * @param ratio - θ/nμ (≥ 0, Infinity allowed)
   */
  constructor(k: number, scale: number, ratio: number) {
    // Computed in units of 1/nμ so that neither nμ nor θ can overflow (a subnormal handle time, a
    // patience of 5e-324). P(answered) = nμ/(nμ + (k+1)θ) before the limits.
    this.probAnswered = ratio === 0 ? 1 : 1 / (1 + (k + 1) * ratio);
    // Limits that hold to double precision. Callers who almost never hang up ((k+1)θ ≤ 1e-17·nμ):
    // the Erlang C gamma. Callers ahead who hang up at once (θ = ∞): only the caller's own phase of
    // rate nμ is left. Every finite θ > 0 takes the exact beta form, however impatient: the phases
    // of rates nμ + iθ, i ≥ 1, are short but decide the lower tail (a cdf of 1e-12 at θ = 1e9·nμ).
    if ((k + 1) * ratio <= 1e-17) ratio = 0;
    this.scale = scale;
    if (ratio === 0) {
      this.mean = (k + 1) * scale;
      this.sd = Math.sqrt(k + 1) * scale;
    } else if (ratio >= 1) {
      // a = nμ/θ ≤ 1: the i = 0 phase apart, so that a subnormal a (or 0) cannot overflow 1/a.
      const a = 1 / ratio;
      this.mean = (1 + a * reciprocalSum(a + 1, k)) * scale;
      this.sd = Math.sqrt(1 + a * a * reciprocalSquareSum(a + 1, k)) * scale;
    } else {
      const a = 1 / ratio;
      this.mean = reciprocalSum(a, k + 1) * a * scale;
      this.sd = Math.sqrt(reciprocalSquareSum(a, k + 1)) * a * scale;
    }
    if (ratio === Infinity) {
      k = 0;
      ratio = 0;
    }
    this.k = k;
    this.theta = ratio;
    this.shape = ratio === 0 ? Infinity : 1 / ratio;
  }

  /** Sets `this.tailUpper` = P(U ≤ u), `tailLower` = P(U > u), `density` of U at u. */
  private tailUpper = 0;
  private tailLower = 1;
  private density = 0;
  private evaluate(u: number): void {
    const theta = this.theta;
    const tails =
      theta === 0 ? betaIntegerTails(Infinity, this.k, 0, u) : betaIntegerTails(this.shape, this.k, -theta * u, -Math.expm1(-theta * u));
    this.tailUpper = tails.upper;
    this.tailLower = tails.lower;
    this.density = (1 + this.k * theta) * Math.exp(tails.logTerm);
  }

  cdf(t: number): number {
    checkSeconds(t);
    if (!(t > 0)) return 0;
    const u = t / this.scale;
    if (u === Infinity) return 1;
    if (!(u > 0)) return 0;
    this.evaluate(u);
    return Math.min(1, Math.max(0, this.tailUpper));
  }

  /** P(V > t), accurate in relative terms in the upper tail. */
  sf(t: number): number {
    checkSeconds(t);
    if (!(t > 0)) return 1;
    const u = t / this.scale;
    if (u === Infinity) return 0;
    if (!(u > 0)) return 1;
    this.evaluate(u);
    return Math.min(1, Math.max(0, this.tailLower));
  }

  quantile(p: number): number {
    checkProbability(p);
    if (p === 0 || this.scale === 0) return 0;
    if (p === 1) return Infinity;
    return this.scaledQuantile(p) * this.scale;
  }

  /** The p-quantile of U = V·nμ, 0 < p < 1. */
  private scaledQuantile(p: number): number {
    // Start: Wilson–Hilferty for the gamma with the same mean and variance.
    const mean = this.mean / this.scale;
    const sd = this.sd / this.scale;
    const shape = (mean * mean) / (sd * sd);
    const zQuantile = normalQuantile(p);
    const c = 1 / (9 * shape);
    const w = 1 - c + zQuantile * Math.sqrt(c);
    let t = w > 0.05 ? mean * w * w * w : (mean * Math.exp((Math.log(p) + logGammaApprox(shape + 1)) / shape)) / shape;
    if (!(t > 0) || !Number.isFinite(t)) t = mean;
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
      // Outside the bracket: grow (by 2, or by 1e6 while the tail underflows: a quantile 1e37 times
      // the start took 120 doublings at 1e5 terms each), else bisect (geometrically across decades).
      if (!(next > lo && next < hi))
        next =
          hi === Infinity ? Math.max(2 * t, lo * 2) * (tail > 0 ? 1 : 1e6) : lo > 0 && hi > 16 * lo ? Math.sqrt(lo * hi) : 0.5 * (lo + hi);
      if (Math.abs(next - t) <= 1e-14 * t || (hi < Infinity && hi - lo <= 1e-15 * hi)) return next;
      t = next;
    }
    return t;
  }
}

/** Throws unless `p` is a probability in [0, 1] (the argument of {@link WaitEstimate.quantile}). */
export function checkProbability(p: number): void {
  unitInterval('p', p, 'a probability in [0, 1]');
}

/** Throws unless `t` is a number of seconds (any number but NaN; the argument of {@link WaitEstimate.cdf}). */
export function checkSeconds(t: number): void {
  notNaN('t', t, 'a number of seconds (not NaN)');
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

/**
 * A wait that is zero (an agent is free and nobody is ahead) or infinite (nobody can answer): its
 * mean, sd and every quantile above p = 0 are that wait (an infinite wait's spread is infinite, as
 * the tracker's predictors say while nobody answers).
 */
export class DegenerateWait implements WaitEstimate {
  readonly mean: number;
  readonly sd: number;
  readonly probAnswered: number;
  constructor(seconds: 0 | typeof Infinity) {
    this.mean = seconds;
    this.sd = seconds;
    this.probAnswered = seconds === 0 ? 1 : 0;
  }
  quantile(p: number): number {
    checkProbability(p);
    return this.mean === 0 || p === 0 ? 0 : Infinity;
  }
  cdf(t: number): number {
    checkSeconds(t);
    return this.mean === 0 ? (t >= 0 ? 1 : 0) : 0;
  }
}
