import { deviance } from './deviance.js';
import { logPoissonTerm } from './logPoissonTerm.js';
import { MIN_NORMAL } from './minNormal.js';
import { stirlingError } from './stirlingError.js';

const LOG_2PI = 1.8378770664093453;
const TINY = 1e-300;
/** The smallest subnormal double (2⁻¹⁰⁷⁴). */
const SMALLEST_SUBNORMAL = 5e-324;

/**
 * Both tails of the regularized incomplete beta function I_z(a, k+1) for real a > 0 and an integer
 * second parameter, read as a negative-binomial distribution: with J the number of failures before
 * the a-th success at success probability z, I_z(a, k+1) = P(J ≤ k) (Abramowitz & Stegun 26.5.24,
 * 6.5.29 in the limit). `lower` = P(J ≤ k) = I_z(a, k+1), `upper` = P(J > k) = I_{1−z}(k+1, a),
 * each accurate in relative terms (the smaller one is summed, never taken as 1 − the other; a
 * lower tail near 1 gives the upper one as 1 − t₀ − Σ_{1≤j≤k} t_j with 1 − t₀ from expm1),
 * and `logTerm` = ln P(J = k).
 */
export interface BetaTails {
  /** I_z(a, k+1) = P(J ≤ k). */
  readonly lower: number;
  /** 1 − I_z(a, k+1) = P(J > k). */
  readonly upper: number;
  /** ln P(J = k) = ln(Γ(a+k)/(Γ(a)·k!)·zᵃ·(1−z)ᵏ) (the Poisson term when a = ∞). */
  readonly logTerm: number;
}

/**
 * ln P(J = k) for J negative binomial (a successes, success probability z, q = 1 − z, ln z given):
 * P(J = k) = a/(a+k) · C(a+k, a)·zᵃ·qᵏ, with the binomial term in Loader's (2000) saddle-point
 * form so that a up to 10¹³ and beyond loses no digits.
 */
export function logNegBinomialTerm(a: number, k: number, logZ: number, q: number): number {
  if (k === 0) return a * logZ;
  const n = a + k;
  const z = Math.exp(logZ);
  // Differences without cancellation: a − n·z = a·q − k·z, k − n·q = −(a − n·z).
  const d = a * q - k * z;
  // bd0(a, n·z) from ln z when z is far from a/n (z may underflow while zᵃ does not).
  const devianceA = Math.abs(d) < 0.1 * (a + n * z) ? deviance(a, n * z, d) : a * (Math.log(a / n) - logZ) - d;
  const logCore = stirlingError(n) - stirlingError(a) - stirlingError(k) - devianceA - deviance(k, n * q, -d);
  const logFactor = LOG_2PI + Math.log(a) + Math.log(k) - Math.log(n);
  return logCore - 0.5 * logFactor + Math.log(a / n);
}

/**
 * Lentz's continued fraction for I_x(α, β) divided by its prefactor xᵅ(1−x)ᵝ/(α·B(α, β))
 * (Numerical Recipes' betacf, after Didonato & Morris 1992); fast for x < (α+1)/(α+β+2).
 */
