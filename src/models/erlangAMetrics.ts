import { erlangATail, erlangAState } from './erlangAKernel.js';
import type { CheckedQueue } from './Queue.js';
import type { QueueMetrics } from './QueueMetrics.js';

/**
 * Metrics of the Erlang A (M/M/n+M) queue for a checked queue with finite patience, exactly as
 * defined in DESIGN.md (Mandelbaum & Zeltyn 2007). Always stable: callers who hang up drain
 * any overload. With no agents everyone who calls hangs up; with no calls nobody waits.
 */
export function erlangAMetrics(q: CheckedQueue, answerTime: number | undefined): QueueMetrics {
  const { arrivalRate, handleTime, agents: n, patience } = q;
  const load = arrivalRate * handleTime;
  const base = { model: 'erlang-a' as const, arrivalRate, handleTime, patience, agents: n, load, stable: true };
  const sl = (all: [number, number, number, number]): Partial<QueueMetrics> =>
    answerTime === undefined
      ? {}
      : {
          answerTime,
          serviceLevel: all[0],
          offeredServiceLevel: all[1],
          serviceLevelOfAnswered: all[2],
          serviceLevelExcludingShortAbandons: all[3],
        };
  const y = arrivalRate * patience;
  if (y < 1e-280 && n > 0) {
    // No calls (or so few that every probability involved is below 1e-280): nobody waits.
    return { ...base, occupancy: 0, probWait: 0, probAbandon: 0, meanWait: 0, asa: 0, meanQueueLength: 0, ...sl([1, 1, 1, 1]) };
  }
  if (n === 0) {
    // Nobody is ever answered: every caller waits its whole patience and hangs up.
    return {
      ...base,
      occupancy: 0,
      probWait: 1,
      probAbandon: 1,
      meanWait: patience,
      asa: Infinity,
      meanQueueLength: arrivalRate * patience,
      ...sl([0, 0, 0, 0]),
    };
  }
  const theta = 1 / patience;
  const x = (n * patience) / handleTime;
  const st = erlangAState(n, load, x, y);
  const w = st.probWait;
  const probAbandon = w * st.abandonGivenWait;
  const served = st.probNoWait + w * st.servedGivenWait; // 1 − P(abandon), from positive terms
  const meanWait = probAbandon * patience; // E[W] = P(ab)/θ
  const asa = (w * st.servedWaitMoment * patience) / served;
  let levels: [number, number, number, number] = [0, 0, 0, 0];
  if (answerTime !== undefined) {
    const tail = erlangATail(st, theta, answerTime);
    const onTime = st.probNoWait + w * tail.servedOnTime;
    levels = [
      onTime,
      st.probNoWait + w * tail.offeredOnTime,
      onTime / served,
      onTime / (served + w * tail.abandonLate),
    ];
  }
  return {
    ...base,
    occupancy: (load * served) / n,
    probWait: w,
    probAbandon,
    meanWait,
    asa,
    meanQueueLength: arrivalRate * meanWait,
    ...sl(levels),
  };
}
