import { openUnit } from '../math/checks.js';
import { gammaPoint, logGammaP } from '../math/incompleteGamma.js';
import { erlangAState } from './erlangAKernel.js';
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
  if (y < 1e-280 && n > 0) return 0;
  if (n === 0) return Infinity;
  const st = erlangAState(n, arrivalRate * handleTime, x, y);
  if (p <= st.probNoWait) return 0;
  // Solve ln P(x, u) = ln P(x, y) + ln((1 − p)/P(wait)) for u = y·e^{−θt}; d = ln y − ln u = θt.
  const target = st.logPy + Math.log1p(-p) - Math.log(st.probWait);
  const logY = Math.log(y);
  let d = 0;
  for (let i = 0; i < 200; i++) {
    const pt = gammaPoint(x, Math.exp(logY - d));
    const logP = logGammaP(pt);
    const slope = x * Math.exp(pt.logD - logP); // d ln P(x, eᵛ)/dv
    const step = (logP - target) / slope;
    d += step;
    if (!(Math.abs(step) > 1e-15 * Math.max(1, d))) break;
  }
  return d * patience;
}
