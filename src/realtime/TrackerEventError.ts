import { describeValue } from '../math/QueueInputError.js';

/** Why the tracker rejected an event. */
export type TrackerErrorCode =
  | 'bad-event'
  | 'out-of-order'
  | 'unknown-call'
  | 'duplicate-call'
  | 'agents-below-zero'
  | 'capacity'
  | 'agent-mismatch';

/**
 * The error a {@link QueueTracker} returns (never throws from `record`) for an event it rejects.
 * The tracker's state is unchanged by a rejected event.
 *
 * @example
 * new TrackerEventError('out-of-order', 'time', 5, 'a time ≥ 10').code; // => 'out-of-order'
 */
export class TrackerEventError extends RangeError {
  /** What kind of fault. */
  readonly code: TrackerErrorCode;
  /** The offending field, e.g. `'time'` or `'id'`. */
  readonly parameter: string;
  /** The value received. */
  readonly value: unknown;
  /** What was expected. */
  readonly expected: string;

  constructor(code: TrackerErrorCode, parameter: string, value: unknown, expected: string) {
    super(`event rejected (${code}): ${parameter} must be ${expected}, got ${describeValue(value)}`);
    this.name = 'TrackerEventError';
    this.code = code;
    this.parameter = parameter;
    this.value = value;
    this.expected = expected;
  }
}
