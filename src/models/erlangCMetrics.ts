import { erlangBKernel } from './erlangBKernel.js';
import type { CheckedQueue } from './Queue.js';
import type { QueueMetrics } from './QueueMetrics.js';

/**
 * Metrics of the Erlang C (M/M/n) queue for a checked queue with infinite patience
 * (Erlang 1917; e.g. Gross & Harris, "Fundamentals of Queueing Theory"): P(wait) = C,
 * P(W > t) = C·e^{−(nμ−λ)t}, mean wait C/(nμ − λ), mean queue C·ρ/(1 − ρ). Unstable when a ≥ n.
 */
export function erlangCMetrics(q: CheckedQueue, answerTime: number | undefined): QueueMetrics {
  const { arrivalRate, handleTime, agents: n } = q;
  const load = arrivalRate * handleTime;
  const base = { model: 'erlang-c' as const, arrivalRate, handleTime, patience: Infinity, agents: n, load };
  const withSl = (sl: number): Partial<QueueMetrics> =>
    answerTime === undefined
      ? {}
      : {
          answerTime,
          serviceLevel: sl,
          offeredServiceLevel: sl,
          serviceLevelOfAnswered: sl,
          serviceLevelExcludingShortAbandons: sl,
        };
  if (load >= n && !(load === 0 && n > 0)) {
    return {
      ...base,
      occupancy: n === 0 ? 0 : 1,
      stable: false,
      probWait: 1,
      probAbandon: 0,
      meanWait: Infinity,
      asa: Infinity,
      meanQueueLength: Infinity,
      ...withSl(0),
    };
  }
  const b = erlangBKernel(n, load);
  const rho = load / n;
  const gap = (n - load) / n; // 1 − ρ
  const denom = gap + rho * b;
  const c = b / denom;
  const noWait = (gap * (1 - b)) / denom; // 1 − C without cancellation
  const drain = (n - load) / handleTime; // nμ − λ, calls per second
  const meanWait = c / drain;
  const sl =
    answerTime === undefined ? 1 : noWait + c * -Math.expm1(-drain * answerTime); // 1 − C·e^{−(nμ−λ)t}
  return {
    ...base,
    occupancy: rho,
    stable: true,
    probWait: c,
    probAbandon: 0,
    meanWait,
    asa: meanWait,
    meanQueueLength: arrivalRate * meanWait,
    ...withSl(sl),
  };
}
