import type { CallRecord } from '../../calllog/CallRecord.js';
import { callRecordError } from '../../calllog/callRecordError.js';
import { finite, optionsObject, positive, positiveOrInfinite } from '../../math/checks.js';
import { QueueInputError } from '../../math/QueueInputError.js';
import { TrackerEventError } from '../TrackerEventError.js';
import type { CallId } from '../tracker/QueueEvent.js';
import type { RecordResult } from '../tracker/QueueTracker.js';
import type { LogAgentEvent, LogCallEvent } from './callLogEvents.js';
import { CallLogEvents } from './callLogEvents.js';

/** What a warm start fed (`warmTracker`, `warmCentreTracker`). */
export interface WarmResult {
  /** Calls fed: those in the window (see {@link WarmOptions.hours}). */
  readonly calls: number;
  /** Events the tracker accepted. */
  readonly accepted: number;
  /** Events the tracker rejected (its `stats().rejected` counts them too), and agent events that are not events. */
  readonly rejected: number;
  /** Records left out because they are not sound call records (see `checkCallRecords`), or (a centre's) of no queue of the centre. */
  readonly skipped: number;
  /** The first ten problems: a record left out (naming `records[i]` and the field) or an event rejected. */
  readonly problems: readonly (QueueInputError | TrackerEventError)[];
  /** Callers waiting at `now` according to the log, now waiting in the tracker with their join times. */
  readonly waiting: number;
  /** Calls in service at `now` according to the log, now busy in the tracker. */
  readonly inService: number;
}

/** The options a warm start reads the log's window with (`warmTracker`'s, `warmCentreTracker`'s). */
export interface WarmWindowOptions {
  /** The time the tracker goes live, seconds on the log's clock: only what happened before it is fed. */
  now: number;
  /**
   * How many hours of the log before `now` are fed (`Infinity`: all of it). Calls that joined
   * before that and were answered, abandoned or ended after its start are fed from their join;
   * one that joined before it with no outcome in the log, or was answered before it and never
   * ended, is taken as over (a log's leftovers, not a caller on hold). The learned rates forget
   * within a few `halfLife`s, so a few hours bring them, the model's and LES and HOL's waits to
   * those of a tracker that ran all along; the `history` regression and `auto`'s choice learn
   * from the last `history` (× 10 for `auto`) callers who waited, so a day brings them closer (on
   * the bank's log, the mean gap of `auto`'s waits to those of a tracker that ran all along: 41 s
   * after 4 hours, 26 s after a day, 42 s cold; of the model's: 0.3 s, 0.1 s, 116 s).
   * @defaultValue `24`
   */
  hours?: number;
  /**
   * Without `agentEvents`, each named agent is taken as logged in from this many seconds before
   * the answer of a call to this many after its end (a call still in progress at `now` keeps its
   * agent logged in).
   * @defaultValue `900`
   */
  agentWindow?: number;
}

const MAX_PROBLEMS = 10;
const AGENT_EVENTS: ReadonlySet<unknown> = new Set(['login', 'logout', 'agent']);

/** The last time a record says something happened to the call (its offer when nothing else). */
const lastTime = (call: CallRecord): number => call.endedAt ?? call.answeredAt ?? call.abandonedAt ?? call.exitedAt ?? call.offeredAt;

/** Whether a record (as read at `now`) is of a caller still waiting. */
const waitingAt = (call: CallRecord): boolean =>
  call.answeredAt === undefined && call.abandonedAt === undefined && call.exitedAt === undefined;

/**
 * The record as a log read at `now` would hold it: an outcome at or after `now` not yet known
 * (the caller is waiting), an end at or after `now` not yet known (the call is in service; its
 * end is written as `now`, which is not fed but keeps an inferred agent logged in).
 */
function asAt(call: CallRecord, now: number): CallRecord {
  const outcome = call.answeredAt ?? call.abandonedAt ?? call.exitedAt;
  if (outcome !== undefined && outcome >= now) {
    const open: { offeredAt: number; priority?: number } = { offeredAt: call.offeredAt };
    if (call.priority !== undefined) open.priority = call.priority;
    return open;
  }
  if (call.answeredAt !== undefined && (call.endedAt === undefined || call.endedAt >= now)) return { ...call, endedAt: now };
  return call;
}

/**
 * The part of a warm start that a single queue's and a centre's share: the options' `now`,
 * `hours` and `agentWindow` checked; the calls of the window read as the log stood at `now`
 * (sound records only; each open call named by its record's `id`, else by its index in `records`,
 * the others by their index); the agent events given checked; the window's events fed in time
 * order; the counts of a {@link WarmResult}.
 */
