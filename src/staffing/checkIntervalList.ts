import { plainObject, positive } from '../math/checks.js';
import { QueueInputError } from '../math/QueueInputError.js';

/** The fields every plan interval has, checked. */
export interface IntervalSpan {
  readonly start: number;
  readonly length: number;
}

/**
 * Checks a list of plan intervals once, for the voice and the deferred-work plans: a non-empty
 * array of objects, each with a finite `start` and a `length` > 0 that ends it after its start
 * (within the double range), sorted and not overlapping; `fields` checks and returns the rest of
 * each interval (`name` is e.g. `'intervals[3]'`). Every refusal names the interval and field.
 * @internal
 */
export function checkIntervalList<T extends IntervalSpan>(
  intervals: unknown,
  fields: (v: Record<string, unknown>, name: string, span: IntervalSpan) => T,
): T[] {
  if (!Array.isArray(intervals) || intervals.length === 0) {
    throw new QueueInputError('intervals', intervals, 'a non-empty array of intervals');
  }
  const out: T[] = [];
  for (let i = 0; i < intervals.length; i++) {
    const name = `intervals[${i}]`;
    const v = plainObject(name, intervals[i]);
    if (typeof v.start !== 'number' || !Number.isFinite(v.start)) {
      throw new QueueInputError(`${name}.start`, v.start, 'a finite number of seconds');
    }
    const start = v.start;
    const length = positive(`${name}.length`, v.length);
    const end = start + length;
    if (!(end > start && Number.isFinite(end))) {
      throw new QueueInputError(
        `${name}.length`,
        length,
        `a length that ends the interval after its start ${start}, within the double range`,
      );
    }
    const prev = out[i - 1];
    if (prev !== undefined && start < prev.start + prev.length) {
      throw new QueueInputError(
        `${name}.start`,
        start,
        `at least ${prev.start + prev.length} (the end of intervals[${i - 1}]): intervals must be sorted and not overlap`,
      );
    }
    out.push(fields(v, name, { start, length }));
  }
  return out;
}
