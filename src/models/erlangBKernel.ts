import { logPoissonTerm } from '../math/logPoissonTerm.js';
import { lowerGammaSeries } from '../math/lowerGammaSeries.js';
import { temmeRatio } from '../math/temmeGamma.js';
import { TEMME_SHAPE } from '../math/temmeShape.js';
import { upperGammaFraction } from '../math/upperGammaFraction.js';

/**
 * Erlang B for checked input (servers x ≥ 0 real, load a ≥ 0), without a^n/n!: for small
 * integer teams (n ≤ 128) the finite sum of {@link inverseErlangBRest}; otherwise
 * 1/B = 1 + Q(x, a)/D(x, a) with D(x, a) = aˣe⁻ᵃ/Γ(x+1), which is Jagerman's
 * (1974) continuous extension 1/B = a∫₀^∞ e^{−at}(1+t)ˣ dt for every real x ≥ 0.
 * Below the transition (a < x + 1): B = D/(1 − D·Σ_{j≥1} aʲ/(x+1)_j); above: B = 1/(1 + G).
 */
export function erlangBKernel(servers: number, load: number): number {
  return Math.exp(logErlangBKernel(servers, load));
}

/** ln B(servers, load) for checked input: finite even where B itself underflows (n ≫ a). */
export function logErlangBKernel(servers: number, load: number): number {
  if (servers === 0) return 0;
  if (load === 0) return -Infinity;
  if (servers <= SMALL_TEAM && Number.isInteger(servers)) {
    const rest = inverseErlangBRest(servers, load);
    if (rest < 1e300) return -Math.log1p(rest); // else B is below 1e-300: the logs below
  }
  if (servers >= TEMME_SHAPE && Math.abs(load - servers) < 0.1 * servers) {
    // Huge teams near the transition: Temme's (1979) uniform expansion, O(1) instead of the
    // O(√n) series (which, past 2⁵³, would no longer advance: n + j === n)
    const ratio = temmeRatio(servers, load); // Q/D above the transition, P/D below
    if (load >= servers) return -Math.log1p(ratio);
    const logD = logPoissonTerm(servers, load);
    return Math.min(0, logD - Math.log1p(-Math.exp(logD) * (ratio - 1)));
  }
  // Series and fraction directly: exact, at most about 40·√n steps below 10⁷ servers.
  if (load < servers + 1) {
    const logD = logPoissonTerm(servers, load);
    // ln B = ln D − ln(1 − D·Σ_{j≥1}…) = ln D − ln Q(n+1, a) ≤ 0 (rounding clamped)
    return Math.min(0, logD - Math.log1p(-Math.exp(logD) * lowerGammaSeries(servers, load).sum1));
  }
  return -Math.log1p(upperGammaFraction(servers, load));
}

/** The largest integer team whose Erlang B is summed term by term (at most 128 steps). */
const SMALL_TEAM = 128;

/**
 * 1/B(n, a) − 1 for an integer n ≥ 1, from the finite sum 1/B = Σ_{j=0}^{n} n!/((n−j)!·aʲ)
 * (Erlang 1917: Σ_k (aᵏ/k!)/(aⁿ/n!), from k = n down) without its first term 1, so that ln B =
 * −ln(1 + rest) keeps its digits when B is close to 1. Every term is positive, so the sum is
 * accurate to a few ulps; once the ratio (n−j)/a falls below 1 the terms shrink, and the loop
 * stops when those left (fewer than n, each smaller than the last) cannot change the sum.
 * Infinity or beyond 1e300 when B underflows.
 */
function inverseErlangBRest(n: number, load: number): number {
  let term = 1;
  let sum = 0;
  for (let i = n; i >= 1; i--) {
    term *= i / load;
    sum += term;
    if (i < load && term <= 1e-18 * (1 + sum)) break;
  }
  return sum;
}
