import { openUnit } from '../math/checks.js';
import { gammaPoint, logGammaP, logGammaPRatio } from '../math/incompleteGamma.js';
import { logGammaKernel } from '../math/logGamma.js';
import { erlangAState } from './erlangAKernel.js';
import { logLoadPerAgent } from './erlangAOverflow.js';
import { erlangCMetrics } from './erlangCMetrics.js';
import { checkQueue, type Queue } from './Queue.js';

/**
 * The p-quantile of the wait in queue, in seconds: of every caller's wait for Erlang C, and of
 * the offered wait V (the wait a caller would have if it never hung up) for Erlang A. 0 when at
 * least a fraction p of callers does not wait at all; `Infinity` for an overloaded Erlang C queue.
 *
 * Erlang C: P(W > t) = C·e^{−(nμ−λ)t}, inverted in closed form. Erlang A: P(V > t) =
 * P(wait)·P(x, y·e^{−θt})/P(x, y) (Mandelbaum & Zeltyn 2007), inverted by Newton's method on the
 * concave function v ↦ ln P(x, eᵛ), which converges monotonically after the first step.
 *
 * @param queue - `{ arrivalRate (calls/s), handleTime (s), agents, patience? (s) }`
 * @param p - the probability, strictly between 0 and 1
 * @returns the quantile in seconds, ≥ 0
 * @throws {QueueInputError} on a bad queue or p outside (0, 1)
 * @example
 * waitQuantile({ arrivalRate: 0.5, handleTime: 180, agents: 100 }, 0.9); // ≈ 13.940
 */
export function waitQuantile(queue: Queue, p: number): number {
  const q = checkQueue(queue);
  openUnit('p', p);
  const { arrivalRate, handleTime, agents: n, patience } = q;
  if (patience === Infinity) {
    const m = erlangCMetrics(q, undefined);
    if (!m.stable) return Infinity;
    if (p <= 1 - m.probWait) return 0;
    return Math.log(m.probWait / (1 - p)) / (n / handleTime - arrivalRate);
  }
  const x = (n * patience) / handleTime;
  const y = arrivalRate * patience;
  if (arrivalRate === 0 || arrivalRate * handleTime === 0) return 0;
  if (n === 0) return Infinity;
  const load = arrivalRate * handleTime;
  if (!Number.isFinite(x) || !Number.isFinite(y) || load === Infinity) {
    // the limit θ/μ → 0 (see erlangAOverflow): Erlang C when stable, else the fluid model, in
    // which every caller's offered wait is patience·ln(a/n)
    return load < n ? waitQuantile({ arrivalRate, handleTime, agents: n }, p) : patience * logLoadPerAgent(q);
  }
  const state = erlangAState(n, arrivalRate * handleTime, x, y);
  if (p <= state.probNoWait) return 0;
  // impatient limit (Erlang B): a blocked caller's offered wait is Exp(nμ)
  if (state.impatient) return (Math.log(state.probWait) - Math.log1p(-p)) * (handleTime / n);
  // Solve f(d) = ln P(x, y·e^{−d}) − ln P(x, y) − ln((1 − p)/P(wait)) = 0 for d = θt ≥ 0; f falls
  // from f(0) ≥ 0. Newton on the concave v ↦ ln P(x, eᵛ), kept inside a bracket that doubles
  // until it holds the root, with bisection whenever a step leaves it or the slope vanishes.
  // (Not the house secant findRoot: the exact slope is free here, and Newton keeps relative
  // accuracy for roots far below the first bracket, e.g. θt ≈ 1e-298 for very patient callers.)
  const target = Math.log1p(-p) - Math.log(state.probWait);
  const logY = Math.log(y);
  const f = (d: number): [number, number] => {
    if (logY - d < -660) {
      // u = y·e^{−d} underflows (very impatient callers): ln P(x, u) = x·ln u − ln Γ(x + 1) + O(u)
      return [x * (logY - d) - logGammaKernel(x + 1) - state.logPy - target, x];
    }
    const pt = gammaPoint(x, y * Math.exp(-d)); // as analyze forms u, so the two agree exactly
    const slope = pt.lower ? x / (1 + pt.sum1) : x * Math.exp(pt.logD - logGammaP(pt));
    // u − y given exactly: for very patient callers d is below ε and u rounds to y
    return [logGammaPRatio(pt, state.at, y * Math.expm1(-d)) - target, slope]; // value, −df/dd
  };
  let lo = 0;
  let hi = Math.max(1e-3, -Math.log1p(-p)); // the rate-1 guess for θt
  for (let i = 0; i < 2000 && f(hi)[0] > 0; i++) {
    lo = hi;
    hi *= 2;
  }
  let d = lo === 0 ? 0 : lo;
  for (let i = 0; i < 200; i++) {
    const [value, slope] = f(d);
    if (value > 0) lo = d;
    else hi = d;
    let next = d + value / slope;
    if (!(next > lo && next < hi)) next = 0.5 * (lo + hi);
    if (Math.abs(next - d) <= 1e-15 * next || hi - lo <= 1e-15 * hi) return next * patience;
    d = next;
  }
  return d * patience;
}
