import type { CallRecord } from '../../calllog/CallRecord.js';
import { finite, plainObject, positive } from '../../math/checks.js';
import { QueueInputError } from '../../math/QueueInputError.js';
import type { PredictorName } from '../tracker/PredictorName.js';
import { AUTO, PREDICTOR_SLOTS, PREDICTORS } from '../tracker/PredictorName.js';
import type { QueueEvent } from '../tracker/QueueEvent.js';
import { Tracker } from '../tracker/Tracker.js';
import type { TrackerOptions } from '../tracker/TrackerOptions.js';
import { checkTrackerOptions } from '../tracker/TrackerOptions.js';
import { CallLogEvents } from './callLogEvents.js';
import { RecentOutcomes } from './RecentOutcomes.js';
import type { ReplayFigures } from './ReplayScore.js';
import { ReplayScore } from './ReplayScore.js';
import { ToldRows } from './ToldRows.js';

/** The methods a replay scores: the tracker's predictors and `auto`, and two platforms' formulas. */
export type ReplayMethod = 'auto' | PredictorName | 'asterisk' | 'genesys';

/** Options of {@link replay}. */
export interface ReplayOptions {
  /**
   * The tracker's options (its `announceQuantile` is the announced quantile scored).
   * @defaultValue the tracker's defaults
   */
  tracker?: TrackerOptions;
  /**
   * Agent events (`login`, `logout`, `agent`) from the ACD, in any order.
   * @defaultValue inferred from the calls (see `agentWindow`)
   */
  agentEvents?: readonly QueueEvent[];
  /**
   * Without `agentEvents`, each named agent is taken as logged in from this many seconds before
   * the answer of a call to this many after its end.
   * @defaultValue `900`
   */
  agentWindow?: number;
}

/** Figures of every method over one set of callers. */
export type ReplayTable = Readonly<Record<ReplayMethod, ReplayFigures>>;

/** What {@link replay} measured, over the callers who waited and were answered. */
export interface ReplayResult {
  /** Calls in the log by outcome. */
  readonly calls: {
    /** Calls in the log. */
    readonly total: number;
    /** Callers who waited and were answered (the callers the figures are over). */
    readonly waitedAnswered: number;
    /** Callers answered without waiting. */
    readonly answeredAtOnce: number;
    /** Callers who hung up (or left the queue unanswered). */
    readonly abandoned: number;
    /** Calls still waiting when the log ended. */
    readonly unresolved: number;
  };
  /** Events the tracker rejected (a log out of order, duplicate ids). */
  readonly rejectedEvents: number;
  /** All callers who waited and were answered. */
  readonly overall: ReplayTable;
  /** By hour of day of the call's arrival (UTC of `offeredAt`), hours with callers only. */
  readonly byHour: readonly {
    /** Hour of day (0–23, UTC of the log's clock) the callers joined in. */
    readonly hour: number;
    /** The figures of the callers who joined in that hour. */
    readonly figures: ReplayTable;
  }[];
  /** By callers ahead on arrival: `'0'`, `'1'`, `'2-4'`, `'5-9'`, `'10+'` (groups with callers only). */
  readonly byQueueLength: readonly {
    /** Callers ahead on arrival: `'0'`, `'1'`, `'2-4'`, `'5-9'` or `'10+'`. */
    readonly ahead: string;
    /** The figures of the callers who found that many ahead. */
    readonly figures: ReplayTable;
  }[];
}

const METHODS: readonly ReplayMethod[] = ['auto', ...PREDICTORS, 'asterisk', 'genesys'];
/** The methods the tracker answers (`auto` and its predictors), first in {@link METHODS}. */
const TRACKED = 1 + PREDICTORS.length;
const GROUPS = ['0', '1', '2-4', '5-9', '10+'];
const group = (ahead: number): number => (ahead < 2 ? ahead : ahead < 5 ? 2 : ahead < 10 ? 3 : 4);
const RECENT_OUTCOMES = 200;

/** Hour of day (UTC) of a time in seconds since 1970, for any time the tracker takes (a `Date` holds only ±8.64e15 ms). */
const hourOfDay = (time: number): number => Math.floor((((time % 86_400) + 86_400) % 86_400) / 3600);
const AGENT_EVENTS = new Set(['login', 'logout', 'agent']);

const scores = (): ReplayScore => new ReplayScore(METHODS.length);
const table = (s: ReplayScore): ReplayTable =>
  Object.fromEntries(METHODS.map((m, i) => [m, s.figures(i)])) as Record<ReplayMethod, ReplayFigures>;

/**
 * Replays a call log through a live tracker, as a telephony backend would have fed it, and scores
 * every wait predictor on the callers who waited and were answered, with the platforms' usual
 * formulas beside them: Asterisk's (hold time averaged as (3·old + new)/4 over answered calls)
 * and Genesys-style (mean handle time × (position + 1) ÷ agents × (1 − recent abandon share)).
 * Each prediction is the one made when the caller joined. Figures overall, by hour of day and by
 * callers ahead on arrival; run it on a centre's own history before going live.
 *
 * @param records - the calls ({@link CallRecord}), any order
 * @param options - {@link ReplayOptions}
 * @returns {@link ReplayResult}
 * @throws {@link QueueInputError} when `records` is not an array or an option is out of range
 * @example
 * const log = [{ offeredAt: 0, answeredAt: 0, endedAt: 100, agent: 'A' }, { offeredAt: 10, answeredAt: 100, endedAt: 200, agent: 'A' }];
 * replay(log).calls.waitedAnswered; // => 1
 * replay(log).overall.model.count; // => 1
 */
