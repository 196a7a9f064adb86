import { plainObject } from '../../math/checks.js';
import type { ClassLine } from './ClassLine.js';
import type { ErrorWindow } from './ErrorWindow.js';
import { QueueInputError } from '../../math/QueueInputError.js';
import { MAX_NAMED_AGENTS, MAX_OVERDUE } from './AgentBoard.js';
import { MAX_ABS_TIME, MAX_AGENTS, PRIORITY_LIMIT } from './checkEvent.js';
import { PREDICTOR_SLOTS } from './predictWait.js';
import { MAX_FREED } from './FreedAgents.js';
import { DUEL_STATE } from './PredictorDuel.js';
import type { AgentState, CallId } from './QueueEvent.js';
import { RATE_FIELDS } from './LiveRates.js';
import type { TrackerState } from './TrackerState.js';
import { RECORD } from './callerRecord.js';
import { HISTORY_BUCKETS } from './WaitHistory.js';
import { REGRESSION_STATE } from './WaitRegression.js';
import { MAX_CLASSES } from './WaitingLine.js';

/** The plain-JSON state of a tracker ({@link QueueTracker.snapshot}). */
export interface TrackerSnapshot {
  /** Snapshot format version (`4`; {@link restoreQueueTracker} also reads versions `1` to `3`). */
  readonly version: 1 | 2 | 3 | 4;
  /** The options, with an infinite patience written as `null` (JSON has no Infinity). */
  readonly options: Readonly<Record<string, number | null>>;
  /** The live state (weighted sums, agents, waiting and in-service calls, learned waits, recent errors); for {@link restoreQueueTracker}. */
  readonly state: Record<string, unknown>;
}

/**
 * A waiting caller as the snapshot writes it: id, priority, join time, callers ahead on joining,
 * found idle (0/1), predictions, announced times (null: infinite), then what the learned predictor
 * saw when it joined: the head of line's wait (null: nobody; from version 3), its class's recent
 * mean wait (null: none) and the freed agents' weight (version 4).
 */
type CallRow = [CallId, number, number, number, number, (number | null)[], (number | null)[], number | null, number | null, number];

/** Entries of a waiting caller's row and of a class's row, by snapshot version (2, 3, 4). */
const CALL_ROW = { 2: 7, 3: 8, 4: 10 } as const;
const CLASS_ROW = { 2: 3, 3: 5, 4: 7 } as const;
/** A snapshot version that {@link readSnapshotState} reads (version 1 is upgraded to 2 first). */
export type StateVersion = 2 | 3 | 4;

const orNull = (x: number): number | null => (Number.isFinite(x) ? x : null);
/** A wait with −1 for none (the live state's sentinel) as JSON: `null` for none. */
const noneAsNull = (x: number): number | null => (x >= 0 && x < Infinity ? x : null);

