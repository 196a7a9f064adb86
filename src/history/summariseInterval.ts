import { censoredPatience } from './censoredPatience.js';
import type { HistoryInterval } from './HistoryInterval.js';
import type { IntervalTally } from './IntervalTally.js';
import { kaplanMeierAt } from './kaplanMeierAt.js';

/** a ÷ b, or `none` when b is 0. */
function ratio(a: number, b: number, none: number): number {
  return b > 0 ? a / b : none;
}

/** Turns an interval's running sums into its history row. Internal to {@link callHistory}. */
export function summariseInterval(tally: IntervalTally, start: number, length: number, answerTime: number): HistoryInterval {
  const t = tally;
  const periods = Math.max(1, t.periods.size);
  let agentsSeen = 0;
  for (const set of t.agents.values()) agentsSeen += set.size;
  const patience = censoredPatience(t.abandoned, t.totalWait);
  return {
    start,
    length,
    periods,
    ...(t.callType !== undefined && { callType: t.callType }),
    ...(t.priority !== undefined && { priority: t.priority }),
    offered: t.offered,
    answered: t.answered,
    abandoned: t.abandoned,
    exited: t.exited,
    waiting: t.waiting,
    arrivalRate: t.offered / (length * periods),
    probAbandon: ratio(t.abandoned, t.offered, 0),
    probWait: ratio(t.waited, t.offered, 0),
    asa: ratio(t.answeredWait, t.answered, 0),
    meanWait: ratio(t.totalWait, t.offered, 0),
    serviceLevel: ratio(t.answeredWithin, t.offered, 1),
    serviceLevelOfAnswered: ratio(t.answeredWithin, t.answered, 1),
    serviceLevelExcludingShortAbandons: ratio(t.answeredWithin, t.offered - t.abandonedWithin, 1),
    offeredServiceLevel: kaplanMeierAt(t.answeredWaits, t.censoredWaits, answerTime),
    ...(t.handleCount > 0 && { handleTime: t.handleSum / t.handleCount }),
    patience: patience.patience,
    patienceLow: patience.low,
    patienceHigh: patience.high,
    busyAgents: t.busySeconds / (length * periods),
    agentsSeen: agentsSeen / periods,
  };
}
