import { nonNegative, nonNegativeInteger, plainObject, positive, positiveOrInfinite, unitInterval } from '../../math/checks.js';
import { QueueInputError } from '../../math/QueueInputError.js';
import { MAX_AGENTS } from './checkEvent.js';

/** Options of {@link createQueueTracker}. */
export interface TrackerOptions {
  /**
   * Agents logged in at the start (anonymous, as with `login` events). Given (even `0`), the
   * tracker knows its staffing from the start; without it, none are logged in and the staffing is
   * unknown until an agent logs in (a `login`, or an `agent` event in a present state; the estimates say `staffing: 'unknown'`).
   * @defaultValue `undefined` (none, staffing unknown)
   */
  agents?: number;
  /**
   * Prior mean handle time in seconds (one pseudo-observation until completions are seen). It is
   * also the weight of the other rates' priors: the arrival rates start from no arrivals over
   * `handleTime` seconds of pseudo-exposure (decaying with the clock like the data), the answering
   * capacity from 1/`handleTime` per agent as one pseudo-answer, the overtaking from the higher
   * classes' arrival rates over `handleTime` seconds.
   * @defaultValue `300`
   */
  handleTime?: number;
  /**
   * Prior mean patience in seconds (one pseudo-abandonment; Infinity: none).
   * @defaultValue `Infinity`
   */
  patience?: number;
  /**
   * Half-life in seconds of the exponentially weighted live estimates (arrival rates, handle time,
   * patience, answering capacity).
   * @defaultValue `1800`
   */
  halfLife?: number;
  /**
   * Most callers waiting at once; a join beyond it is refused with code `capacity`.
   * @defaultValue `16384`
   */
  capacity?: number;
  /**
   * How many recent callers who waited each predictor's error, calibration and learning are kept
   * over (`auto`'s choice weighs ten times as many).
   * @defaultValue `200`
   */
  history?: number;
  /**
   * The quantile announced: calibrated on the recent ratios of actual to predicted waits, and
   * scored as the "answered within the announced time" figure.
   * @defaultValue `0.8`
   */
  announceQuantile?: number;
  /**
   * Seconds an event may be stamped before the latest time seen and still be accepted, as
   * happening at that latest time (the clock never goes back); earlier than that it is rejected
   * with code `out-of-order`. Feeds merged from several sockets or servers reorder by fractions of
   * a second to seconds; 5 s takes those in, while an event taken late moves what is learned from
   * it (a wait, a handle time) by at most as much, well within the errors of a wait estimate.
   * `0`: every event stamped before the last one is rejected.
   * @defaultValue `5`
   */
  reorderTolerance?: number;
  /**
   * Seconds after which a caller still waiting is taken as lost (its end event dropped by the
   * feed): it leaves the line without being counted as answered or abandoned, its waiting time
   * is taken out of the patience estimate, and `stats().lost` counts it. The default is ten mean
   * handle times (the `handleTime` option), as for a call in service without its completion, and
   * at least an hour: far beyond what callers hold on a phone queue (patience is minutes), so
   * real callers are not dropped, while a lost one stops inflating positions within the hour and
   * never survives a night. Infinity: never.
   * @defaultValue `max(3600, 10 × handleTime)`
   */
  maxWait?: number;
}

/** The options with every default filled in; `agents` stays absent when not given (staffing unknown). */
export type CheckedTrackerOptions = Required<Omit<TrackerOptions, 'agents'>> & Pick<TrackerOptions, 'agents'>;

const KNOWN = ['agents', 'handleTime', 'patience', 'halfLife', 'capacity', 'history', 'announceQuantile', 'reorderTolerance', 'maxWait'];
/** A waiting caller is lost by default after this many mean handle times (the prior), and at least {@link LEAST_MAX_WAIT} seconds. */
const LOST_HANDLE_TIMES = 10;
const LEAST_MAX_WAIT = 3600;

/** Checks the tracker's options (unknown names are refused, naming them) and fills the defaults. */
export function checkTrackerOptions(options: unknown, prefix = 'options'): CheckedTrackerOptions {
  const o = options === undefined ? {} : plainObject(prefix, options);
  for (const key of Object.keys(o)) {
    if (!KNOWN.includes(key)) throw new QueueInputError(`${prefix}.${key}`, o[key], `no such option (options: ${KNOWN.join(', ')})`);
  }
  const get = <T>(name: string, fallback: T, check: (p: string, v: unknown) => T): T =>
    o[name] === undefined ? fallback : check(`${prefix}.${name}`, o[name]);
  const capacity = get('capacity', 16384, nonNegativeInteger);
  if (capacity < 1 || capacity > 1 << 24) throw new QueueInputError(`${prefix}.capacity`, capacity, 'an integer from 1 to 2^24');
  const history = get('history', 200, nonNegativeInteger);
  if (history < 1 || history > 100_000) throw new QueueInputError(`${prefix}.history`, history, 'an integer from 1 to 100000');
  const announceQuantile = get('announceQuantile', 0.8, unitInterval);
  if (!(announceQuantile > 0 && announceQuantile < 1)) {
    throw new QueueInputError(`${prefix}.announceQuantile`, announceQuantile, 'a probability strictly between 0 and 1');
  }
  const agents = get<number | undefined>('agents', undefined, nonNegativeInteger);
  if (agents !== undefined && agents > MAX_AGENTS) throw new QueueInputError(`${prefix}.agents`, agents, `an integer ≤ ${MAX_AGENTS}`);
  const limited = (name: string, fallback: number, allowInfinity: boolean): number => {
    const v = get(name, fallback, allowInfinity ? positiveOrInfinite : positive);
    if (v !== Infinity && (v < 1e-6 || v > 1e12)) throw new QueueInputError(`${prefix}.${name}`, v, 'seconds from 1e-6 to 1e12');
    return v;
  };
  const handleTime = limited('handleTime', 300, false);
  const reorderTolerance = get('reorderTolerance', 5, nonNegative);
  if (reorderTolerance > 1e12) throw new QueueInputError(`${prefix}.reorderTolerance`, reorderTolerance, 'seconds from 0 to 1e12');
  return {
    ...(agents === undefined ? {} : { agents }),
    handleTime,
    patience: limited('patience', Infinity, true),
    halfLife: limited('halfLife', 1800, false),
    capacity,
    history,
    announceQuantile,
    reorderTolerance,
    maxWait: limited('maxWait', Math.min(1e12, Math.max(LEAST_MAX_WAIT, LOST_HANDLE_TIMES * handleTime)), true),
  };
}
