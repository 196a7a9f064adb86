import type { CallRecord } from './CallRecord.js';

/** One row a call-log reader could not use, with where it is. */
export interface CallLogProblem {
  /** 1-based line of the text. */
  readonly line: number;
  /** 1-based field number on the line (0 for the whole line). */
  readonly column: number;
  /** The reason, as counted in {@link CallLog.skipped}. */
  readonly reason: string;
  /** One-line description naming the field, the value as written and what was expected. */
  readonly message: string;
}

/**
 * Something a call log read without error but that is implausible for a call centre, with the
 * column it comes from and its likely cause (see {@link CallLog.warnings}):
 * - `'midnight'`: many times of a column are exactly 00:00:00 (a placeholder for "none" read as
 *   midnight; give it in {@link ParseCallLogOptions.none});
 * - `'long-waits'`: many callers waited hours (columns on different clocks or days, or a placeholder);
 * - `'no-outcomes'`: no answered, abandoned, exited or ended column (every call reads as still waiting).
 */
export interface CallLogWarning {
  /** What kind of implausibility. */
  readonly code: 'midnight' | 'long-waits' | 'no-outcomes';
  /** The column at fault, as its header is written (or the field name for a queue_log). */
  readonly column: string;
  /** One sentence: what was seen, in which column, and the likely cause. */
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
   * Lines that carry nothing a call record holds, counted by kind: queue_log events (agent
   * log-ins, pauses, ring-no-answer, configuration reloads, ...); SEE rows of calls that never
   * reached an agent's queue (`'phantom'`, `'left in the voice-response unit'`, `'served by NO_SERVER'`);
   * rows of an {@link ParseCallLogOptions.ignoreTypes} type (`'ignored type'`).
   */
  readonly ignored: Readonly<Record<string, number>>;
  /** The format read. */
  readonly format: 'csv' | 'queue_log' | 'see';
  /** CSV and SEE: the header each field was read from (field → header as written). Empty for queue_log. */
  readonly columns: Readonly<Record<string, string>>;
  /** What looks implausible for a call centre in what was read; empty when nothing does. */
  readonly warnings: readonly CallLogWarning[];
  /**
   * When every call reached the centre (seconds, sorted), for logs that record it: the SEE
   * format's entry into the voice-response unit, including callers the unit served or lost, who
   * never reached the agents' queue (phantom rows and {@link ParseCallLogOptions.ignoreTypes}
   * left out). The volume a forecaster of the whole centre forecasts. Empty for other formats.
   */
  readonly arrivals: readonly number[];
}

/** Options of {@link parseCallLog}. */
export interface ParseCallLogOptions {
  /**
   * The text's format: `'csv'` (the documented per-call CSV), `'queue_log'` (Asterisk), `'see'`
   * (the Technion SEE lab's per-call log, as the "Anonymous Bank" data is published), or `'auto'`:
   * queue_log when the first line that is not blank looks like `time|callid|queue|agent|EVENT`,
   * SEE when the header has the SEE columns (`vru_entry`, `q_start`, `q_time`, `outcome`,
   * `ser_start`, `ser_exit`), CSV otherwise.
   * @defaultValue `'auto'`
   */
  readonly format?: 'auto' | 'csv' | 'queue_log' | 'see';
  /**
   * Throw a {@link CallLogError} (with line and column) at the first bad row instead of skipping
   * it and counting it by reason.
   * @defaultValue `false`
   */
  readonly strict?: boolean;
  /** How many skipped rows to list, located, in {@link CallLog.problems}. @defaultValue `20` */
  readonly maxProblems?: number;
  /**
   * CSV: cell values that mean "none" besides the empty cell, `-`, `null`, `none`, `NA`, `n/a`
   * and `NaN` (compared trimmed, ignoring case), e.g. `['0:00:00']` for a log that writes
   * midnight for "never".
   * @defaultValue `[]`
   */
  readonly none?: readonly string[];
  /**
   * CSV: the header to read a field from, for headers the aliases miss, e.g.
   * `{ offeredAt: 'q_start', answeredAt: 'ser_start' }`. Keys are the fields of
   * {@link CallRecord} and `date` (`offered_at` is taken for `offeredAt`); headers are matched
   * as the aliases are (case and punctuation ignored). A mapped field wins over every alias.
   * @defaultValue `{}`
   */
  readonly columns?: Readonly<Record<string, string>>;
  /**
   * Call types (the type column, the queue_log queue) to leave out, counted in `ignored` as
   * `'ignored type'`; e.g. `['IN']` for the bank's internet support, a separate queue.
   * @defaultValue `[]`
   */
  readonly ignoreTypes?: readonly string[];
}
