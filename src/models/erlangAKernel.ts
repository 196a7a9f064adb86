import { digammaGap } from '../math/digammaGap.js';
import {
  type GammaPoint,
  gammaPBetweenRatio,
  gammaPIntegralRatio,
  gammaPoint,
  logGammaP,
  logGammaPNext,
  lowerGammaPoint,
  seriesOverFirstTerm,
} from '../math/incompleteGamma.js';
import { logGammaKernel } from '../math/logGamma.js';
import { TEMME_SHAPE } from '../math/temmeShape.js';
import { logErlangBKernel } from './erlangBKernel.js';
import { servedWaitMomentHuge } from './servedWaitMomentHuge.js';

/**
 * Steady state of the Erlang A (M/M/n+M) queue in closed form (Palm 1946; Garnett, Mandelbaum &
 * Reiman 2002; Mandelbaum & Zeltyn 2007), for checked input with n ≥ 1, λ > 0, θ > 0.
 *
 * With x = nμ/θ, y = λ/θ, everything follows from the incomplete gamma function at (x, y):
 * A(x, y) = Σ_j yʲ/(x+1)_j = P(x, y)/D(x, y), P(wait) = A·B/(1 + (A − 1)B), and, given that a
 * caller waits, U = y·e^{−θV} is Gamma(x) truncated to [0, y] (V the offered wait), so
 * P(V > t | wait) = P(x, u)/P(x, y), P(served | wait) = (x/y)·P(x+1, y)/P(x, y),
 * P(served, V ≤ t | wait) = (x/y)·(P(x+1, y) − P(x+1, u))/P(x, y) and
 * P(abandon, W > t | wait) = ∫₀ᵘ P(x, v) dv/(y·P(x, y)), u = y·e^{−θt}.
 * Each is assembled from positive terms in logs, so nothing cancels when the queue is far over-
 * or understaffed.
 */
export interface ErlangAState {
  /** P(wait). */
  probWait: number;
  /** 1 − P(wait), computed without cancellation. */
  probNoWait: number;
  /** P(abandon | wait). */
  abandonGivenWait: number;
  /** P(served | wait). */
  servedGivenWait: number;
  /** θ·E[V·e^{−θV} | wait]: dimensionless. */
  servedWaitMoment: number;
  x: number;
  y: number;
  /** The incomplete gamma function at (x, y). */
  at: GammaPoint;
  /** ln P(x, y). */
  logPy: number;
  /** ln P(x + 1, y). */
  logP1y: number;
  /** Number of agents. */
  agents: number;
  /**
   * True in the impatient limit λ·patience < 1e-280 ({@link IMPATIENT_Y}), where Erlang A is
   * Erlang B: a caller who finds every agent busy hangs up at once (`at` is then unused).
   */
  impatient: boolean;
}

/** y = λ/θ below which Erlang A is evaluated as its impatient limit, Erlang B. */
export const IMPATIENT_Y = 1e-280;

/** x = nμ/θ from which the served-wait moment is expanded instead of summed. */
export const HUGE_X = 1e9;

/**
 * Solves the Erlang A steady state (n ≥ 1 agents, load > 0, finite patience). With
 * `withMoment = false` the served-wait moment (needed only for ASA) is skipped and left NaN:
 * staffing searches that do not target ASA save its summation.
 */
