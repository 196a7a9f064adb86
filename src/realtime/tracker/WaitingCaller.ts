import { MAX_ABS_TIME, PRIORITY_LIMIT } from './checkEvent.js';
import { MAX_FREED } from './FreedAgents.js';
import { PREDICTOR_SLOTS, perPredictor } from './PredictorName.js';
import type { CallId } from './QueueEvent.js';
import type { SnapshotFields } from './SnapshotFields.js';

/**
 * A waiting caller as a snapshot writes it: id, priority, join time, callers ahead on joining,
 * found idle (0/1), predictions, announced times (null: infinite), then what the learned predictor
 * saw when it joined: the head of line's wait (null: nobody), its class's recent mean wait (null:
 * none) and the freed agents' weight.
 */
export type CallerRow = [
  CallId,
  number,
  number,
  number,
  number,
  (number | null)[],
  (number | null)[],
  number | null,
  number | null,
  number,
];

/** Entries of a {@link CallerRow}. */
const CALLER_ROW = 10;

/** What the tracker saw when a caller joined (see {@link WaitingCaller}). */
export interface JoinSight {
  /** Callers who were to be served before it. */
  readonly ahead: number;
  /** Seconds the caller served next had waited (−1: nobody waited). */
  readonly headWait: number;
  /** Its class's recent mean wait (−1: none). */
  readonly recentWait: number;
  /** The recently freed agents' weight. */
  readonly freed: number;
}

const orNull = (x: number): number | null => (Number.isFinite(x) ? x : null);
/** A wait with −1 for none as JSON: `null` for none. */
const noneAsNull = (x: number): number | null => (x >= 0 && x < Infinity ? x : null);

/**
 * One waiting caller: when it joined, what the tracker saw then (the features the learned
 * predictor is taught with once its wait is known), whether it found "idle" logged-in agents, and
 * each predictor's prediction and announced time (by predictor index, `auto` last), for scoring.
 */
export class WaitingCaller implements JoinSight {
  /** The call's id, as in its `joined` event. */
  readonly id: CallId;
  /** When it joined, seconds on the backend's clock. */
  readonly joinTime: number;
  /** Callers who were to be served before it when it joined. */
  readonly ahead: number;
  /** Seconds the caller served next had waited when it joined (−1: nobody waited). */
  readonly headWait: number;
  /** Its class's recent mean wait when it joined (−1: none). */
  readonly recentWait: number;
  /** The recently freed agents' weight when it joined. */
  readonly freed: number;
  /** Whether agents logged in minus busy looked idle for it when it joined (backends without agent states). */
  readonly foundIdle: boolean;
  /** Mean wait predicted when it joined, by predictor index, seconds (plain arrays: a typed array per caller costs the garbage collector dearly). */
  readonly predicted: number[] = perPredictor();
  /** Time announced when it joined, by predictor index, seconds. */
  readonly announced: number[] = perPredictor();
  /** While it waits: the index of its class and its place in the class's ring (set by the waiting line). */
  classIndex = -1;
  sequence = 0;

  constructor(id: CallId, joinTime: number, sight: JoinSight, foundIdle: boolean) {
    this.id = id;
    this.joinTime = joinTime;
    this.ahead = sight.ahead;
    this.headWait = sight.headWait;
    this.recentWait = sight.recentWait;
    this.freed = sight.freed;
    this.foundIdle = foundIdle;
  }

  /** The caller as a snapshot row (in class `priority`). */
  save(priority: number): CallerRow {
    return [
      this.id,
      priority,
      this.joinTime,
      this.ahead,
      this.foundIdle ? 1 : 0,
      this.predicted.map(orNull),
      this.announced.map(orNull),
      noneAsNull(this.headWait),
      noneAsNull(this.recentWait),
      this.freed,
    ];
  }

  /** A caller from a snapshot row (checked: joined by `clock`, at most `capacity` ahead); with its priority. */
  static restore(f: SnapshotFields, row: unknown, clock: number, capacity: number): { caller: WaitingCaller; priority: number } {
    const [id, priority, join, ahead, foundIdle, predicted, announced, headWait, recentWait, freed] = f.array('calls', row, CALLER_ROW);
    const wait = (name: string, v: unknown) => (v === null ? -1 : f.number(name, v, 0, 4 * MAX_ABS_TIME));
    const sight: JoinSight = {
      ahead: f.number('calls.ahead', ahead, 0, capacity, true),
      headWait: wait('calls.headWait', headWait),
      recentWait: wait('calls.recentWait', recentWait),
      freed: f.number('calls.freed', freed, 0, MAX_FREED),
    };
    const caller = new WaitingCaller(
      f.id('calls.id', id),
      f.number('calls.joinTime', join, -MAX_ABS_TIME, clock),
      sight,
      f.number('calls.foundIdle', foundIdle, 0, 1, true) === 1,
    );
    const copy = (name: string, values: unknown, into: number[]) => {
      f.array(name, values, PREDICTOR_SLOTS).forEach((v, p) => {
        into[p] = v === null ? Infinity : f.number(name, v, 0, Number.MAX_VALUE);
      });
    };
    copy('calls.predicted', predicted, caller.predicted);
    copy('calls.announced', announced, caller.announced);
    return { caller, priority: f.number('calls.priority', priority, -PRIORITY_LIMIT, PRIORITY_LIMIT, true) };
  }
}
