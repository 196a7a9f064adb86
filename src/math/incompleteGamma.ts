import { logPoissonTerm } from './logPoissonTerm.js';
import { lowerGammaSeries } from './lowerGammaSeries.js';
import { temmeRatio } from './temmeGamma.js';
import { upperGammaFraction } from './upperGammaFraction.js';

/**
 * The regularized incomplete gamma function at one point (s, x), kept in the form that loses
 * nothing: the log Poisson term ln D(s, x) = ln(xˢe⁻ˣ/Γ(s+1)) times a well-conditioned factor,
 * the lower series below the transition (x < s + 1) and the continued fraction above it.
 * From it come P(s, x), P(s+1, x) and ∫₀ˣ P(s, v) dv in logs, without under- or overflow.
 */
export interface GammaPoint {
  /** The shape s > 0. */
  readonly s: number;
  /** The argument x ≥ 0. */
  readonly x: number;
  /** ln D(s, x). */
  readonly logD: number;
  /** True: `sum1`/`sumJ` hold the lower series; false: `g` holds Q(s, x)/D(s, x). */
  readonly lower: boolean;
  readonly sum1: number;
  readonly sumJ: number;
  readonly g: number;
}

/** A {@link GammaPoint} below the transition from lower-series sums computed elsewhere. */
export function lowerGammaPoint(s: number, x: number, sum1: number, sumJ: number): GammaPoint {
  return { s, x, logD: logPoissonTerm(s, x), lower: true, sum1, sumJ, g: 0 };
}

/** Shapes from which the uniform asymptotic expansion replaces series and fraction near s. */
export const TEMME_SHAPE = 1e7;

/**
 * Evaluates the incomplete gamma function at (s, x), s > 0, x ≥ 0: O(1) steps far from the
 * transition, at most about 30,000 near it, and O(1) again for s ≥ 10⁷ (Temme's expansion).
 */
export function gammaPoint(s: number, x: number): GammaPoint {
  const logD = logPoissonTerm(s, x);
  if (s >= TEMME_SHAPE && Math.abs(x - s) < 0.1 * s) {
    // Huge shape near the transition: O(1) uniform expansion instead of O(√s) iterations.
    const ratio = temmeRatio(s, x);
    if (x >= s) return { s, x, logD, lower: false, sum1: 0, sumJ: 0, g: ratio };
    // Σ j·t_j = s − (s − x)·S₀ (from (s + j)·t_j = x·t_{j−1}); S₀ = P/D = ratio
    return { s, x, logD, lower: true, sum1: ratio - 1, sumJ: s - (s - x) * ratio, g: 0 };
  }
  if (x < s + 1) {
    const { sum1, sumJ } = lowerGammaSeries(s, x);
    return { s, x, logD, lower: true, sum1, sumJ, g: 0 };
  }
  return { s, x, logD, lower: false, sum1: 0, sumJ: 0, g: upperGammaFraction(s, x) };
}

/** ln P(s, x). */
export function logGammaP(pt: GammaPoint): number {
  return pt.lower ? pt.logD + Math.log1p(pt.sum1) : Math.log1p(-Math.exp(pt.logD) * pt.g);
}

/** ln P(s+1, x), using P(s+1, x) = P(s, x) − D(s, x). */
export function logGammaPNext(pt: GammaPoint): number {
  return pt.lower ? pt.logD + Math.log(pt.sum1) : Math.log1p(-Math.exp(pt.logD) * (pt.g + 1));
}

/** ln ∫₀ˣ P(s, v) dv = ln(x·P(s, x) − s·P(s+1, x)), from positive terms only. */
export function logGammaPIntegral(pt: GammaPoint): number {
  if (pt.lower) return pt.logD + Math.log(pt.sumJ);
  const d = Math.exp(pt.logD);
  return Math.log((pt.x - pt.s) * (1 - d * pt.g) + pt.s * d);
}

/**
 * Regularized lower incomplete gamma function P(s, x) = γ(s, x)/Γ(s).
 *
 * Series below the transition, Legendre's continued fraction above (Abramowitz & Stegun 6.5.29,
 * 6.5.31), both scaled by Loader's (2000) accurate Poisson term. Internal kernel: inputs are not
 * checked (s > 0, x ≥ 0).
 *
 * @param s - shape, > 0
 * @param x - argument, ≥ 0
 * @returns P(s, x) in [0, 1]
 * @example
 * gammaP(3, 2); // ≈ 0.32332358381694
 */
export function gammaP(s: number, x: number): number {
  const pt = gammaPoint(s, x);
  const d = Math.exp(pt.logD);
  return pt.lower ? d * (1 + pt.sum1) : 1 - d * pt.g;
}

/**
 * Regularized upper incomplete gamma function Q(s, x) = 1 − P(s, x), accurate in relative
 * terms in its upper tail. Internal kernel: inputs are not checked (s > 0, x ≥ 0).
 *
 * @param s - shape, > 0
 * @param x - argument, ≥ 0
 * @returns Q(s, x) in [0, 1]
 * @example
 * gammaQ(1e6, 1.01e6); // ≈ 1.0607e-23
 */
export function gammaQ(s: number, x: number): number {
  const pt = gammaPoint(s, x);
  const d = Math.exp(pt.logD);
  return pt.lower ? 1 - d * (1 + pt.sum1) : d * pt.g;
}

/** ln Q(s, x) (upper tail), or ln Q(s+1, x) when `next`; Q(s+1, x) = Q(s, x) + D(s, x). */
export function logGammaQ(pt: GammaPoint, next = false): number {
  if (!pt.lower) return pt.logD + Math.log(next ? pt.g + 1 : pt.g);
  return Math.log1p(-Math.exp(pt.logD) * (next ? pt.sum1 : 1 + pt.sum1));
}

/**
 * ln(P(σ, hi.x) − P(σ, lo.x)) for lo.x ≤ hi.x, σ = s (or s + 1 when `next`): the gamma mass
 * between two points, taken from lower tails when both points are below the transition, from
 * upper tails when both are above it (so the tiny masses of an overloaded queue, down to 1e-300
 * and below in logs, keep their digits), and as 1 − Q(hi) − P(lo) when they straddle it.
 */
export function logGammaPBetween(lo: GammaPoint, hi: GammaPoint, next = false): number {
  const lowerOf = next ? logGammaPNext : logGammaP;
  if (lo.lower && hi.lower) {
    const a = lowerOf(hi);
    return a + Math.log(Math.max(0, -Math.expm1(lowerOf(lo) - a)));
  }
  if (!lo.lower && !hi.lower) {
    const a = logGammaQ(lo, next);
    return a + Math.log(Math.max(0, -Math.expm1(logGammaQ(hi, next) - a)));
  }
  // (rounding can push a vanishing mass below 0 when the two points nearly coincide: clamp)
  return Math.log(Math.max(0, -Math.expm1(logGammaQ(hi, next)) - Math.exp(lowerOf(lo))));
}