export function erlangAState(agents: number, load: number, x: number, y: number, withMoment = true): ErlangAState {
  const logB = logErlangBKernel(agents, load);
  const notBlocked = -Math.expm1(logB); // 1 − B
  if (y < IMPATIENT_Y) return impatientState(agents, Math.exp(logB), notBlocked, x, y);
  // Huge x close to critical load: the exact loops would need more than ~10⁶ terms; there the
  // moment expansion errs by O(x^{−3/2}) and its identities lose only about √x·ε (E[J] ~ √x).
  const huge = x >= HUGE_X && y > x * (1 - 2e-4);
  const fused = withMoment && y < x + 1 && !huge ? fusedLowerSums(x, y) : undefined;
  const at = fused ? lowerGammaPoint(x, y, fused.sum1, fused.sumJ) : gammaPoint(x, y);
  const logPy = logGammaP(at);
  const logP1y = logGammaPNext(at);
  // P(wait) = r/(1 − B + r) with r = A·B, A = P(x, y)/D(x, y); in logs, r over- or underflows.
  // Below the transition ln A = ln(1 + Σ…) directly: ln P − ln D would cancel two large logs.
  const logR = (at.lower ? Math.log1p(at.sum1) : logPy - at.logD) + logB;
  let probWait: number;
  let probNoWait: number;
  if (logR > 0) {
    const e = notBlocked * Math.exp(-logR);
    probWait = 1 / (1 + e);
    probNoWait = e / (1 + e);
  } else {
    const r = Math.exp(logR);
    probWait = r / (notBlocked + r);
    probNoWait = notBlocked / (notBlocked + r);
  }
  let abandonGivenWait: number;
  let servedGivenWait: number;
  if (at.lower) {
    // x − (x − y)·A = Σ_{j≥1} j·t_j: both shares come from positive series.
    const s0 = 1 + at.sum1;
    abandonGivenWait = at.sumJ / s0 / y; // (y·S₀ overflows from x ≈ 1e300 just below the transition)
    // x·Σ₁/y = (x/(x+1))·Σ₁/t₁: no digits lost when t₁ = y/(x+1) is subnormal (x ≫ y)
    servedGivenWait = ((x / (x + 1)) * seriesOverFirstTerm(at)) / s0;
  } else {
    servedGivenWait = (x / y) * Math.exp(logP1y - logPy);
    // E[J]/y = (y − x + x/A)/y. From x ≈ 1e17 near the transition y − x carries x·ε of the
    // rounding of x = nμ/θ and y = λ/θ while E[J] ~ √x: the problem itself is that ill-conditioned
    // there (a relative change ε in the load moves the answer by √x·ε), and rounding may land
    // the difference below 0, so it is clamped to [0, 1] below (as is the moment from it).
    abandonGivenWait = Math.max(0, (y - x + x * Math.exp(at.logD - logPy)) / y);
  }
  return {
    probWait,
    probNoWait,
    // conditional probabilities: ≤ 1 up to the last ulp of rounding, clamped
    abandonGivenWait: Math.min(1, abandonGivenWait),
    servedGivenWait: Math.min(1, servedGivenWait),
    servedWaitMoment: !withMoment
      ? Number.NaN
      : fused
        ? fused.moment
        : huge && y - x <= 9 * Math.sqrt(y) + 10
          ? servedWaitMomentHuge(x, y, inverseA(at, logPy))
          : servedWaitMoment(x, y),
    x,
    y,
    at,
    logPy,
    logP1y,
    agents,
    impatient: false,
  };
}

/**
 * 1/A = D(x, y)/P(x, y). Below the transition 1/(1 + Σ₁) directly: ln D − ln P would lose ln(1 + Σ₁)
 * to the rounding of ln D once |ln D| passes ~1e16 (x ≈ 1e38 a little below y), making A = 1.
 */
function inverseA(at: GammaPoint, logPy: number): number {
  return at.lower ? 1 / (1 + at.sum1) : Math.exp(at.logD - logPy);
}

/**
 * The limit θ → ∞ (callers hang up the moment they would wait): the loss system M/M/n/n, whose
 * blocking probability is Erlang B (Erlang 1917). P(wait) = B; every waiting caller abandons.
 */
function impatientState(agents: number, blocked: number, notBlocked: number, x: number, y: number): ErlangAState {
  const at = lowerGammaPoint(x, y, 0, 0);
  return {
    probWait: blocked,
    probNoWait: notBlocked,
    abandonGivenWait: 1,
    servedGivenWait: 0,
    servedWaitMoment: 0,
    x,
    y,
    at,
    logPy: 0,
    logP1y: 0,
    agents,
    impatient: true,
  };
}

/**
 * Below the transition, one pass gives both the lower gamma series at (x, y) (t_j = yʲ/(x+1)_j,
 * Σ_{j≥1} t_j and Σ j·t_j) and the served-wait moment of {@link servedWaitMoment}, with one
 * division per term.
 */
function fusedLowerSums(x: number, y: number): { sum1: number; sumJ: number; moment: number } {
  let inv = 1 / (x + 1);
  let t = 1;
  let h = inv;
  let sum1 = 0;
  let sumJ = 0;
  let momentSum = x * inv * h;
  const limit = 40 * Math.sqrt(x + 1) + 200;
  for (let j = 1; j < limit; j++) {
    t *= y * inv;
    inv = 1 / (x + j + 1);
    h += inv;
    sum1 += t;
    sumJ += j * t;
    momentSum += t * x * inv * h;
    if (j * t <= 1e-17 * sumJ) break;
  }
  return { sum1, sumJ, moment: momentSum / (1 + sum1) };
}

/**
 * θ·E[V e^{−θV} | wait] = E_J[(x/(x+J+1))·Σ_{i=0..J} 1/(x+i+1)] with P(J = j) ∝ yʲ/(x+1)_j, J
 * the number of callers ahead (each phase of V_J has rate θ(x + i)). Summed term by term up to
 * the point where the queue-length distribution is negligible; far in overload (y − x > 9√y),
 * where truncating Gamma(x) at y changes nothing in double precision, the closed form
 * (x/y)·(ln y − ψ(x+1)).
 */
function servedWaitMoment(x: number, y: number): number {
  const sqrtY = Math.sqrt(y);
  if (y - x > 9 * sqrtY + 10) return (x / y) * digammaGap(y, x);
  let t = 1;
  let h = 1 / (x + 1);
  let s0 = 1;
  let sum = x * h * h;
  const limit = Math.max(0, y - x) + 40 * sqrtY + 200;
  for (let j = 1; j < limit; j++) {
    t *= y / (x + j);
    const inv = 1 / (x + j + 1);
    h += inv;
    s0 += t;
    const term = t * x * inv * h;
    sum += term;
    if (term <= 1e-17 * sum && x + j > y) break;
  }
  return sum / s0;
}