export function replay(records: readonly CallRecord[], options?: ReplayOptions): ReplayResult {
  if (!Array.isArray(records)) throw new QueueInputError('records', records, 'an array of CallRecord');
  const o = options === undefined ? {} : plainObject('options', options);
  const window = o.agentWindow === undefined ? 900 : positive('options.agentWindow', o.agentWindow);
  if (o.agentEvents !== undefined && !Array.isArray(o.agentEvents))
    throw new QueueInputError('options.agentEvents', o.agentEvents, 'an array of login, logout or agent events');
  (o.agentEvents as unknown[] | undefined)?.forEach((event, i) => {
    if (!AGENT_EVENTS.has(plainObject(`options.agentEvents[${i}]`, event).type as string))
      throw new QueueInputError(`options.agentEvents[${i}].type`, (event as QueueEvent).type, "'login', 'logout' or 'agent'");
    // sorted with the calls' events: a time that is not a number cannot be placed among them
    finite(`options.agentEvents[${i}].time`, (event as QueueEvent).time);
  });
  // the records checked as the log is read (checkCallRecords' rules and errors)
  const log = new CallLogEvents(records, o.agentEvents as QueueEvent[] | undefined, window, false, 'records');
  const trackerOptions = checkTrackerOptions(o.tracker, 'options.tracker'); // named as replay's
  const tracker = new Tracker(trackerOptions);
  const tally: Tally = {
    overall: scores(),
    byHour: Array.from({ length: 24 }, scores),
    byAhead: GROUPS.map(scores),
    counts: { total: records.length, waitedAnswered: 0, answeredAtOnce: 0, abandoned: 0, unresolved: 0 },
  };
  const pending = new ToldRows(records.length, 2 * METHODS.length);
  scoreEvents(log, tracker, pending, tally);
  const { overall, byHour, byAhead, counts } = tally;
  counts.unresolved = pending.size;
  return {
    calls: counts,
    rejectedEvents: tracker.stats().rejected,
    overall: table(overall),
    byHour: byHour.flatMap((s, hour) => (s.count > 0 ? [{ hour, figures: table(s) }] : [])),
    byQueueLength: byAhead.flatMap((s, i) => (s.count > 0 ? [{ ahead: GROUPS[i] as string, figures: table(s) }] : [])),
  };
}

/** What {@link scoreEvents} adds up: the scores overall, by hour of day and by callers ahead, and the calls by outcome. */
interface Tally {
  readonly overall: ReplayScore;
  readonly byHour: readonly ReplayScore[];
  readonly byAhead: readonly ReplayScore[];
  readonly counts: { total: number; waitedAnswered: number; answeredAtOnce: number; abandoned: number; unresolved: number };
}

/**
 * Feeds the log's events to the tracker, keeps what each caller was told when it joined
 * (`pending`) and scores it once answered into `tally`. A function of its own, whose loop is all
 * there is after its setup: the code V8 compiles for the loop while it runs meets no unvisited code
 * when the loop ends, so it is not thrown away, and the next replay runs it from its first event.
 */
function scoreEvents(log: CallLogEvents, tracker: Tracker, pending: ToldRows, tally: Tally): void {
  const { overall, byHour, byAhead, counts } = tally;
  const each = new Float64Array(2 * PREDICTOR_SLOTS);
  const outcomes = new RecentOutcomes(RECENT_OUTCOMES);
  let holdtime = 0;
  for (let k = 0; k < log.length; k++) {
    // reused: the tracker keeps no event object
    const event = log.event(k, true);
    if (event.type === 'login' || event.type === 'logout' || event.type === 'agent') {
      tracker.record(event);
      continue;
    }
    // built here from checked records: the tracker checks only its ranges
    if (!tracker.recordBuilt(event).ok) continue;
    const id = event.id as number;
    if (event.type === 'joined') {
      const ahead = tracker.joinedEach(id, each);
      const at = pending.open(id);
      const told = pending.rows;
      // METHODS: auto first, then the predictors in the tracker's order (auto last there)
      for (let m = 0; m < TRACKED; m++) {
        const p = m === 0 ? AUTO : m - 1;
        told[at + 2 * m] = each[2 * p] as number;
        told[at + 2 * m + 1] = each[2 * p + 1] as number;
      }
      const genesys = ((tracker.handleTime * (ahead + 1)) / Math.max(tracker.agents, 1)) * (1 - outcomes.abandonShare);
      told[at + 2 * TRACKED] = holdtime;
      told[at + 2 * TRACKED + 1] = holdtime;
      told[at + 2 * TRACKED + 2] = genesys;
      told[at + 2 * TRACKED + 3] = genesys;
      pending.hour[id] = hourOfDay(event.time);
      pending.ahead[id] = ahead;
    } else if (event.type === 'abandoned') {
      pending.close(id);
      counts.abandoned += 1;
      outcomes.note(1);
    } else if (event.type === 'answered') {
      const at = pending.close(id);
      const wait = event.time - (log.offeredAt[id] as number);
      holdtime = (3 * holdtime + wait) / 4;
      outcomes.note(0);
      if (wait === 0 || at < 0) {
        counts.answeredAtOnce += 1;
        continue;
      }
      counts.waitedAnswered += 1;
      overall.addEach(pending.rows, at, wait);
      (byHour[pending.hour[id] as number] as ReplayScore).addEach(pending.rows, at, wait);
      (byAhead[group(pending.ahead[id] as number)] as ReplayScore).addEach(pending.rows, at, wait);
    }
  }
}
