/**
 * Why queuecast refused an input, for programs that branch on it:
 * - `'invalid-input'`: a value outside its documented domain (wrong type, NaN, negative, …);
 * - `'infeasible-target'`: a well-formed target no number of agents or lines can meet
 *   (e.g. a service level of 1 with callers who wait);
 * - `'limit-reached'`: the answer exceeds a limit the caller set or the library documents
 *   (e.g. more than `options.maxAgents` agents).
 */
export type QueueInputErrorCode = 'invalid-input' | 'infeasible-target' | 'limit-reached';

/**
 * The one error queuecast throws for bad input. It names the parameter, the value received and
 * what was expected, and carries a machine-readable {@link QueueInputErrorCode}, so a caller can
 * report it or branch on it without parsing the message.
 *
 * Overloaded queues are never errors: they are answered with `stable: false` and infinite waits.
 *
 * @example
 * new QueueInputError('agents', 2.5, 'a non-negative integer').message; // => 'agents must be a non-negative integer, got 2.5'
 * new QueueInputError('agents', 2.5, 'a non-negative integer').code; // => 'invalid-input'
 */
export class QueueInputError extends RangeError {
  /** What kind of refusal: bad value, a target nothing meets, or a limit reached. */
  readonly code: QueueInputErrorCode;
  /** Name of the offending parameter or field, e.g. `'agents'` or `'queue.handleTime'`. */
  readonly parameter: string;
  /** The value received, as given. */
  readonly value: unknown;
  /** What was expected, e.g. `'a non-negative integer'`. */
  readonly expected: string;

  constructor(parameter: string, value: unknown, expected: string, code: QueueInputErrorCode = 'invalid-input') {
    super(`${parameter} must be ${expected}, got ${describeValue(value)}`);
    this.name = 'QueueInputError';
    this.code = code;
    this.parameter = parameter;
    this.value = value;
    this.expected = expected;
  }
}

/** A received value as error messages show it: strings quoted, arrays and other objects by their kind. @internal */
export function describeValue(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  return typeof value === 'string' ? `"${value}"` : typeof value === 'object' && value ? typeof value : String(value);
}
