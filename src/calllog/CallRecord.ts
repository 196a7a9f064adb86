/**
 * One call as a contact centre's call log records it: when it was offered to the agents' queue,
 * and how that ended. Every time is in seconds on one clock (for example Unix time); the hour of
 * day is read from it as UTC, so write local times as if they were UTC.
 *
 * A call answered without waiting has `answeredAt === offeredAt`. A call has at most one of
 * `answeredAt` and `abandonedAt`; a call with neither was still waiting when the log ended.
 *
 * @example
 * const call = { offeredAt: 0, answeredAt: 12, endedAt: 200, agent: 'DORIT' };
 * call.answeredAt - call.offeredAt; // => 12
 */
export interface CallRecord {
  /** When the call joined the agents' queue (or reached an agent at once), seconds. */
  readonly offeredAt: number;
  /** When an agent answered it, seconds; absent when it was not answered. */
  readonly answeredAt?: number;
  /** When the caller hung up while waiting, seconds; absent when it was answered. */
  readonly abandonedAt?: number;
  /** When the answered call ended (talk and hold; after-call work excluded), seconds. */
  readonly endedAt?: number;
  /** Priority class: an integer, higher is served first. @defaultValue `0` */
  readonly priority?: number;
  /** The agent who answered it. */
  readonly agent?: string;
  /** The call type or queue name (for per-type history). */
  readonly callType?: string;
  /** The call's identifier in the source log. */
  readonly id?: string;
}
