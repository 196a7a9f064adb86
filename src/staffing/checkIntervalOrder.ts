import { QueueInputError } from '../math/QueueInputError.js';

/**
 * Checks that interval `i` starts no earlier than interval `i − 1` ends (intervals sorted and not
 * overlapping), naming the field `intervals[i].start` otherwise. Shared by the voice and the
 * deferred-work plans.
 */
export function checkIntervalOrder(
  prev: { start: number; length: number } | undefined,
  start: number,
  i: number,
): void {
  if (prev !== undefined && start < prev.start + prev.length) {
    throw new QueueInputError(
      `intervals[${i}].start`,
      start,
      `at least ${prev.start + prev.length} (the end of intervals[${i - 1}]): intervals must be sorted and not overlap`,
    );
  }
}
