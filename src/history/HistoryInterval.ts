/**
 * What really happened in one interval of a centre's call log (from {@link callHistory}). Calls
 * belong to the interval in which they were offered; busy agents are counted by the time they
 * spent on calls inside the interval. When intervals are pooled (per interval of the day or of
 * the week), counts are totals over the pooled days or weeks and rates are per one of them.
 * Definitions of the metrics are those of `analyze` (README "Definitions"), measured.
 */
export interface HistoryInterval {
  /** Start, seconds: on the log's clock, or since midnight (`pool: 'day'`), or since Sunday 00:00 (`pool: 'week'`). */
  readonly start: number;
  /** Length of the interval, seconds. */
  readonly length: number;
  /** Days or weeks pooled in this row (those with at least one call offered in it); 1 when not pooled. */
  readonly periods: number;
  /** Call type of this row when split by type (absent: all types). */
  readonly callType?: string;
  /** Priority of this row when split by priority (absent: all priorities). */
  readonly priority?: number;
  /** Calls offered (total over the pooled periods). */
  readonly offered: number;
  /** Calls answered. */
  readonly answered: number;
  /** Calls whose callers hung up while waiting. */
  readonly abandoned: number;
  /** Calls that left the queue unanswered without hanging up (queue timeouts). */
  readonly exited: number;
  /** Calls still waiting when the log ended. */
  readonly waiting: number;
  /** Offered calls per second (per period when pooled). */
  readonly arrivalRate: number;
  /** abandoned ÷ offered. */
  readonly probAbandon: number;
  /** Fraction of offered calls that waited at all (answered later than offered, or never answered). */
  readonly probWait: number;
  /** Mean wait of answered calls, seconds (0 when none was answered). */
  readonly asa: number;
  /** Mean time in queue over all offered calls (until answer, hang-up, exit or the end of the log), seconds. */
  readonly meanWait: number;
  /** Answered within `answerTime` ÷ offered. */
  readonly serviceLevel: number;
  /** Answered within `answerTime` ÷ answered (1 when none was answered). */
  readonly serviceLevelOfAnswered: number;
  /** Answered within `answerTime` ÷ (offered − abandoned within `answerTime`) (1 when that is 0). */
  readonly serviceLevelExcludingShortAbandons: number;
  /**
   * P(V ≤ answerTime), V the wait a caller who never hangs up would have: one minus the
   * Kaplan–Meier (1958) survival of the waits at `answerTime`, callers who left unanswered censored.
   */
  readonly offeredServiceLevel: number;
  /** Mean handle time (answer to end) of answered calls with an end time, seconds; absent when there is none. */
  readonly handleTime?: number;
  /** Mean patience by the censored estimator (time waited ÷ abandons), seconds; `Infinity` when nobody abandoned. */
  readonly patience: number;
  /** Lower end of patience's 95% confidence interval, seconds. */
  readonly patienceLow: number;
  /** Upper end of patience's 95% confidence interval, seconds (`Infinity` when nobody abandoned). */
  readonly patienceHigh: number;
  /** Time-average number of agents on a call during the interval (per period when pooled). */
  readonly busyAgents: number;
  /** Distinct agents who answered a call in the interval (mean per period when pooled). */
  readonly agentsSeen: number;
}

/** Options of {@link callHistory}. */
export interface CallHistoryOptions {
  /** Interval length, seconds (with `pool`, it must divide a day or a week). @defaultValue `3600` */
  readonly intervalSeconds?: number;
  /**
   * Pool the intervals over days (`'day'`: per interval of the day) or weeks (`'week'`: per
   * interval of the week), or not at all (`'none'`: intervals on the log's clock).
   * @defaultValue `'none'`
   */
  readonly pool?: 'none' | 'day' | 'week';
  /** The answer time of the service levels, seconds. @defaultValue `20` */
  readonly answerTime?: number;
  /** Also give rows per call type, per priority, or per both. @defaultValue `[]` */
  readonly by?: readonly ('callType' | 'priority')[];
  /** When the log ended (callers still waiting then waited until it), seconds. @defaultValue the latest time in the log */
  readonly logEnd?: number;
}

/** The history of a call log, interval by interval. */
export interface CallHistory {
  /** One row per interval with at least one call offered or one agent busy, all calls together, by start. */
  readonly intervals: readonly HistoryInterval[];
  /** Rows per call type and/or priority (when `by` asked for them), by start then group. */
  readonly groups: readonly HistoryInterval[];
  /** The interval length used, seconds (the options used, defaults filled in). */
  readonly intervalSeconds: number;
  /** How the intervals were pooled: not (`'none'`), per interval of the day or of the week. */
  readonly pool: 'none' | 'day' | 'week';
  /** The answer time of the service levels, seconds. */
  readonly answerTime: number;
}
