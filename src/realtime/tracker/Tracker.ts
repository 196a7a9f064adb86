import { QueueInputError } from '../../math/QueueInputError.js';
import type { LiveQueueState } from '../forecastInterval.js';
import type { WaitEstimate } from '../WaitEstimate.js';
import { checkEvent, MAX_ABS_TIME, PRIORITY_LIMIT } from './checkEvent.js';
import type { SavedTally } from './EventTally.js';
import { EventTally } from './EventTally.js';
import type { PredictorName } from './PredictorName.js';
import { PREDICTORS } from './PredictorName.js';
import type { AgentState, CallId, QueueEvent } from './QueueEvent.js';
import type {
  CallerEstimate,
  EstimateOptions,
  LiveStateOptions,
  PredictOptions,
  PredictorAccuracy,
  QueueTracker,
  RecordResult,
  TrackerStats,
} from './QueueTracker.js';
import { integerOption, readOptions } from './readQueryOptions.js';
import type { SnapshotFields } from './SnapshotFields.js';
import type { SavedQueue } from './TrackedQueue.js';
import { TrackedQueue } from './TrackedQueue.js';
import type { CheckedTrackerOptions } from './TrackerOptions.js';
import type { TrackerSnapshot } from './trackerSnapshot.js';
import { SNAPSHOT_VERSION } from './trackerSnapshot.js';
import { UnknownStaffingWait } from './UnknownStaffingWait.js';
import type { SavedPredictors } from './WaitPredictors.js';
import { WaitPredictors } from './WaitPredictors.js';

/** An end event a tracker may hold until its call's `joined` comes. */
type HeldEnd = Extract<QueueEvent, { type: 'answered' | 'abandoned' }>;

/** Whether a snapshot's held event is a well-formed `answered` or `abandoned`. */
const isHeldEnd = (event: unknown): event is HeldEnd =>
  checkEvent(event) === undefined && ((event as QueueEvent).type === 'answered' || (event as QueueEvent).type === 'abandoned');

/** A tracker's whole state as a snapshot writes it (version 6). */
export interface SavedTracker extends SavedTally<HeldEnd> {
  readonly queue: SavedQueue;
  readonly predictors: SavedPredictors;
}

/**
 * The tracker behind {@link createQueueTracker} (see there): the queue it follows
 * ({@link TrackedQueue}) and the predictors ({@link WaitPredictors}), each saving and restoring
 * itself, and the queries.
 */
export class Tracker implements QueueTracker {
  readonly options: CheckedTrackerOptions;
  private readonly queue: TrackedQueue;
  private readonly predictors: WaitPredictors;
  /** The events counted and the end events held (see {@link QueueTracker.record}). */
  private readonly tally: EventTally<HeldEnd>;

  constructor(options: CheckedTrackerOptions) {
    this.options = options;
    this.queue = new TrackedQueue(options);
    this.predictors = new WaitPredictors(options);
    this.tally = new EventTally(options.reorderTolerance);
  }

  record(event: QueueEvent): RecordResult {
    const malformed = checkEvent(event);
    if (malformed !== undefined) return this.tally.counted(malformed, false);
    const late = event.time < this.queue.time;
    const error = this.queue.apply(event, this.predictors);
    const end = event.type === 'answered' || event.type === 'abandoned';
    const held = end && error?.code === 'unknown-call' && !this.queue.board.serves(event.id) ? this.tally.hold(event) : undefined;
    if (held !== undefined) return held;
    const result = this.tally.counted(error, late);
    if (error === undefined && this.tally.held.size > 0)
      this.tally.held.release(event.type === 'joined' ? event.id : undefined, this.queue.time, (held) => this.applyHeld(held));
    return result;
  }

  /** Applies an end event held for the `joined` just accepted, taken late (at the clock) when stamped before it; whether the queue took it. */
  private applyHeld(end: HeldEnd): boolean {
    const late = end.time < this.queue.time;
    if (this.queue.apply(end, this.predictors) !== undefined) return false;
    if (late) this.tally.late += 1;
    return true;
  }

