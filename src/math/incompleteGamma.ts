import { nonNegativeOrInfinite, positive } from './checks.js';
import { logPoissonTerm } from './logPoissonTerm.js';
import { lowerGammaSeries } from './lowerGammaSeries.js';
import { MIN_NORMAL } from './minNormal.js';
import { temmeRatio } from './temmeGamma.js';
import { TEMME_SHAPE } from './temmeShape.js';
import { truncatedGammaMoments, WATSON_BETA } from './truncatedGammaMoments.js';
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
    // Σ j·t_j = s − (s − x)·S₀ (from (s + j)·t_j = x·t_{j−1}); S₀ = P/D = ratio. The difference
    // cancels where s − x ≫ √s (relative error ~ ε·(s − x)²/s): from (s − x)² ≥ 256·x on it is
    // x·S₀·E[1 − U] with Watson's expansion of E[1 − U] instead, which has no difference
    const gap = s - x;
    const sumJ = x <= WATSON_BETA * gap * gap ? x * (ratio * truncatedGammaMoments(s, x, gap).oneMinusMean) : Math.max(0, s - gap * ratio);
    return { s, x, logD, lower: true, sum1: ratio - 1, sumJ, g: 0 };
  }
  if (x < s + 1) {
    const { sum1, sumJ } = lowerGammaSeries(s, x);
    return { s, x, logD, lower: true, sum1, sumJ, g: 0 };
  }
  return { s, x, logD, lower: false, sum1: 0, sumJ: 0, g: upperGammaFraction(s, x) };
}

/**
 * Σ₁/t₁ for a point below the transition: the lower series without its leading 1, over its first
 * term t₁ = x/(s+1), i.e. 1 + x/(s+2) + …, ≥ 1. Exactly 1 when t₁ is subnormal: its digits are
 * gone there, and every later term is below 2⁻¹⁰²² of it.
 */
export function seriesOverFirstTerm(pt: GammaPoint): number {
  const first = pt.x / (pt.s + 1);
  return first >= MIN_NORMAL ? Math.max(1, pt.sum1 / first) : 1;
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
 * 6.5.31), both scaled by Loader's (2000) accurate Poisson term; Temme's (1979) uniform expansion
 * for shapes from 10⁷ near the transition.
 *
 * @param s - shape, a finite number > 0
 * @param x - argument, ≥ 0 (`Infinity` allowed: P = 1)
 * @returns P(s, x) in [0, 1]
 * @throws {QueueInputError} when s is not a finite number > 0 or x is not a number ≥ 0
 * @example
 * gammaP(3, 2); // ≈ 0.32332358381694
 * gammaP(3, Infinity); // => 1
 */
export function gammaP(s: number, x: number): number {
  checkGammaArguments(s, x);
  if (x === Infinity) return 1;
  const pt = gammaPoint(s, x);
  const d = Math.exp(pt.logD);
  return Math.min(1, Math.max(0, pt.lower ? d * (1 + pt.sum1) : 1 - d * pt.g));
}

function checkGammaArguments(s: number, x: number): void {
  positive('s', s);
  nonNegativeOrInfinite('x', x);
}

/**
 * Regularized upper incomplete gamma function Q(s, x) = 1 − P(s, x), accurate in relative
 * terms in its upper tail.
 *
 * @param s - shape, a finite number > 0
 * @param x - argument, ≥ 0 (`Infinity` allowed: Q = 0)
 * @returns Q(s, x) in [0, 1]
 * @throws {QueueInputError} when s is not a finite number > 0 or x is not a number ≥ 0
 * @example
 * gammaQ(1e6, 1.01e6); // ≈ 1.0607e-23
 * gammaQ(3, Infinity); // => 0
 */
export function gammaQ(s: number, x: number): number {
  checkGammaArguments(s, x);
  return gammaQKernel(s, x);
}

/** {@link gammaQ} for s a finite number > 0 and x ≥ 0 (`Infinity` allowed). @internal */
export function gammaQKernel(s: number, x: number): number {
  if (x === Infinity) return 0;
  const pt = gammaPoint(s, x);
  const d = Math.exp(pt.logD);
  return Math.min(1, Math.max(0, pt.lower ? 1 - d * (1 + pt.sum1) : d * pt.g));
}

