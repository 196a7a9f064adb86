import type { CallId } from '../tracker/QueueEvent.js';
import type { EstimateOptions, QueueTracker, RecordResult, TrackerStats } from '../tracker/QueueTracker.js';
import type { TrackerSnapshot } from '../tracker/trackerSnapshot.js';
import type { WaitEstimate } from '../WaitEstimate.js';
import type { CentreTrackerEvent } from './CentreTrackerEvent.js';

/**
 * One queue of a centre, with the queries of a {@link QueueTracker}; events go to the centre.
 * `estimate`, `estimateAll` and `predict` come from the view the queue uses now (its own tracker,
 * the centre's line, their mean, or the routing-aware view; `predict` with `ahead` given, from its own tracker);
 * `position`, `stats`, `liveState`, `accuracy` and `chosen` are its own tracker's (its callers, the
 * agents free to serve it). Estimates and waits are taken at the centre's last event unless `now`
 * is given.
 */
export type CentreQueueView = Omit<QueueTracker, 'record' | 'snapshot'>;

/** A centre's counts, and each queue's {@link TrackerStats}. */
export interface CentreStats {
  /** Time of the last accepted event (seconds), −Infinity before any. */
  readonly time: number;
  /** Events the centre accepted. */
  readonly accepted: number;
  /** Events the centre rejected (reported in {@link RecordResult}, state untouched). */
  readonly rejected: number;
  /**
   * Of the events accepted, those stamped before the latest time seen, within the queues' least
   * `reorderTolerance`, taken as happening then (each queue's `lost` counts its callers dropped as lost).
   */
  readonly late: number;
  /**
   * Of the events accepted, the `answered` and `abandoned` events held for a call not known yet
   * whose `joined` did not come within the queues' least `reorderTolerance` of their stamp (or
   * that were refused then, or that a snapshot left behind): dropped, the state untouched.
   */
  readonly unmatched: number;
  /** Named agents present (logged in by name, or in a state other than logged out). */
  readonly agents: number;
  /** Callers waiting, all queues. */
  readonly waiting: number;
  /**
   * Each queue's live estimates and counts; a queue's `accepted` counts the events the centre
   * passed to it (its calls', and its agents' log-ins and states), its `time` its own last event
   * (or the centre's time when it last dropped a caller as lost).
   */
  readonly queues: Readonly<Record<string, TrackerStats>>;
}

/** The plain-JSON state of a centre ({@link CentreTracker.snapshot}). */
export interface CentreSnapshot {
  /** `'centre'` (a single queue's snapshot has none). */
  readonly kind: 'centre';
  /** Format version of the centre's own part (`3`; `restoreCentreTracker` reads versions 1 and 2 too). */
  readonly version: 1 | 2 | 3;
  /** Each queue's tracker as its own snapshot ({@link TrackerSnapshot}), by queue name. */
  readonly queues: Readonly<Record<string, TrackerSnapshot>>;
  /** The centre's clock, counts and roster (who serves which queue, who is present). */
  readonly state: Record<string, unknown>;
}

/** A live tracker of a centre of queues that share agents (see {@link createCentreTracker}). */
export interface CentreTracker {
  /** The queues' names, in the order of the options. */
  readonly queues: readonly string[];
  /**
   * Applies one event; a bad event is rejected (state untouched) and reported, never thrown. An
   * `answered` or `abandoned` for a call not known yet is held (result `pending`) until the call's
   * `joined`, then applied right after it, as a single queue's tracker does.
   */
  record(event: CentreTrackerEvent): RecordResult;
  /** The queue `name`'s queries; throws a `QueueInputError` for a name that is not a queue. */
  queue(name: string): CentreQueueView;
  /** The queue of call `id` while it waits or is in service, else undefined. */
  queueOf(id: CallId): string | undefined;
  /** Callers of its queue who will be served before `id`, or undefined when it is not waiting. */
  position(id: CallId): number | undefined;
  /** Remaining-wait estimate for waiting caller `id` (in its queue), or undefined when it is not waiting. */
  estimate(id: CallId, options?: EstimateOptions): WaitEstimate | undefined;
  /** The centre's counts and every queue's stats. */
  stats(): CentreStats;
  /** The whole state as plain JSON, for {@link restoreCentreTracker}. */
  snapshot(): CentreSnapshot;
}
