import type { CallRecord } from './CallRecord.js';

/** One row a call-log reader could not use, with where it is. */
export interface CallLogProblem {
  /** 1-based line of the text. */
  readonly line: number;
  /** 1-based field number on the line (0 for the whole line). */
  readonly column: number;
  /** The reason, as counted in {@link CallLog.skipped}. */
  readonly reason: string;
  /** One-line description naming the field, the value and what was expected. */
  readonly message: string;
}

/** What {@link parseCallLog} read: the calls, and every row it did not use counted by reason. */
export interface CallLog {
  /** The calls, sorted by `offeredAt`. */
  readonly calls: readonly CallRecord[];
  /** Rows (CSV) or call lines (queue_log) that could not become a call, counted by reason. */
  readonly skipped: Readonly<Record<string, number>>;
  /** The first {@link ParseCallLogOptions.maxProblems} skipped rows, located. */
  readonly problems: readonly CallLogProblem[];
  /**
   * queue_log lines that carry nothing a call record holds (agent log-ins, pauses, ring-no-answer,
   * configuration reloads, ...), counted by event name. Empty for CSV.
   */
  readonly ignored: Readonly<Record<string, number>>;
  /** The format read. */
  readonly format: 'csv' | 'queue_log';
  /** CSV: the header each field was read from (field → header as written). Empty for queue_log. */
  readonly columns: Readonly<Record<string, string>>;
}

/** Options of {@link parseCallLog}. */
export interface ParseCallLogOptions {
  /**
   * The text's format: `'csv'` (the documented per-call CSV), `'queue_log'` (Asterisk), or
   * `'auto'`: queue_log when the first line that is not blank looks like `time|callid|queue|agent|EVENT`.
   * @defaultValue `'auto'`
   */
  readonly format?: 'auto' | 'csv' | 'queue_log';
  /**
   * Throw a {@link CallLogError} (with line and column) at the first bad row instead of skipping
   * it and counting it by reason.
   * @defaultValue `false`
   */
  readonly strict?: boolean;
  /** How many skipped rows to list, located, in {@link CallLog.problems}. @defaultValue `20` */
  readonly maxProblems?: number;
}
