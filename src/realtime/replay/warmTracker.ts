import type { CallRecord } from '../../calllog/CallRecord.js';
import { callRecordError } from '../../calllog/callRecordError.js';
import { finite, optionsObject, positive, positiveOrInfinite } from '../../math/checks.js';
import { QueueInputError } from '../../math/QueueInputError.js';
import { TrackerEventError } from '../TrackerEventError.js';
import { checkEvent } from '../tracker/checkEvent.js';
import type { QueueEvent } from '../tracker/QueueEvent.js';
import type { QueueTracker } from '../tracker/QueueTracker.js';
import { CallLogEvents } from './callLogEvents.js';

/** Options of {@link warmTracker}. */
export interface WarmOptions {
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
   * Agent events (`login`, `logout`, `agent`) from the ACD, in any order; those before `now` are
   * fed (from the start of the shift, so the agents logged in at `now` are).
   * @defaultValue inferred from the calls (see `agentWindow`), as `replay` does
   */
  agentEvents?: readonly QueueEvent[];
  /**
   * Without `agentEvents`, each named agent is taken as logged in from this many seconds before
   * the answer of a call to this many after its end (a call still in progress at `now` keeps its
   * agent logged in).
   * @defaultValue `900`
   */
  agentWindow?: number;
}

/** What {@link warmTracker} fed. */
export interface WarmResult {
  /** Calls fed: those in the window (see {@link WarmOptions.hours}). */
  readonly calls: number;
  /** Events the tracker accepted. */
  readonly accepted: number;
  /** Events the tracker rejected (its `stats().rejected` counts them too), and agent events that are not events. */
  readonly rejected: number;
  /** Records left out because they are not sound call records (see `checkCallRecords`). */
  readonly skipped: number;
  /** The first ten problems: a record left out (naming `records[i]` and the field) or an event rejected. */
  readonly problems: readonly (QueueInputError | TrackerEventError)[];
  /** Callers waiting at `now` according to the log, now waiting in the tracker with their join times. */
  readonly waiting: number;
  /** Calls in service at `now` according to the log, now busy in the tracker. */
  readonly inService: number;
}

const MAX_PROBLEMS = 10;
const AGENT_EVENTS = new Set(['login', 'logout', 'agent']);

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
 * Warms a tracker from the last hours of the centre's own call log (the records `replay`
 * reads), for a backend that restarts without a snapshot: the calls of the `hours` before `now`
 * are fed through the tracker as they happened, as `replay` feeds them, so its learned
 * arrival and answering rates, handle time, patience, overtaking, wait predictors and their duels
 * start from the centre's recent hours rather than the priors. The log is read as it stood at
 * `now`: a caller who joined before `now` and was not answered or gone by then is waiting in the
 * tracker, with its join time; a call answered before `now` and not ended by then keeps an agent
 * busy. Each of those callers and calls is known by its record's `id` when it has one (so the
 * backend's next events for it find it), else by its index in `records`; the calls over by `now`
 * by their index (ids a log reuses over days do not collide). Feed the live events from `now` on.
 *
 * Never throws on the log: a record that is not a sound call record is left out, an event the
 * tracker refuses is rejected as `record` rejects it; both are counted and the first few returned.
 * A window that holds no call leaves the tracker as it was. Cost: warming from a day of the
 * bank's log (its 15,854 records scanned) takes about 6 ms of CPU (`npm run bench:warm`).
 *
 * @param tracker - a tracker that has seen no event after the window's start (usually a fresh one)
 * @param records - the call log ({@link CallRecord}), any order, calls after `now` included or not
 * @param options - {@link WarmOptions}: `now` is required
 * @returns {@link WarmResult}
 * @throws {@link QueueInputError} when `tracker` is not a tracker, `records` not an array, or an option is out of range
 * @example
 * const log = [{ offeredAt: 0, answeredAt: 0, endedAt: 400, agent: 'ann' }, { offeredAt: 100, answeredAt: 400, endedAt: 700, agent: 'ann' }, { offeredAt: 500 }];
 * const tracker = createQueueTracker();
 * warmTracker(tracker, log, { now: 600 }).waiting; // => 1
 * tracker.stats().busy; // => 1
 * tracker.position(2); // => 0
 */
export function warmTracker(tracker: QueueTracker, records: readonly CallRecord[], options: WarmOptions): WarmResult {
  if (typeof tracker !== 'object' || tracker === null || typeof (tracker as Partial<QueueTracker>).record !== 'function')
    throw new QueueInputError('tracker', tracker, 'a QueueTracker (createQueueTracker or restoreQueueTracker)');
  if (!Array.isArray(records)) throw new QueueInputError('records', records, 'an array of CallRecord');
  const o = optionsObject(options);
  const now = finite('options.now', o.now);
  const start = now - 3600 * (o.hours === undefined ? 24 : positiveOrInfinite('options.hours', o.hours));
  const window = o.agentWindow === undefined ? 900 : positive('options.agentWindow', o.agentWindow);
  if (o.agentEvents !== undefined && !Array.isArray(o.agentEvents))
    throw new QueueInputError('options.agentEvents', o.agentEvents, 'an array of login, logout or agent events');
  const problems: (QueueInputError | TrackerEventError)[] = [];
  const note = (problem: QueueInputError | TrackerEventError) => {
    if (problems.length < MAX_PROBLEMS) problems.push(problem);
  };
  let skipped = 0;
  let rejected = 0;
  // The calls in the window as the log stood at `now`, and each one's id for the tracker.
  const calls: CallRecord[] = [];
  const ids: (string | number)[] = [];
  for (let i = 0; i < records.length; i++) {
    const error = callRecordError(records[i], 'records', i);
    if (error !== undefined) {
      skipped += 1;
      note(error);
      continue;
    }
    const call = records[i] as CallRecord;
    if (call.offeredAt >= now || (call.offeredAt < start && lastTime(call) < start)) continue;
    const seen = asAt(call, now);
    calls.push(seen);
    // a call still open at `now` is named as the backend will name it; the others need no name but a unique one
    ids.push(waitingAt(seen) || seen.endedAt === now ? (call.id ?? i) : i);
  }
  let agentEvents: QueueEvent[] | undefined;
  if (o.agentEvents !== undefined) {
    agentEvents = [];
    for (const event of o.agentEvents as unknown[]) {
      // a well-formed event (checkEvent first: it may be no object at all) of an agent
      const error =
        checkEvent(event) ??
        (AGENT_EVENTS.has((event as QueueEvent).type)
          ? undefined
          : new TrackerEventError('bad-event', 'type', (event as QueueEvent).type, "'login', 'logout' or 'agent'"));
      if (error === undefined) agentEvents.push(event as QueueEvent);
      else {
        rejected += 1;
        note(error);
      }
    }
  }
  let accepted = 0;
  const log = new CallLogEvents(calls, agentEvents, window);
  for (let k = 0; k < log.length; k++) {
    const event = log.event(k);
    if (event.time >= now) continue;
    if ('id' in event) event.id = ids[event.id as number] as string | number;
    const result = tracker.record(event);
    if (result.ok) accepted += 1;
    else {
      rejected += 1;
      note(result.error);
    }
  }
  let waiting = 0;
  let inService = 0;
  for (const call of calls) {
    if (waitingAt(call)) waiting += 1;
    else if (call.endedAt === now) inService += 1;
  }
  return { calls: calls.length, accepted, rejected, skipped, problems, waiting, inService };
}
