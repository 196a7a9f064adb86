import { erlangBKernel } from './erlangBKernel.js';
import type { CheckedQueue } from './Queue.js';
import { type QueueMetrics, setServiceLevels } from './QueueMetrics.js';

/**
 * Metrics of the Erlang C (M/M/n) queue for a checked queue with infinite patience
 * (Erlang 1917; e.g. Gross & Harris, "Fundamentals of Queueing Theory"): P(wait) = C,
 * P(W > t) = C·e^{−(nμ−λ)t}, mean wait C/(nμ − λ), mean queue C·ρ/(1 − ρ). Unstable when a ≥ n.
 * `knownB` is Erlang B at (n, a) when the caller has just computed it with the same kernel
 * (the staffing search), so the metrics match {@link analyze} bit for bit without a second
 * evaluation.
 */
export function erlangCMetrics(q: CheckedQueue, answerTime: number | undefined, knownB?: number): QueueMetrics {
  const { arrivalRate, handleTime, agents: n } = q;
  const load = arrivalRate * handleTime;
  // No calls: nobody waits, whatever the team (even none); erlangC(0, 0) = 1 stays a formula fact.
  // Calls with handle times so short that the load underflows to 0 wait for nobody when someone
  // answers, and forever when no one does (below: a ≥ n).
  if (arrivalRate === 0 || (load === 0 && n > 0)) return result(q, 0, true, 0, 0, 0, 0, answerTime, 1);
  if (load >= n) {
    return result(q, load, false, n === 0 ? 0 : 1, 1, Infinity, Infinity, answerTime, 0);
  }
  const b = knownB ?? erlangBKernel(n, load);
  const rho = load / n;
  const gap = (n - load) / n; // 1 − ρ
  const denom = gap + rho * b;
  const c = b / denom;
  const meanWait = c / ((n - load) / handleTime); // C/(nμ − λ)
  if (answerTime === undefined) return result(q, load, true, rho, c, meanWait, arrivalRate * meanWait, undefined, 1);
  const noWait = (gap * (1 - b)) / denom; // 1 − C without cancellation
  // 1 − C·e^{−(nμ−λ)t}, from positive terms; the last ulp of rounding clamped to 1
  // (t = 0 is exact: with a subnormal handle time the drain rate overflows and ∞·0 is NaN)
  const answered = answerTime === 0 ? 0 : -Math.expm1(-((n - load) / handleTime) * answerTime);
  const sl = Math.min(1, noWait + c * answered);
  return result(q, load, true, rho, c, meanWait, arrivalRate * meanWait, answerTime, sl);
}

/** Builds the metrics object in one literal (one hidden class, no spreads on the hot path). */
function result(
  q: CheckedQueue,
  load: number,
  stable: boolean,
  occupancy: number,
  probWait: number,
  meanWait: number,
  meanQueueLength: number,
  answerTime: number | undefined,
  serviceLevel: number,
): QueueMetrics {
  const m: QueueMetrics = {
    model: 'erlang-c',
    arrivalRate: q.arrivalRate,
    handleTime: q.handleTime,
    patience: Infinity,
    agents: q.agents,
    load,
    occupancy,
    stable,
    probWait,
    probAbandon: 0,
    meanWait,
    asa: meanWait,
    meanQueueLength,
  };
  // without abandonment all four definitions coincide
  return setServiceLevels(m, answerTime, [serviceLevel, serviceLevel, serviceLevel, serviceLevel]);
}