export class WarmWindow {
  readonly now: number;
  /** The calls of the window as the log stood at `now`. */
  readonly calls: CallRecord[] = [];
  /** Per call of {@link WarmWindow.calls}, its index in `records`. */
  readonly sources: number[] = [];
  private readonly ids: CallId[] = [];
  private readonly agentWindow: number;
  private readonly problems: (QueueInputError | TrackerEventError)[] = [];
  private skipped = 0;
  private accepted = 0;
  private rejected = 0;

  /**
   * Reads the window of `records`; `refuse` (given a sound record and its index) says why a record
   * is left out besides (a problem to report), or undefined to keep it.
   * @throws {@link QueueInputError} when `records` is not an array, or an option is out of range
   */
  constructor(records: unknown, options: unknown, refuse?: (call: CallRecord, index: number) => QueueInputError | undefined) {
    if (!Array.isArray(records)) throw new QueueInputError('records', records, 'an array of CallRecord');
    const o = optionsObject(options as WarmWindowOptions & { agentEvents?: unknown });
    this.now = finite('options.now', o.now);
    const start = this.now - 3600 * (o.hours === undefined ? 24 : positiveOrInfinite('options.hours', o.hours));
    this.agentWindow = o.agentWindow === undefined ? 900 : positive('options.agentWindow', o.agentWindow);
    if (o.agentEvents !== undefined && !Array.isArray(o.agentEvents))
      throw new QueueInputError('options.agentEvents', o.agentEvents, 'an array of login, logout or agent events');
    for (let i = 0; i < records.length; i++) {
      const error = callRecordError(records[i], 'records', i) ?? refuse?.(records[i] as CallRecord, i);
      if (error !== undefined) {
        this.skipped += 1;
        this.note(error);
        continue;
      }
      const call = records[i] as CallRecord;
      if (call.offeredAt >= this.now || (call.offeredAt < start && lastTime(call) < start)) continue;
      const seen = asAt(call, this.now);
      this.calls.push(seen);
      this.sources.push(i);
      // a call still open at `now` is named as the backend will name it; the others need no name but a unique one
      this.ids.push(waitingAt(seen) || seen.endedAt === this.now ? (call.id ?? i) : i);
    }
  }

  /** Keeps the first problems. */
  private note(problem: QueueInputError | TrackerEventError): void {
    if (this.problems.length < MAX_PROBLEMS) this.problems.push(problem);
  }

  /**
   * The agent events given (undefined: none given), those `check` accepts of type `login`,
   * `logout` or `agent`; the others rejected with `check`'s error or one naming the type.
   */
  agentEvents<Agent extends LogAgentEvent>(
    given: readonly unknown[] | undefined,
    check: (event: unknown) => TrackerEventError | undefined,
  ): Agent[] | undefined {
    if (given === undefined) return undefined;
    const kept: Agent[] = [];
    for (const event of given) {
      // a well-formed event (check first: it may be no object at all) of an agent
      const type = (event as { type?: unknown } | null)?.type;
      const error =
        check(event) ??
        (AGENT_EVENTS.has(type) ? undefined : new TrackerEventError('bad-event', 'type', type, "'login', 'logout' or 'agent'"));
      if (error === undefined) kept.push(event as Agent);
      else {
        this.rejected += 1;
        this.note(error);
      }
    }
    return kept;
  }

  /**
   * Feeds the window's events before `now` (the calls', and the agents' as given or inferred,
   * naming them when `named`) to `record`, each call's named as the backend will name it; `call`
   * is the index of the event's call in {@link WarmWindow.calls} (−1 for an agent's).
   */
  feed<Agent extends LogAgentEvent>(
    agentEvents: readonly Agent[] | undefined,
    named: boolean,
    record: (event: LogCallEvent | Agent, call: number) => RecordResult,
  ): void {
    const log = new CallLogEvents<Agent>(this.calls, agentEvents, this.agentWindow, named);
    for (let k = 0; k < log.length; k++) {
      const event = log.event(k);
      if (event.time >= this.now) continue;
      let call = -1;
      if ('id' in event) {
        call = event.id as number;
        event.id = this.ids[call] as CallId;
      }
      const result = record(event, call);
      if (result.ok) this.accepted += 1;
      else {
        this.rejected += 1;
        this.note(result.error);
      }
    }
  }

  /** The counts of what was fed. */
  result(): WarmResult {
    let waiting = 0;
    let inService = 0;
    for (const call of this.calls) {
      if (waitingAt(call)) waiting += 1;
      else if (call.endedAt === this.now) inService += 1;
    }
    const { accepted, rejected, skipped, problems } = this;
    return { calls: this.calls.length, accepted, rejected, skipped, problems, waiting, inService };
  }
}