/** The tracker's whole state as plain JSON (version 4). */
export function writeSnapshot(t: TrackerState): TrackerSnapshot {
  const calls: CallRow[] = [];
  for (const line of t.line.classes) {
    line.forEach((id, join, at) => {
      const r = line.records;
      const slice = (from: number) => Array.from(r.subarray(at + from, at + from + PREDICTOR_SLOTS), orNull);
      calls.push([
        id,
        line.priority,
        join,
        r[at + RECORD.ahead] as number,
        r[at + RECORD.foundIdle] as number,
        slice(RECORD.predicted),
        slice(RECORD.announced),
        noneAsNull(r[at + RECORD.headWait] as number),
        noneAsNull(r[at + RECORD.recentWait] as number),
        r[at + RECORD.freed] as number,
      ]);
    });
  }
  const byIndex = [...t.line.classes].sort((a, b) => a.index - b.index);
  const history: number[][] = [];
  t.history.counts.forEach((n, cell) => {
    if (n > 0) history.push([Math.floor(cell / HISTORY_BUCKETS), cell % HISTORY_BUCKETS, n, t.history.means[cell] as number]);
  });
  const rates: Record<string, number> = {};
  for (const f of RATE_FIELDS) rates[f] = t.rates[f];
  return {
    version: 4,
    options: { ...t.options, patience: orNull(t.options.patience) },
    state: {
      time: orNull(t.time),
      accepted: t.accepted,
      rejected: t.rejected,
      answeredAtOnce: t.answeredAtOnce,
      anonymousAgents: t.board.anonymous,
      namedAgents: Array.from(t.board.named.entries()),
      inService: Array.from(t.board.inService.entries()),
      overdue: Array.from(t.board.overdue.entries()),
      rates,
      classes: byIndex.map((c) => [
        c.priority,
        t.rates.arrivals[c.index] as number,
        noneAsNull(t.lastServedWait[c.index] as number),
        t.rates.overtakes[c.index] as number,
        t.rates.classWaiting[c.index] as number,
        t.rates.servedWaits[c.index] as number,
        t.rates.served[c.index] as number,
      ]),
      calls,
      history,
      regression: t.history.regression.state(),
      freed: t.freed.entries(),
      freedPace: t.freed.pace,
      windows: t.windows.map((w) => w.entries()),
      duel: Array.from(t.duel.sums),
    },
  };
}

/** Reads checked snapshot fields, each error naming `snapshot.state.<field>`. */
class Fields {
  constructor(private readonly s: Record<string, unknown>) {}
  number(name: string, value: unknown, min: number, max: number, integer = false): number {
    if (typeof value !== 'number' || !(value >= min && value <= max) || (integer && !Number.isInteger(value))) {
      throw new QueueInputError(`snapshot.state.${name}`, value, `${integer ? 'an integer' : 'a number'} from ${min} to ${max}`);
    }
    return value;
  }
  get(name: string, min: number, max: number, integer = false): number {
    return this.number(name, this.s[name], min, max, integer);
  }
  array(name: string, value: unknown = this.s[name], length?: number): unknown[] {
    if (!Array.isArray(value) || (length !== undefined && value.length !== length)) {
      throw new QueueInputError(`snapshot.state.${name}`, value, length === undefined ? 'an array' : `an array of ${length}`);
    }
    return value;
  }
  id(name: string, value: unknown): CallId {
    if (!(typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)))) {
      throw new QueueInputError(`snapshot.state.${name}`, value, 'a string or a finite number');
    }
    return value;
  }
}

/** The largest live sum a snapshot may carry. */
const LARGEST = 1e300;
const STATES = new Set(['available', 'on-call', 'wrap-up', 'not-ready']);

/**
 * Loads a version-4 state into a fresh tracker, refusing any field out of range (named in the
 * error). Older states are read as well; what they lack is learned afresh. Version 3: its waiting
 * callers have no recent class wait or freed agents, its classes no recent waits, and its
 * regression, on the learned predictor's earlier features, is left out (it refits from the next
 * callers who wait). Version 2 also lacks the head-of-line waits and the learned overtaking (it
 * starts from the arrival rates), and its per-class regressions are left out.
 */
