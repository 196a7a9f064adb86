import { describeValue, QueueInputError } from '../math/QueueInputError.js';

/** Most characters of a string value a message quotes. */
const QUOTED = 80;

/**
 * A bad row of a call log read in strict mode: a {@link QueueInputError} that also says where,
 * as a 1-based `line` of the text and `column` (the field's number on that line, 1-based), so a
 * command line can print `file:line:column`.
 *
 * @example
 * new CallLogError(3, 2, 'answered_at', 'x', 'a date-time or seconds').message; // => 'line 3, column 2 (answered_at) must be a date-time or seconds, got "x"'
 * new CallLogError(3, 2, 'answered_at', 'x', 'a date-time or seconds').problem; // => 'answered_at must be a date-time or seconds, got "x"'
 * new CallLogError(1, 0, 'header', 'a'.repeat(100), 'a header').problem; // => `header must be a header, got "${'a'.repeat(80)}"… (100 characters)`
 */
export class CallLogError extends QueueInputError {
  /** 1-based line of the text. */
  readonly line: number;
  /** 1-based field number on the line (0 when the problem is the whole line). */
  readonly column: number;
  /** The field as the file names it (its header, e.g. `'answered_at'`), or `'header'` for the header line. */
  readonly field: string;
  /** What is wrong, without the place: `field must be expected, got value`. */
  readonly problem: string;

  constructor(line: number, column: number, field: string, value: unknown, expected: string) {
    super(`line ${line}, column ${column} (${field})`, value, expected);
    this.name = 'CallLogError';
    this.line = line;
    this.column = column;
    this.field = field;
    // One line whatever the file held: a string value is shown quoted with its escapes (\n for a line
    // break), its first QUOTED characters only (the header line of a wrong file can be megabytes).
    const shown =
      typeof value !== 'string'
        ? describeValue(value)
        : value.length > QUOTED
          ? `${JSON.stringify(value.slice(0, QUOTED))}… (${value.length} characters)`
          : JSON.stringify(value);
    this.problem = `${field} must be ${expected}, got ${shown}`;
    this.message = `line ${line}, column ${column} (${field}) must be ${expected}, got ${shown}`;
  }
}