/** Service-level pieces at answer time t for an {@link ErlangAState}. */
export interface ErlangATail {
  /** P(V ≤ t | wait). */
  offeredOnTime: number;
  /** P(served, V ≤ t | wait). */
  servedOnTime: number;
  /** P(abandon, W > t | wait). */
  abandonLate: number;
}

/**
 * Tail pieces at answer time `t` (s) with abandonment rate `theta` (per second) and mean handle
 * time `handleTime` (s).
 */
export function erlangATail(state: ErlangAState, theta: number, t: number, handleTime: number): ErlangATail {
  const { x, y } = state;
  if (t === 0) {
    return { offeredOnTime: 0, servedOnTime: 0, abandonLate: state.abandonGivenWait };
  }
  if (state.probWait === 0) {
    // nobody waits (P(wait) underflows, x ≫ y): the conditional pieces do not matter; finite
    return { offeredOnTime: 1, servedOnTime: 1, abandonLate: 0 };
  }
  if (state.impatient) {
    // a blocked caller's offered wait is the first of n service completions: Exp(nμ)
    return { offeredOnTime: -Math.expm1((-state.agents / handleTime) * t), servedOnTime: 0, abandonLate: 0 };
  }
  const logU = Math.log(y) - theta * t;
  if (logU < -660) return underflowTail(state, theta * t, (state.agents / handleTime) * t, logU);
  const u = y * Math.exp(-theta * t);
  // u − y without cancellation: with very patient callers θt is below ε and u rounds to y,
  // while the tails depend on (y − u)·(x − y)/y ≈ t·(nμ − λ), the Erlang C exponent
  const gap = y * Math.expm1(-theta * t);
  const pt = gammaPoint(x, u);
  // both points by the same method: a series at y against Temme's expansion at u (x ≥ 1e7 within
  // 10 % of the transition) would leave their 1e-14 disagreement in a between-ratio of 1e-3
  const at = state.at.lower && x >= TEMME_SHAPE && Math.abs(y - x) < 0.1 * x && Math.abs(u - x) < 0.1 * x ? gammaPoint(x, y) : state.at;
  return {
    offeredOnTime: gammaPBetweenRatio(pt, at, false, gap, -theta * t),
    servedOnTime: state.servedGivenWait * gammaPBetweenRatio(pt, at, true, gap, -theta * t),
    abandonLate: gammaPIntegralRatio(pt, at, gap) / y,
  };
}

/**
 * The tail pieces when u = y·e^{−θt} underflows (θt = `abandonDecay` > 660 + ln y, patience
 * below t/745). There P(σ, u) = D(σ, u)·(1 + O(u)), and with ln(u/y) = −θt exactly,
 * ln(P(x, u)/P(x, y)) = −nμt + y − ln(1 + Σ₁) below the transition (Σ₁ = Σ_{j≥1} yʲ/(x+1)_j) and
 * ln(P(x+1, u)/P(x+1, y)) = −(nμ + θ)t + y − ln(Σ₁/t₁), t₁ = y/(x+1): the decay nμt =
 * `agentDecay` comes from the agents' rate, never from x·θt, and ln D(x, y) cancels exactly.
 * So nothing is lost when D(x, y) underflows (x = nμ/θ near 1e43 at y = 1e-280, a subnormal
 * handle time) or x itself underflows to 0 (nμ ≪ θ): no ∞ − ∞ or 0·∞, and no NaN.
 */
function underflowTail(state: ErlangAState, abandonDecay: number, agentDecay: number, logU: number): ErlangATail {
  const { x, y, at } = state;
  if (at.lower) {
    // (each log ratio is ≤ 0; rounding of y − ln(1 + Σ₁) ≈ O(xy) can leave it an ulp above: clamp)
    return {
      offeredOnTime: Math.max(0, -Math.expm1(y - agentDecay - Math.log1p(at.sum1))),
      servedOnTime: state.servedGivenWait * Math.max(0, -Math.expm1(y - agentDecay - abandonDecay - Math.log(seriesOverFirstTerm(at)))),
      abandonLate: 0,
    };
  }
  // Above the transition P(x, y) and P(x+1, y) are not small: ln P(σ, u) = σ·ln u − ln Γ(σ+1).
  // For x < 1, x·ln u = x·ln y − nμt (x may have underflowed to 0 while nμt has not); from x = 1
  // on, P(x, u) < e^{−660} and x·ln u (maybe −∞, never NaN as x > 0) is as good.
  const xLogU = x < 1 ? x * Math.log(y) - agentDecay : x * logU;
  const logPu = xLogU - logGammaKernel(x + 1);
  const logP1u = (x + 1) * logU - logGammaKernel(x + 2);
  return {
    offeredOnTime: Math.max(0, -Math.expm1(logPu - state.logPy)),
    servedOnTime: state.servedGivenWait * Math.max(0, -Math.expm1(logP1u - state.logP1y)),
    abandonLate: 0,
  };
}
