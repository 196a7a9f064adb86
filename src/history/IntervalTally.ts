/**
 * Running sums of one interval (and group) of a call log, filled by {@link callHistory} and
 * turned into a row by `summariseInterval`. Internal.
 */
export interface IntervalTally {
  readonly index: number;
  readonly callType: string | undefined;
  readonly priority: number | undefined;
  offered: number;
  answered: number;
  abandoned: number;
  exited: number;
  waiting: number;
  waited: number;
  totalWait: number;
  answeredWait: number;
  answeredWithin: number;
  abandonedWithin: number;
  handleSum: number;
  handleCount: number;
  busySeconds: number;
  /** Waits of answered calls (Kaplan–Meier events). */
  readonly answeredWaits: number[];
  /** Waits of calls that left unanswered or were still waiting (censored). */
  readonly censoredWaits: number[];
  /** Periods (days or weeks) with a call offered or an agent busy in this interval. */
  readonly periods: Set<number>;
  /** Agents on a call in this interval, per period. */
  readonly agents: Map<number, Set<string>>;
}

/** An empty tally for interval `index` and the given group. */
export function emptyTally(index: number, callType: string | undefined, priority: number | undefined): IntervalTally {
  return {
    index,
    callType,
    priority,
    offered: 0,
    answered: 0,
    abandoned: 0,
    exited: 0,
    waiting: 0,
    waited: 0,
    totalWait: 0,
    answeredWait: 0,
    answeredWithin: 0,
    abandonedWithin: 0,
    handleSum: 0,
    handleCount: 0,
    busySeconds: 0,
    answeredWaits: [],
    censoredWaits: [],
    periods: new Set(),
    agents: new Map(),
  };
}