  /**
   * {@link Tracker.record} for a call's event that `replay` built itself from checked call records
   * (a known type, only its fields, an index for id, an integer priority): only its time's and
   * priority's ranges are checked here (out of range: the whole check, and its error).
   */
  recordBuilt(event: Extract<QueueEvent, { id: unknown }>): RecordResult {
    const priority = event.type === 'joined' ? (event.priority ?? 0) : 0;
    if (!(Math.abs(event.time) <= MAX_ABS_TIME) || Math.abs(priority) > PRIORITY_LIMIT) return this.record(event);
    const late = event.time < this.queue.time;
    return this.tally.counted(this.queue.apply(event, this.predictors), late);
  }

  stats(): TrackerStats {
    const q = this.queue;
    return {
      arrivalRate: q.rates.arrivalRate(),
      handleTime: q.handleTime,
      patience: q.patience,
      answeringRate: q.answeringRate,
      agents: q.board.loggedIn,
      idle: q.idle,
      busy: q.board.busy,
      waiting: q.line.size,
      time: q.time,
      accepted: this.tally.accepted,
      rejected: this.tally.rejected,
      late: this.tally.late,
      lost: q.lost,
      unmatched: this.tally.held.unmatched,
    };
  }

  /** `stats().handleTime` alone (mean handle time, seconds), for `replay`'s per-caller formulas. */
  get handleTime(): number {
    return this.queue.handleTime;
  }

  /** `stats().agents` alone (agents logged in), for `replay`'s per-caller formulas. */
  get agents(): number {
    return this.queue.board.loggedIn;
  }

  /** Whether call `id` is in service here (answered, not completed), for a centre of queues. */
  inService(id: CallId): boolean {
    return this.queue.board.serves(id);
  }

  /** Callers waiting, for a centre of queues. */
  get waiting(): number {
    return this.queue.line.size;
  }

  /** Drops the callers waiting past `maxWait` at `time` as lost (see {@link TrackedQueue.dropLostAt}), for a centre of queues; whether any was. */
  dropLostAt(time: number): boolean {
    return this.queue.dropLostAt(time);
  }

  /** Named agent `agent`'s state here (undefined: not followed), for a centre of queues. */
  agentState(agent: CallId): AgentState | undefined {
    return this.queue.board.stateOf(agent);
  }

  /** The agent who answered call `id` while it is in service and tied to one, for a centre of queues. */
  agentOn(id: CallId): CallId | undefined {
    return this.queue.board.agentOn(id);
  }

  chosen(): PredictorName {
    return PREDICTORS[this.predictors.chosenIndex()] as PredictorName;
  }

  private pick(predictor: unknown): number {
    if (predictor === undefined || predictor === 'auto') return this.predictors.chosenIndex();
    const i = PREDICTORS.indexOf(predictor as PredictorName);
    if (i < 0) throw new QueueInputError('options.predictor', predictor, `${PREDICTORS.map((p) => `'${p}'`).join(', ')} or 'auto'`);
    return i;
  }

  position(id: CallId): number | undefined {
    return this.queue.line.position(id);
  }

  private estimateFor(
    p: number,
    priority: number,
    classIndex: number,
    self: CallId | undefined,
    ahead: number,
    elapsed: number,
  ): WaitEstimate {
    const estimate = this.predictors.estimate(p, this.queue.situate(priority, classIndex, self, ahead, elapsed));
    return this.queue.staffingKnown ? estimate : new UnknownStaffingWait(estimate);
  }

  predict(options?: PredictOptions): WaitEstimate {
    const o = readOptions(options, ['ahead', 'priority', 'predictor']);
    const priority = o.priority === undefined ? 0 : integerOption('options.priority', o.priority);
    const line = this.queue.line.classes.find((c) => c.priority === priority);
    const ahead =
      o.ahead === undefined ? this.queue.line.waitingAbove(priority) + (line?.size ?? 0) : integerOption('options.ahead', o.ahead, 0);
    return this.estimateFor(this.pick(o.predictor), priority, line?.index ?? -1, undefined, ahead, 0);
  }

