import { nonNegative, positive } from '../math/checks.js';

/**
 * Turns a count per interval into a rate per second, so planners never convert by hand:
 * 1200 calls in a 30-minute interval is `ratePerSecond(1200, 1800)` calls per second.
 *
 * @param count - events in the interval (calls, chats, emails), ≥ 0
 * @param intervalSeconds - the interval's length in seconds, > 0
 * @returns events per second
 * @throws {QueueInputError} when count is negative or the interval is not positive
 * @example
 * ratePerSecond(1200, 1800); // ≈ 0.66667
 * ratePerSecond(360, 3600); // => 0.1
 */
export function ratePerSecond(count: number, intervalSeconds: number): number {
  return nonNegative('count', count) / positive('intervalSeconds', intervalSeconds);
}