/** ln Q(s, x) (upper tail), or ln Q(s+1, x) when `next`; Q(s+1, x) = Q(s, x) + D(s, x). */
export function logGammaQ(pt: GammaPoint, next = false): number {
  if (!pt.lower) return pt.logD + Math.log(next ? pt.g + 1 : pt.g);
  return Math.log1p(-Math.exp(pt.logD) * (next ? pt.sum1 : 1 + pt.sum1));
}

/**
 * ln D(s, lo.x) − ln D(s, hi.x) = s·ln(1 + (lo.x − hi.x)/hi.x) − (lo.x − hi.x) for two points of the same
 * shape: exact algebra instead of subtracting two logarithms that may each be near −10⁴ and
 * carry 1e-12 of absolute rounding.
 */
function logDRatio(lo: GammaPoint, hi: GammaPoint, gap: number = lo.x - hi.x): number {
  // gap: exact for nearby points (Sterbenz), or given by the caller when lo.x rounds to hi.x
  return lo.s * (gap > -0.5 * hi.x ? Math.log1p(gap / hi.x) : Math.log(lo.x / hi.x)) - gap;
}

/** ln(P(s, lo.x)/P(s, hi.x)) for two points of the same shape, without large cancellation. */
export function logGammaPRatio(lo: GammaPoint, hi: GammaPoint, gap: number = lo.x - hi.x): number {
  if (lo.lower && hi.lower) return logDRatio(lo, hi, gap) + Math.log1p(lo.sum1) - Math.log1p(hi.sum1);
  return logGammaP(lo) - logGammaP(hi); // hi above the transition: ln P(s, hi.x) is near 0
}

/**
 * (P(σ, hi.x) − P(σ, lo.x))/P(σ, hi.x) for lo.x ≤ hi.x of the same shape s, σ = s (or s + 1 when
 * `next`): the share of the σ-mass below hi.x that lies between the two points, a probability
 * even where P(s+1, hi.x)/P(s, hi.x) underflows. From lower tails when both points are below the
 * transition, from upper tails when both are above it (so the tiny masses of an overloaded queue
 * keep their digits), and as 1 − Q(hi) − P(lo) when they straddle it. `gap` = lo.x − hi.x, given
 * by the caller when it knows it better than the difference of the rounded points.
 */
export function gammaPBetweenRatio(lo: GammaPoint, hi: GammaPoint, next = false, gap: number = lo.x - hi.x, logRatio?: number): number {
  if (lo.lower && hi.lower) {
    // (when the series' first term t₁ = x/(s+1) is subnormal, Σ = t₁ and the ratio is lo.x/hi.x)
    const normal = lo.sum1 >= MIN_NORMAL && hi.sum1 >= MIN_NORMAL;
    const logD = logRatio === undefined ? logDRatio(lo, hi, gap) : logDRatioExact(hi, logRatio);
    const step = normal && logRatio !== undefined ? smallStepTail(hi, next, logRatio) : undefined;
    if (step !== undefined) return Math.max(0, -Math.expm1(logD + step));
    const nextTail = normal ? Math.log(lo.sum1) - Math.log(hi.sum1) : Math.log1p(gap / hi.x);
    const tail = next ? nextTail : Math.log1p(lo.sum1) - Math.log1p(hi.sum1);
    const shift = normal ? roundingShift(lo, hi, gap, next) : 0;
    return Math.max(0, -Math.expm1(logD + tail + shift));
  }
  const lowerOf = next ? logGammaPNext : logGammaP;
  if (!lo.lower && !hi.lower) {
    const gLo = next ? lo.g + 1 : lo.g;
    const gHi = next ? hi.g + 1 : hi.g;
    const logQlo = lo.logD + Math.log(gLo);
    return Math.exp(logQlo - lowerOf(hi)) * Math.max(0, -Math.expm1(Math.log(gHi / gLo) - logDRatio(lo, hi, gap)));
  }
  // (rounding can push a vanishing mass below 0 when the two points nearly coincide: clamp)
  return Math.max(0, -Math.expm1(logGammaQ(hi, next)) - Math.exp(lowerOf(lo))) / Math.exp(lowerOf(hi));
}

/**
 * ln D(s, u) − ln D(s, y) for u = y·e^Δ given Δ = `logRatio` exactly (y = hi.x):
 * s·Δ − (u − y) = (s − y)·Δ − y·(e^Δ − 1 − Δ), two terms of one sign below the transition, where
 * s·Δ − (u − y) loses s/(s − y) of its digits (1e-8 relative at s = 1e17, s − y = 20√s).
 */
