import { erlangCMetrics } from './erlangCMetrics.js';
import type { CheckedQueue } from './Queue.js';

/** The figures of an Erlang A queue that its metrics are built from (definitions as in `QueueMetrics`). */
export interface ErlangAFigures {
  /** Carried load / agents, in [0, 1]. */
  occupancy: number;
  /** P(wait > 0). */
  probWait: number;
  /** P(abandon). */
  probAbandon: number;
  /** Mean wait over all callers, seconds. */
  meanWait: number;
  /** Mean wait of answered callers, seconds. */
  asa: number;
  /** The four service levels in the order of `setServiceLevels` (zeros when no answer time was given). */
  serviceLevels: readonly [number, number, number, number];
}

/**
 * Erlang A where x = nμ/θ or y = λ/θ overflows a double (patience so long against the handle
 * time, or calls so frequent, that the gamma-function form cannot be evaluated): the limit
 * θ/μ → 0. A stable queue (load < agents) is Erlang C there, with P(abandon) = θ·E[W]; an
 * overloaded one is the fluid model of Whitt (2006): a share n/a of callers is answered, each
 * after V = patience·ln(a/n), the others hang up.
 */
export function erlangAOverflow(q: CheckedQueue, load: number, answerTime: number | undefined): ErlangAFigures {
  const { agents: n, patience } = q;
  const t = answerTime ?? 0;
  if (load < n) {
    const m = erlangCMetrics(q, answerTime);
    const sl = m.serviceLevel ?? 0;
    return {
      occupancy: m.occupancy,
      probWait: m.probWait,
      probAbandon: Math.min(1, m.meanWait / patience),
      meanWait: m.meanWait,
      asa: m.asa,
      serviceLevels: [sl, sl, sl, sl],
    };
  }
  const logRatio = logLoadPerAgent(q);
  const share = Math.exp(-logRatio);
  const wait = patience * logRatio;
  const onTime = t >= wait;
  return {
    occupancy: 1,
    probWait: 1,
    probAbandon: 1 - share,
    meanWait: (1 - share) * patience,
    asa: wait,
    serviceLevels: onTime ? [share, 1, 1, 1] : [0, 0, 0, 0],
  };
}

/** ln(a/n), a = λ·handleTime, without forming a (which overflows to ∞ from λ·handleTime > 1.8e308). */
export function logLoadPerAgent(q: CheckedQueue): number {
  return Math.log(q.arrivalRate) + Math.log(q.handleTime) - Math.log(q.agents);
}
