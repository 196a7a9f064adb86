import { QueueInputError } from '../math/QueueInputError.js';

/**
 * A bad row of a call log read in strict mode: a {@link QueueInputError} that also says where,
 * as a 1-based `line` of the text and `column` (the field's number on that line, 1-based), so a
 * command line can print `file:line:column`.
 *
 * @example
 * new CallLogError(3, 2, 'answered_at', 'x', 'a date-time or seconds').message; // => 'line 3, column 2 (answered_at) must be a date-time or seconds, got "x"'
 */
export class CallLogError extends QueueInputError {
  /** 1-based line of the text. */
  readonly line: number;
  /** 1-based field number on the line (0 when the problem is the whole line). */
  readonly column: number;

  constructor(line: number, column: number, field: string, value: unknown, expected: string) {
    super(`line ${line}, column ${column} (${field})`, value, expected);
    this.name = 'CallLogError';
    this.line = line;
    this.column = column;
  }
}