export function readSnapshotState(t: TrackerState, state: unknown, version: StateVersion): void {
  const s = plainObject('snapshot.state', state);
  const f = new Fields(s);
  t.time = s.time === null ? -Infinity : f.get('time', -MAX_ABS_TIME, MAX_ABS_TIME);
  const clock = t.time === -Infinity ? -MAX_ABS_TIME : t.time;
  t.accepted = f.get('accepted', 0, Number.MAX_SAFE_INTEGER, true);
  t.rejected = f.get('rejected', 0, Number.MAX_SAFE_INTEGER, true);
  t.answeredAtOnce = f.get('answeredAtOnce', 0, Number.MAX_SAFE_INTEGER, true);
  t.board.anonymous = f.get('anonymousAgents', 0, MAX_AGENTS, true);
  const named = f.array('namedAgents');
  if (named.length > MAX_NAMED_AGENTS)
    throw new QueueInputError('snapshot.state.namedAgents', named.length, `at most ${MAX_NAMED_AGENTS} agents`);
  for (const entry of named) {
    const [agent, agentState] = f.array('namedAgents', entry, 2);
    if (typeof agentState !== 'string' || !STATES.has(agentState) || t.board.named.has(f.id('namedAgents', agent))) {
      throw new QueueInputError('snapshot.state.namedAgents', entry, '[agent, state] with distinct agents and a present state');
    }
    t.board.setState(agent as CallId, agentState as AgentState);
  }
  readInService(t.board.inService, f, 'inService', clock, 4 * MAX_AGENTS + 1024);
  readInService(t.board.overdue, f, 'overdue', clock, MAX_OVERDUE);
  const rates = plainObject('snapshot.state.rates', s.rates);
  for (const name of RATE_FIELDS) t.rates[name] = f.number(`rates.${name}`, rates[name], 0, LARGEST);
  const classes = f.array('classes');
  if (classes.length > MAX_CLASSES) throw new QueueInputError('snapshot.state.classes', classes.length, `at most ${MAX_CLASSES} classes`);
  for (const entry of classes) {
    const [priority, arrivals, lastServed, overtakes, waited, servedWaits, served] = f.array('classes', entry, CLASS_ROW[version]);
    const p = f.number('classes.priority', priority, -PRIORITY_LIMIT, PRIORITY_LIMIT, true);
    if (t.line.classes.some((c) => c.priority === p)) throw new QueueInputError('snapshot.state.classes', entry, 'distinct priorities');
    const line = t.line.lineFor(p) as ClassLine;
    t.rates.arrivals[line.index] = f.number('classes.arrivals', arrivals, 0, LARGEST);
    // Version 2 had no learned overtaking: it starts from the arrival rates (its prior).
    if (version >= 3) {
      t.rates.overtakes[line.index] = f.number('classes.overtakes', overtakes, 0, LARGEST);
      t.rates.classWaiting[line.index] = f.number('classes.waited', waited, 0, LARGEST);
    }
    if (version === 4) {
      t.rates.servedWaits[line.index] = f.number('classes.servedWaits', servedWaits, 0, LARGEST);
      t.rates.served[line.index] = f.number('classes.served', served, 0, LARGEST);
    }
    // null (or NaN, from an in-memory snapshot of older versions): no caller served yet.
    t.lastServedWait[line.index] =
      lastServed === null || Number.isNaN(lastServed) ? -1 : f.number('classes.lastServedWait', lastServed, 0, 2 * MAX_ABS_TIME);
  }
  readCalls(t, f, f.array('calls'), clock, version);
  for (const entry of f.array('history')) {
    const [index, bucket, n, mean] = f.array('history', entry, 4);
    const i = f.number('history.class', index, 0, t.line.classes.length - 1, true);
    const b = f.number('history.bucket', bucket, 0, HISTORY_BUCKETS - 1, true);
    t.history.counts[i * HISTORY_BUCKETS + b] = f.number('history.count', n, 1, t.options.history);
    t.history.means[i * HISTORY_BUCKETS + b] = f.number('history.mean', mean, 0, 2 * MAX_ABS_TIME);
  }
  if (version === 4) {
    const regression = f.array('regression', s.regression, REGRESSION_STATE);
    t.history.regression.load(regression.map((v) => f.number('regression', v, -LARGEST, LARGEST)));
    const freed = f.array('freed', s.freed);
    if (freed.length > MAX_FREED) throw new QueueInputError('snapshot.state.freed', freed.length, `at most ${MAX_FREED} agents`);
    t.freed.pace = f.get('freedPace', 0, LARGEST);
    let previous = LARGEST;
    t.freed.load(
      freed.map((answersSince) => {
        previous = f.number('freed', answersSince, 0, previous);
        return previous;
      }),
    );
  }
  const windows = f.array('windows', s.windows, PREDICTOR_SLOTS);
  windows.forEach((w, p) => {
    const entries = f.array('windows', w);
    for (const e of entries.slice(Math.max(0, entries.length - t.options.history))) {
      const [predicted, actual, within] = f.array('windows', e, 3);
      const predictedWait = f.number('windows.predicted', predicted, 0, 2 * MAX_ABS_TIME);
      const actualWait = f.number('windows.actual', actual, 0, 2 * MAX_ABS_TIME);
      const inTime = f.number('windows.within', within, 0, 1, true);
      (t.windows[p] as ErrorWindow).add(predictedWait, actualWait, inTime === 1 ? Infinity : -Infinity);
    }
  });
  // Snapshots written before `auto`'s test had no duel: `auto` uses the model until evidence accrues.
  if (s.duel !== undefined) t.duel.load(f.array('duel', s.duel, DUEL_STATE).map((v) => f.number('duel', v, -LARGEST, LARGEST)));
}

