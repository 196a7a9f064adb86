import { erlangCMetrics } from './erlangCMetrics.js';
import type { CheckedQueue } from './Queue.js';

/** The metrics of an Erlang A queue as positional numbers (see erlangAMetrics' result). */
export type ErlangAFigures = [
  occupancy: number,
  probWait: number,
  probAbandon: number,
  meanWait: number,
  asa: number,
  serviceLevels: [number, number, number, number],
];

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
    return [m.occupancy, m.probWait, Math.min(1, m.meanWait / patience), m.meanWait, m.asa, [sl, sl, sl, sl]];
  }
  const logRatio = logLoadPerAgent(q);
  const share = Math.exp(-logRatio);
  const wait = patience * logRatio;
  const onTime = t >= wait;
  return [1, 1, 1 - share, (1 - share) * patience, wait, onTime ? [share, 1, 1, 1] : [0, 0, 0, 0]];
}

/** ln(a/n), a = λ·handleTime, without forming a (which overflows to ∞ from λ·handleTime > 1.8e308). */
export function logLoadPerAgent(q: CheckedQueue): number {
  return Math.log(q.arrivalRate) + Math.log(q.handleTime) - Math.log(q.agents);
}