function logDRatioExact(hi: GammaPoint, logRatio: number): number {
  let excess: number; // e^Δ − 1 − Δ
  if (Math.abs(logRatio) < 0.1) {
    let term = (logRatio * logRatio) / 2;
    excess = term;
    for (let k = 3; k < 30 && Math.abs(term) > 1e-17 * excess; k++) {
      term *= logRatio / k;
      excess += term;
    }
  } else {
    excess = Math.expm1(logRatio) - logRatio;
  }
  return (hi.s - hi.x) * logRatio - hi.x * excess;
}

/**
 * ln S(y·e^Δ) − ln S(y) for the lower series S = 1 + Σ₁ (Σ₁ when `next`) at y = hi.x, when the
 * step is so small that E[J]·|Δ| ≤ 1e-4: the cumulant expansion κ₁Δ + κ₂Δ²/2 + κ₃Δ³/6 of J ∝ t_j
 * (d ln S/d ln y = E[J]; the next term is below 3e-13 of the first), with the raw moments from
 * (s + j)·t_j = y·t_{j−1}: E[J²] = (y − s)E[J] + y, E[J³] = (y − s)E[J²] + y(2E[J] + 1) (their
 * cancellation far below the transition costs ε·yΔ² of the result). A difference of the two
 * logarithms (each ~ ln(s/(s − y)), carrying its ulp) would lose 1e-9 of a between-ratio of 1e-6
 * near the transition of a huge shape. Undefined when the step is larger.
 */
function smallStepTail(hi: GammaPoint, next: boolean, logRatio: number): number | undefined {
  const s0 = 1 + hi.sum1;
  const first = hi.sumJ / s0; // E[J] over the whole series
  const scale = next ? s0 / hi.sum1 : 1; // moments of J given J ≥ 1 for Σ₁
  const mean = first * scale;
  const step = mean * Math.abs(logRatio);
  if (!(step <= 1e-4)) return undefined;
  const second = (hi.x - hi.s) * first + hi.x;
  const third = (hi.x - hi.s) * second + hi.x * (2 * first + 1);
  const m2 = second * scale;
  const variance = Math.max(0, m2 - mean * mean);
  const skew = third * scale - 3 * mean * m2 + 2 * mean * mean * mean;
  if (Number.isFinite(skew)) return logRatio * (mean + logRatio * (0.5 * variance + (logRatio * skew) / 6));
  return step <= 1e-6 ? logRatio * (mean + 0.5 * variance * logRatio) : undefined;
}

/**
 * The series at lo.x answers for the rounded point lo.x, not for hi.x + gap: near the transition
 * of a huge shape (s ≳ 1e7) the ulp of the rounding moves ln S by about ulp·E[J]/x, which is
 * most of a small between-ratio (1 − P(s, lo.x)/P(s, hi.x) ≈ 1e-9 lost 6e-3 of itself at
 * s = 1e23). First-order correction ln S(u) = ln S(lo.x) − (lo.x − u)·(d ln S/du), with
 * d S/du = Σ j·t_j/u for S = 1 + Σ₁ and for S = Σ₁ (`next`); lo.x − hi.x is exact (Sterbenz)
 * when the points are within a factor 2, and no correction is made otherwise.
 */
function roundingShift(lo: GammaPoint, hi: GammaPoint, gap: number, next: boolean): number {
  if (!(lo.x >= 0.5 * hi.x && lo.x <= hi.x)) return 0;
  const excess = lo.x - hi.x - gap; // lo.x − (hi.x + gap): the rounding of lo.x
  if (excess === 0) return 0;
  // (in this order: lo.x·Σ₁ underflows for tiny points, e.g. x = y = 1e-280; a lost shift is 0)
  const shift = (-excess * (lo.sumJ / (next ? lo.sum1 : 1 + lo.sum1))) / lo.x;
  return Number.isFinite(shift) ? shift : 0;
}

/** ∫₀^{lo.x} P(s, v) dv / P(s, hi.x) for two points of the same shape. */
export function gammaPIntegralRatio(lo: GammaPoint, hi: GammaPoint, gap: number = lo.x - hi.x): number {
  if (lo.lower && hi.lower) return Math.exp(logDRatio(lo, hi, gap) + Math.log(lo.sumJ) - Math.log1p(hi.sum1));
  return Math.exp(logGammaPIntegral(lo) - logGammaP(hi));
}
