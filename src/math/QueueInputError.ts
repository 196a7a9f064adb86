/**
 * The one error queuecast throws for bad input. It names the parameter, the value received and
 * what was expected, so a caller can report it without parsing the message.
 *
 * Overloaded queues are never errors: they are answered with `stable: false` and infinite waits.
 *
 * @example
 * new QueueInputError('agents', 2.5, 'a non-negative integer').message; // => 'agents must be a non-negative integer, got 2.5'
 */
export class QueueInputError extends RangeError {
  /** Name of the offending parameter or field, e.g. `'agents'` or `'queue.handleTime'`. */
  readonly parameter: string;
  /** The value received, as given. */
  readonly value: unknown;
  /** What was expected, e.g. `'a non-negative integer'`. */
  readonly expected: string;

  constructor(parameter: string, value: unknown, expected: string) {
    super(`${parameter} must be ${expected}, got ${describeValue(value)}`);
    this.name = 'QueueInputError';
    this.parameter = parameter;
    this.value = value;
    this.expected = expected;
  }
}

function describeValue(value: unknown): string {
  return typeof value === 'string' ? `"${value}"` : typeof value === 'object' && value ? typeof value : String(value);
}
