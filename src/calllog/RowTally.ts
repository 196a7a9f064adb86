import type { CallLogProblem } from './CallLog.js';
import { CallLogError } from './CallLogError.js';

/**
 * Counts the rows a call-log reader skips, by reason, and keeps the first few located; in strict
 * mode it throws a {@link CallLogError} at the first instead. Internal to the readers.
 */
export class RowTally {
  readonly skipped: Record<string, number> = {};
  readonly problems: CallLogProblem[] = [];
  readonly ignored: Record<string, number> = {};
  private readonly strict: boolean;
  private readonly maxProblems: number;

  constructor(strict: boolean, maxProblems: number) {
    this.strict = strict;
    this.maxProblems = maxProblems;
  }

  /** Skips one row: `field` at `column` held `value` where `expected` was wanted. */
  skip(reason: string, line: number, column: number, field: string, value: unknown, expected: string): void {
    const error = new CallLogError(line, column, field, value, expected);
    if (this.strict) throw error;
    this.skipped[reason] = (this.skipped[reason] ?? 0) + 1;
    if (this.problems.length < this.maxProblems) this.problems.push({ line, column, reason, message: error.message });
  }

  /** Counts a line that carries nothing a call record holds. */
  ignore(kind: string): void {
    this.ignored[kind] = (this.ignored[kind] ?? 0) + 1;
  }
}