  estimate(id: CallId, options?: EstimateOptions): WaitEstimate | undefined {
    const o = readOptions(options, ['predictor', 'now']);
    const p = this.pick(o.predictor);
    const now = this.readNow(o.now);
    const caller = this.queue.line.caller(id);
    if (caller === undefined) return undefined;
    const line = this.queue.line.classOf(caller);
    return this.estimateFor(p, line.priority, line.index, id, this.queue.line.position(id) as number, Math.max(0, now - caller.joinTime));
  }

  /**
   * What `estimate(id, { predictor })` gives for every predictor and `auto` (last), as pairs
   * (mean, `quantile`) in `out`, for `replay` (0 < `quantile` < 1); false when `id` is not waiting.
   */
  estimateEach(id: CallId, quantile: number, out: Float64Array): boolean {
    const caller = this.queue.line.caller(id);
    if (caller === undefined) return false;
    const line = this.queue.line.classOf(caller);
    const position = this.queue.line.position(id) as number;
    const s = this.queue.situate(line.priority, line.index, id, position, Math.max(0, this.queue.time - caller.joinTime));
    this.predictors.estimateEach(s, quantile, out);
    return true;
  }

  /**
   * {@link Tracker.estimateEach} for a caller whose `joined` is the last event accepted, at the
   * announced quantile, mostly read from what the predictors recorded for it on joining; with the
   * callers ahead of it (−1 when `id` is not waiting, `out` untouched), for `replay`.
   */
  joinedEach(id: CallId, out: Float64Array): number {
    const caller = this.queue.line.caller(id);
    if (caller === undefined) return -1;
    if (!this.predictors.recordedEach(caller, out)) this.estimateEach(id, this.options.announceQuantile, out);
    return caller.ahead;
  }

  estimateAll(options?: EstimateOptions): CallerEstimate[] {
    const o = readOptions(options, ['predictor', 'now']);
    const p = this.pick(o.predictor);
    const now = this.readNow(o.now);
    const out: CallerEstimate[] = [];
    for (const line of this.queue.line.classes) {
      line.forEachWaiting((id, joinTime) => {
        const position = out.length;
        out.push({ id, position, estimate: this.estimateFor(p, line.priority, line.index, id, position, Math.max(0, now - joinTime)) });
      });
    }
    return out;
  }

  liveState(options?: LiveStateOptions): LiveQueueState {
    const now = this.readNow(readOptions(options, ['now']).now);
    const s = this.stats();
    const waiting: number[] = [];
    for (const line of this.queue.line.classes) {
      line.forEachWaiting((_, joinTime) => {
        waiting.push(Math.max(0, now - joinTime));
      });
    }
    const answering = Math.round(s.answeringRate * s.handleTime);
    return {
      agents: Math.min(s.agents, Math.max(s.busy, answering)),
      busy: s.busy,
      waiting,
      handleTime: s.handleTime,
      patience: s.patience,
    };
  }

  private readNow(now: unknown): number {
    if (now === undefined) return this.queue.time;
    if (typeof now !== 'number' || !Number.isFinite(now)) throw new QueueInputError('options.now', now, 'a finite number of seconds');
    return now;
  }

  accuracy(): Record<PredictorName | 'auto', PredictorAccuracy> {
    return this.predictors.accuracy(this.queue.answeredAtOnce);
  }

  /** The whole state, for a snapshot (see {@link QueueTracker.snapshot}). */
  save(): SavedTracker {
    return {
      ...this.tally.save(),
      queue: this.queue.save(),
      predictors: this.predictors.save(),
    };
  }

  /** Loads what {@link Tracker.save} wrote into this fresh tracker. */
  restore(f: SnapshotFields): void {
    this.tally.restore(f, isHeldEnd);
    this.queue.restore(f.part('queue'));
    this.predictors.restore(f.part('predictors'), this.queue.line.classes.length);
  }

  snapshot(): TrackerSnapshot {
    const { patience, maxWait } = this.options;
    return {
      version: SNAPSHOT_VERSION,
      options: {
        ...this.options,
        patience: Number.isFinite(patience) ? patience : null,
        maxWait: Number.isFinite(maxWait) ? maxWait : null,
      },
      state: { ...this.save() },
    };
  }
}
