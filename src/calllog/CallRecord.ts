/**
 * One call as a contact centre's call log records it: when it was offered to the agents' queue,
 * and how that ended. Every time is in seconds on one clock (for example Unix time); the hour of
 * day is read from it as UTC, so write local times as if they were UTC.
 *
 * A call answered without waiting has `answeredAt === offeredAt`. A call has at most one of
 * `answeredAt`, `abandonedAt` and `exitedAt`; a call with none was still waiting when the log ended.
 *
 * @example
 * checkCallRecords([{ offeredAt: 0, answeredAt: 12, endedAt: 200, agent: 'DORIT' }, { offeredAt: 5, abandonedAt: 65, priority: 1 }]).length; // => 2
 */
export interface CallRecord {
  /** When the call joined the agents' queue (or reached an agent at once), seconds. */
  readonly offeredAt: number;
  /** When an agent answered it, seconds; absent when it was not answered. */
  readonly answeredAt?: number;
  /** When the caller hung up while waiting, seconds; absent when it was answered. */
  readonly abandonedAt?: number;
  /**
   * When the call left the queue unanswered without the caller hanging up (a queue timeout, a key
   * press to leave, the queue emptied), seconds. Such a call was offered but neither answered nor
   * abandoned; for patience it is censored at this time.
   */
  readonly exitedAt?: number;
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