function betaFraction(alpha: number, beta: number, x: number): number {
  const qab = alpha + beta;
  const qap = alpha + 1;
  const qam = alpha - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m < 100_000; m++) {
    const m2 = 2 * m;
    let aa = (m * (beta - m) * x) / ((qam + m2) * (alpha + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = (-(alpha + m) * (qab + m) * x) / ((alpha + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 3e-16) break;
  }
  return h;
}

/**
 * Both tails from the lower one, Σ_{j≤k} t_j summed backwards from t_k = e^{logTerm} with
 * t_{j−1} = t_j·j/((a+j−1)·q) (Poisson, a = ∞: t_j·j/x with x = `q`), stopping once the terms are
 * negligible. Every 512 terms t_j is taken afresh (10⁵ products of nearly equal ratios drift by
 * 1e-12), and t₀ = e^{logHead} (zᵃ or e^{−x}) directly. The upper tail 1 − Σ is taken as
 * −expm1(logHead) − Σ_{j≥1} t_j when the sum is near 1 (a heavy tail with most of its mass at 0, as
 * for a = nμ/θ ≪ 1, or a Poisson mean near 0), where 1 − Σ would cancel.
 */
function tailsFromBelow(a: number, k: number, logZ: number, q: number, logTerm: number): BetaTails {
  const poisson = a === Infinity;
  const logHead = poisson ? -q : a * logZ;
  let t = Math.exp(logTerm);
  if (k === 0) return { lower: t, upper: -Math.expm1(logHead), logTerm };
  let rest = t;
  for (let j = k; j > 1; j--) {
    if ((j & 511) === 0) t = Math.exp(poisson ? logPoissonTerm(j - 1, q) : logNegBinomialTerm(a, j - 1, logZ, q));
    else t *= poisson ? j / q : j / ((a + (j - 1)) * q); // a + (j − 1): (a + j) − 1 rounds a < 1e-8
    rest += t;
    if (t <= 1e-17 * rest) return { lower: rest, upper: 1 - rest, logTerm };
  }
  const sum = rest + Math.exp(logHead);
  return { lower: sum, upper: sum > 0.5 ? -Math.expm1(logHead) - rest : 1 - sum, logTerm };
}

/**
 * Both tails of I_z(a, k+1) for a > 0 (a = `Infinity` gives the Poisson limit with mean `x`),
 * integer k ≥ 0, 0 < z ≤ 1 passed as ln z and q = 1 − z (both accurate). Sums the smaller tail of
 * the negative-binomial (or Poisson) terms outward from k with the ratio recurrences, starting from
 * Loader's accurate term, so every sum has positive terms; a continued fraction covers the slowly
 * decaying geometric tail of a < 1. Cost: about 10·√(variance) + 10 terms, at most k + 1 below.
 *
 * Internal kernel: inputs are not checked.
 *
 * @param a - first parameter (> 0), or Infinity for the Poisson limit
 * @param k - the integer second parameter minus one (≥ 0)
 * @param logZ - ln z (≤ 0); ignored when a = Infinity
 * @param q - 1 − z in [0, 1); for a = Infinity, the Poisson mean x ≥ 0 instead
 * @returns the tails and the log of the term at k
 */
export function betaIntegerTails(a: number, k: number, logZ: number, q: number): BetaTails {
  const poisson = a === Infinity;
  if (poisson) {
    const x = q;
    if (x === 0) return { lower: 1, upper: 0, logTerm: k === 0 ? 0 : -Infinity };
    const logTerm = logPoissonTerm(k, x);
    const t0 = Math.exp(logTerm);
    if (k < x) return tailsFromBelow(a, k, 0, x, logTerm);
    let t = t0;
    let sum = 0;
    for (let j = k + 1; j < k + 100_000; j++) {
      t *= x / j;
      sum += t;
      if (t <= 1e-17 * sum || t === 0) break;
    }
    return { lower: 1 - sum, upper: sum, logTerm };
  }
  if (q === 0) return { lower: 1, upper: 0, logTerm: k === 0 ? 0 : -Infinity };
  const z = Math.exp(logZ);
  const logTerm = logNegBinomialTerm(a, k, logZ, q);
  const mean = (a * q) / z;
  const t0 = Math.exp(logTerm);
  // Lower tail backwards: at most k terms.
  if (k < mean) return tailsFromBelow(a, k, logZ, q, logTerm);
  // Upper tail forwards: t_{j+1} = t_j·(a+j)·q/(j+1). When that would take thousands of terms
  // (heavy tail, q near 1), take the lower tail from the continued fraction of I_z(a, k+1), which
  // converges quickly for z < (a+1)/(a+k+3).
  // For a < 1 the terms fall no faster than qʲ from the start, however small the variance.
  const geometric = -37 / Math.log(q) + 60;
  const terms = a < 1 ? geometric : Math.min(12 * Math.sqrt(mean / z) + 60, geometric);
  if (terms > 3000 && z < (a + 1) / (a + k + 3)) {
    const lower = Math.min(1, ((q * (a + k)) / a) * t0 * betaFraction(a, k + 1, z));
    // Most of the mass at 0 (a ≪ 1): 1 − lower would cancel; the k terms below give it exactly.
    return lower > 0.5 ? tailsFromBelow(a, k, logZ, q, logTerm) : { lower, upper: 1 - lower, logTerm };
  }
  let t = t0;
  let sum = 0;
  for (let j = k; j < k + 10_000_000; j++) {
    const ratio = ((a + j) * q) / (j + 1);
    t *= ratio;
    sum += t;
    // Also once the rest, at most t·r/(1 − r) while r < 1, is below the smallest subnormal:
    // a subnormal t times a ratio near 1 may round back to itself and never reach 0.
    if (t <= 1e-17 * sum || (ratio < 1 && t * ratio < SMALLEST_SUBNORMAL * (1 - ratio)) || (t < MIN_NORMAL && t * ratio === t)) break;
  }
  return { lower: 1 - sum, upper: sum, logTerm };
}
