import { erlangATail, erlangAState } from './erlangAKernel.js';
import { erlangAOverflow } from './erlangAOverflow.js';
import type { CheckedQueue } from './Queue.js';
import { type QueueMetrics, setServiceLevels } from './QueueMetrics.js';

/**
 * Metrics of the Erlang A (M/M/n+M) queue for a checked queue with finite patience, exactly as
 * defined in DESIGN.md (Mandelbaum & Zeltyn 2007). Always stable: callers who hang up drain
 * any overload. With no agents everyone who calls hangs up; with no calls nobody waits. Callers
 * so impatient that λ·patience < 1e-280 are evaluated at the limit θ → ∞, Erlang B (a caller who
 * finds every agent busy hangs up at once).
 */
export function erlangAMetrics(q: CheckedQueue, answerTime: number | undefined): QueueMetrics {
  const { arrivalRate, handleTime, agents: n, patience } = q;
  const load = arrivalRate * handleTime;
  const y = arrivalRate * patience;
  if (arrivalRate === 0) return result(q, load, 0, 0, 0, 0, 0, answerTime, 1, 1, 1, 1); // no calls: nobody waits
  if (n === 0) {
    // Nobody is ever answered: every caller waits its whole patience and hangs up.
    return result(q, load, 0, 1, 1, patience, Infinity, answerTime, 0, 0, 0, 0);
  }
  // Handle times so short that the load underflows to 0: nobody waits.
  if (load === 0) return result(q, load, 0, 0, 0, 0, 0, answerTime, 1, 1, 1, 1);
  const x = (n * patience) / handleTime;
  if (!Number.isFinite(x) || !Number.isFinite(y) || load === Infinity) {
    const [occupancy, w, probAbandon, meanWait, asa, levels] = erlangAOverflow(q, load, answerTime);
    return result(q, load, occupancy, w, probAbandon, meanWait, asa, answerTime, ...levels);
  }
  const state = erlangAState(n, load, x, y);
  const w = state.probWait;
  const probAbandon = Math.min(1, w * state.abandonGivenWait);
  const served = state.probNoWait + w * state.servedGivenWait; // 1 − P(abandon), from positive terms
  // E[W] = P(ab)/θ; the conditional shares times patience first (P(wait)·P(ab | wait) underflows
  // to 0 with a long patience while the wait is still ~1e-37 s)
  const meanWait = probAbandon === 1 ? patience : w * (state.abandonGivenWait * patience);
  const asa = w === 0 ? 0 : (w * (state.servedWaitMoment * patience)) / served;
  // a probability ≤ 1 up to rounding (overloaded queues round a(1 − P(ab))/n to 1 + ulp)
  const occupancy = Math.min(1, (load * served) / n);
  if (answerTime === undefined) {
    return result(q, load, occupancy, w, probAbandon, meanWait, asa, undefined, 0, 0, 0, 0);
  }
  const tail = erlangATail(state, 1 / patience, answerTime, handleTime);
  const onTime = state.probNoWait + w * tail.servedOnTime;
  // P(abandon, W > t | wait) ≤ P(abandon | wait). With patience so long that the kernel's huge-shape
  // sums cancel (x ≳ 1e17), its value can be lost (NaN): the bound then moves the level by at most
  // P(abandon) relative, ~ meanWait/patience, so Erlang A still tends to Erlang C there.
  const late = tail.abandonLate >= 0 ? Math.min(tail.abandonLate, state.abandonGivenWait) : state.abandonGivenWait;
  // Each level is a ratio of positive terms ≤ 1 up to rounding: clamp the last ulp.
  return result(
    q,
    load,
    occupancy,
    w,
    probAbandon,
    meanWait,
    asa,
    answerTime,
    Math.min(1, onTime),
    Math.min(1, state.probNoWait + w * tail.offeredOnTime),
    Math.min(1, onTime / served),
    Math.min(1, onTime / (served + w * late)),
  );
}

/** Builds the metrics object in one literal (one hidden class, no spreads on the hot path). */
function result(
  q: CheckedQueue,
  load: number,
  occupancy: number,
  probWait: number,
  probAbandon: number,
  meanWait: number,
  asa: number,
  answerTime: number | undefined,
  serviceLevel: number,
  offeredServiceLevel: number,
  serviceLevelOfAnswered: number,
  serviceLevelExcludingShortAbandons: number,
): QueueMetrics {
  const m: QueueMetrics = {
    model: 'erlang-a',
    arrivalRate: q.arrivalRate,
    handleTime: q.handleTime,
    patience: q.patience,
    agents: q.agents,
    load,
    occupancy,
    stable: true,
    probWait,
    probAbandon,
    meanWait,
    asa,
    meanQueueLength: q.arrivalRate * meanWait,
  };
  return setServiceLevels(m, answerTime, [serviceLevel, offeredServiceLevel, serviceLevelOfAnswered, serviceLevelExcludingShortAbandons]);
}