function readInService(calls: Map<CallId, number>, f: Fields, name: string, clock: number, most: number): void {
  const entries = f.array(name);
  if (entries.length > most) throw new QueueInputError(`snapshot.state.${name}`, entries.length, `at most ${most} calls`);
  const rows = entries.map((entry) => {
    const [id, start] = f.array(name, entry, 2);
    return [f.id(name, id), f.number(`${name}.answerTime`, start, -MAX_ABS_TIME, clock)] as const;
  });
  rows.sort((a, b) => a[1] - b[1]);
  for (const [id, start] of rows) {
    if (calls.has(id)) throw new QueueInputError(`snapshot.state.${name}`, id, 'distinct call ids');
    calls.set(id, start);
  }
}

function readCalls(t: TrackerState, f: Fields, rows: unknown[], clock: number, version: StateVersion): void {
  if (rows.length > t.options.capacity)
    throw new QueueInputError('snapshot.state.calls', rows.length, `at most ${t.options.capacity} (capacity) waiting calls`);
  for (const row of rows) {
    const [rawId, priority, join, ahead, foundIdle, predicted, announced, headWait, recentWait, freed] = f.array(
      'calls',
      row,
      CALL_ROW[version],
    );
    const id = f.id('calls.id', rawId);
    if (t.line.has(id) || t.board.inService.has(id))
      throw new QueueInputError('snapshot.state.calls.id', id, 'distinct call ids, not in service');
    const line = t.line.lineFor(f.number('calls.priority', priority, -PRIORITY_LIMIT, PRIORITY_LIMIT, true));
    if (line === undefined) throw new QueueInputError('snapshot.state.calls.priority', priority, `one of at most ${MAX_CLASSES} classes`);
    const at = t.line.push(line, id, f.number('calls.joinTime', join, -MAX_ABS_TIME, clock));
    line.records[at + RECORD.ahead] = f.number('calls.ahead', ahead, 0, t.options.capacity, true);
    line.records[at + RECORD.foundIdle] = f.number('calls.foundIdle', foundIdle, 0, 1, true);
    line.records[at + RECORD.headWait] = headWait == null ? -1 : f.number('calls.headWait', headWait, 0, 2 * MAX_ABS_TIME);
    line.records[at + RECORD.recentWait] = recentWait == null ? -1 : f.number('calls.recentWait', recentWait, 0, 2 * MAX_ABS_TIME);
    line.records[at + RECORD.freed] = freed === undefined ? 0 : f.number('calls.freed', freed, 0, MAX_FREED);
    const copy = (name: string, values: unknown, from: number) => {
      f.array(name, values, PREDICTOR_SLOTS).forEach((v, p) => {
        line.records[at + from + p] = v === null ? Infinity : f.number(name, v, 0, 4 * MAX_ABS_TIME);
      });
    };
    copy('calls.predicted', predicted, RECORD.predicted);
    copy('calls.announced', announced, RECORD.announced);
  }
}
