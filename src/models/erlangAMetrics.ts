import { erlangAState, erlangATail } from './erlangAKernel.js';
import { type ErlangAFigures, erlangAOverflow } from './erlangAOverflow.js';
import type { CheckedQueue } from './Queue.js';
import { type QueueMetrics, setServiceLevels } from './QueueMetrics.js';

/** Service levels of a result without an answer time (not read). */
const NONE: readonly [number, number, number, number] = [0, 0, 0, 0];

/** The figures of a queue where nobody waits (no calls, or a load that underflows to 0). */
const NOBODY_WAITS: ErlangAFigures = { occupancy: 0, probWait: 0, probAbandon: 0, meanWait: 0, asa: 0, serviceLevels: [1, 1, 1, 1] };

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
  if (arrivalRate === 0) {
    // No calls: nobody waits.
    return result(q, load, answerTime, NOBODY_WAITS);
  }
  if (n === 0) {
    // Nobody is ever answered: every caller waits its whole patience and hangs up.
    return result(q, load, answerTime, {
      occupancy: 0,
      probWait: 1,
      probAbandon: 1,
      meanWait: patience,
      asa: Infinity,
      serviceLevels: NONE,
    });
  }
  if (load === 0) {
    // Handle times so short that the load underflows to 0: nobody waits.
    return result(q, load, answerTime, NOBODY_WAITS);
  }
  const x = (n * patience) / handleTime;
  if (!Number.isFinite(x) || !Number.isFinite(y) || load === Infinity) {
    return result(q, load, answerTime, erlangAOverflow(q, load, answerTime));
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
    return result(q, load, undefined, { occupancy, probWait: w, probAbandon, meanWait, asa, serviceLevels: NONE });
  }
  const tail = erlangATail(state, 1 / patience, answerTime, handleTime);
  const onTime = state.probNoWait + w * tail.servedOnTime;
  // P(abandon, W > t | wait) ≤ P(abandon | wait). With patience so long that the kernel's huge-shape
  // sums cancel (x ≳ 1e17), its value can be lost (NaN): the bound then moves the level by at most
  // P(abandon) relative, ~ meanWait/patience, so Erlang A still tends to Erlang C there.
  const late = tail.abandonLate >= 0 ? Math.min(tail.abandonLate, state.abandonGivenWait) : state.abandonGivenWait;
  // Each level is a ratio of positive terms ≤ 1 up to rounding: clamp the last ulp.
  return result(q, load, answerTime, {
    occupancy,
    probWait: w,
    probAbandon,
    meanWait,
    asa,
    serviceLevels: [
      Math.min(1, onTime),
      Math.min(1, state.probNoWait + w * tail.offeredOnTime),
      Math.min(1, onTime / served),
      Math.min(1, onTime / (served + w * late)),
    ],
  });
}

/** Builds the metrics object in one literal (one hidden class, no spreads on the hot path). */
function result(q: CheckedQueue, load: number, answerTime: number | undefined, figures: ErlangAFigures): QueueMetrics {
  const { probAbandon, meanWait } = figures;
  const m: QueueMetrics = {
    model: 'erlang-a',
    arrivalRate: q.arrivalRate,
    handleTime: q.handleTime,
    patience: q.patience,
    agents: q.agents,
    load,
    occupancy: figures.occupancy,
    stable: true,
    probWait: figures.probWait,
    probAbandon,
    meanWait,
    asa: figures.asa,
    meanQueueLength: q.arrivalRate * meanWait,
  };
  return setServiceLevels(m, answerTime, figures.serviceLevels);
}
