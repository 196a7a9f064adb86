import { nonNegative, nonNegativeInteger, plainObject, positive, positiveOrInfinite, unitInterval } from '../math/checks.js';
import { QueueInputError } from '../math/QueueInputError.js';
import { occupancyCheapest } from './occupancyCheapest.js';
import { occupancyUniformized } from './occupancyUniformized.js';
import { type IntervalQueue, type Solved, solveInterval } from './solveInterval.js';
import { steadyStateAgents } from './steadyStateAgents.js';
import { MAX_AGENTS } from './tracker/checkEvent.js';

/** The queue right now. Durations in seconds. */
export interface LiveQueueState {
  /** Agents logged in now (an integer, 0 to 1,000,000, as many as a tracker takes). */
  agents: number;
  /**
   * Agents on a call now (integer, 0..agents).
   * @defaultValue `agents` when someone is waiting, else `0`
   */
  busy?: number;
  /**
   * How long each caller now waiting has waited, in seconds (any order; at most 10,000 callers).
   * @defaultValue `[]`
   */
  waiting?: readonly number[];
  /** Mean handle time in seconds (at least 0.001 s). */
  handleTime: number;
  /**
   * Mean patience in seconds (> 0; `Infinity` allowed).
   * @defaultValue `Infinity` (nobody hangs up)
   */
  patience?: number;
}

/** The calls still expected in the interval. */
export interface IntervalForecast {
  /** Calls expected to arrive in the rest of the interval (0 to 100,000). */
  calls: number;
  /** Seconds left in the interval (> 0, at most 86,400: one day; below 1e-12 s the calls arrive at once, as at 1e-12 s). */
  seconds: number;
}

/** The interval's target. */
export interface ServiceTarget {
  /** Share of calls to answer within `answerTime`, in [0, 1]. */
  serviceLevel: number;
  /** Answer-time threshold in seconds (≥ 0). */
  answerTime: number;
  /**
   * Highest acceptable share of calls abandoning, in [0, 1].
   * @defaultValue `1` (no abandonment target)
   */
  maxAbandon?: number;
  /**
   * A forecast missing the service-level target by less than this is a 'warning', by more 'critical'.
   * @defaultValue `0.05`
   */
  warningBand?: number;
}

/** Options of {@link forecastInterval}. */
export interface ForecastOptions {
  /**
   * How the transient chain is solved: `'ode'` (fast: Crank–Nicolson on the Kolmogorov equations,
   * its calls answered within the answer time and abandoning within 1e-5 of the calls of the exact
   * ones, measured over intervals of 10 s to 2 h by `npm run bench:ode`; or uniformization where
   * that takes less work, when the queue makes few moves in the interval) or `'uniformization'`
   * (exact to about 1e-13, up to several times slower).
   * @defaultValue `'ode'`
   */
  method?: 'ode' | 'uniformization';
}

/** What {@link forecastInterval} predicts for the rest of the interval. */
export interface IntervalOutlook {
  /** Share of the calls from now on (waiting now + expected) answered within the answer time. */
  readonly serviceLevel: number;
  /** Share of the calls from now on that abandon, in [0, 1] (a probability, as `probAbandon` everywhere). */
  readonly probAbandon: number;
  /**
   * The same share as {@link IntervalOutlook.probAbandon}, under its old name.
   * @deprecated A share, not a rate (rates are per second): read `probAbandon`. Removed in 0.3.0.
   */
  readonly abandonRate: number;
  /** Expected calls answered within the answer time, from now on. */
  readonly answeredWithin: number;
  /** Expected calls abandoning, from now on. */
  readonly abandoned: number;
  /** Calls counted: waiting now + expected arrivals. */
  readonly calls: number;
  /** Fewest agents from now on that meet the target (serviceLevel and maxAbandon); Infinity if none can. */
  readonly agentsNeeded: number;
  /** 'none' (on target), 'warning' (short by less than `warningBand`) or 'critical'. */
  readonly alert: 'none' | 'warning' | 'critical';
}

/**
 * A transient forecast of the rest of the interval from the queue as it is now — agents, callers
 * waiting and how long, calls still expected — rather than the steady state, because the current
 * backlog decides the next minutes: the share of calls from now on answered within the answer
 * time, the share abandoning, the fewest agents from now on that still meet the target, and an
 * alert level. Arrivals are Poisson at the forecast's average rate, handle times and patience
 * exponential (Erlang A), FCFS; the birth–death chain is solved transiently, by Crank–Nicolson steps
 * on the Kolmogorov equations by default (by uniformization where that takes less work) or by
 * uniformization (Grassmann 1977, "Transient solutions in Markovian queueing systems") with
 * `method: 'uniformization'`; the per-caller answer probabilities come from the exact
 * offered-wait distribution (see {@link estimateWait}).
 *
 * @param state - the queue now ({@link LiveQueueState}); seconds
 * @param forecast - calls expected and seconds left ({@link IntervalForecast})
 * @param target - service-level target ({@link ServiceTarget})
 * @param options - {@link ForecastOptions}
 * @returns the {@link IntervalOutlook}
 * @throws {@link QueueInputError} for a bad field
 * @example
 * const outlook = forecastInterval({ agents: 10, waiting: [40, 25, 5], handleTime: 180, patience: 300 }, { calls: 90, seconds: 1500 }, { serviceLevel: 0.8, answerTime: 20 });
 * outlook.alert; // => 'critical'
 * outlook.agentsNeeded; // => 14
 */
export function forecastInterval(
  state: LiveQueueState,
  forecast: IntervalForecast,
  target: ServiceTarget,
  options: ForecastOptions = {},
): IntervalOutlook {
  const s = plainObject('state', state);
  const agents = atMost('state.agents', nonNegativeInteger('state.agents', s.agents), MAX_AGENTS);
  const waitingRaw = s.waiting === undefined ? [] : s.waiting;
  if (!Array.isArray(waitingRaw)) throw new QueueInputError('state.waiting', waitingRaw, 'an array of seconds waited');
  if (waitingRaw.length > MAX_WAITING)
    throw new QueueInputError('state.waiting.length', waitingRaw.length, `at most ${MAX_WAITING} callers`);
  const waits = (waitingRaw as unknown[]).map((w, i) => nonNegative(`state.waiting[${i}]`, w)).sort((x, y) => y - x);
  const busy = s.busy === undefined ? (waits.length > 0 ? agents : 0) : nonNegativeInteger('state.busy', s.busy);
  if (busy > agents) throw new QueueInputError('state.busy', busy, `an integer ≤ agents (${agents})`);
  const handleTime = positive('state.handleTime', s.handleTime);
  if (handleTime < MIN_HANDLE_TIME) throw new QueueInputError('state.handleTime', handleTime, `a number of seconds ≥ ${MIN_HANDLE_TIME}`);
  const patience = s.patience === undefined ? Infinity : positiveOrInfinite('state.patience', s.patience);
  const f = plainObject('forecast', forecast);
  const calls = atMost('forecast.calls', nonNegative('forecast.calls', f.calls), MAX_CALLS);
  // Shorter than SHORTEST_SECONDS the calls arrive at once (the answer no longer moves); the floor
  // keeps calls/seconds finite for subnormal seconds (was NaN).
  const seconds = Math.max(SHORTEST_SECONDS, atMost('forecast.seconds', positive('forecast.seconds', f.seconds), MAX_SECONDS));
  const g = plainObject('target', target);
  const slTarget = unitInterval('target.serviceLevel', g.serviceLevel);
  const T = nonNegative('target.answerTime', g.answerTime);
  const maxAbandon = g.maxAbandon === undefined ? 1 : unitInterval('target.maxAbandon', g.maxAbandon);
  const band = g.warningBand === undefined ? 0.05 : unitInterval('target.warningBand', g.warningBand);

  const o = options === undefined ? {} : plainObject('options', options);
  const method = o.method ?? 'ode';
  if (method !== 'ode' && method !== 'uniformization') throw new QueueInputError('options.method', method, "'ode' or 'uniformization'");
  const solver = method === 'uniformization' ? occupancyUniformized : occupancyCheapest;
  const mu = 1 / handleTime;
  const theta = patience === Infinity ? 0 : 1 / patience;
  const lambda = calls / seconds;
  // The chain only: callers abandoning within 1e-12 of the interval all leave "at once" (the
  // answer moves by under 1e-9), and θ·step stays small enough for the solvers' arithmetic.
  const chainTheta = Math.min(theta, IMMEDIATE / seconds);
  const total = waits.length + calls;
  const queue: IntervalQueue = { waits, arrivalRate: lambda, horizon: seconds, mu, theta, chainTheta, answerTime: T, solver };
  const outlook = (n: number) => {
    const r = solveInterval(n, Math.min(busy, n), queue);
    const sl = total > 0 ? Math.min(1, r.answeredWithin / total) : 1;
    const ab = total > 0 ? Math.min(1, r.abandoned / total) : 0;
    return { sl, ab, r };
  };
  // margin(n) ≥ 0 ⇔ n agents meet the target; it rises with n.
  const cache = new Map<number, { sl: number; ab: number; r: Solved }>();
  const margin = (n: number): number => {
    let o = cache.get(n);
    if (o === undefined) {
      o = outlook(n);
      cache.set(n, o);
    }
    return Math.min(o.sl - slTarget, maxAbandon - o.ab);
  };
  const now = outlook(agents);
  cache.set(agents, now);

  // Fewest agents meeting the target: bracket from the current staffing and the steady-state
  // answer at the forecast rate, then regula falsi on integers with bisection safeguards.
  // More agents than callers (busy, waiting, the arrivals' Poisson tail) answer no one sooner.
  const load = Math.min(lambda * handleTime, calls);
  const limit = agents + waits.length + Math.ceil(load + 10 * Math.sqrt(load)) + 50;
  let needed = Infinity;
  const guess = Math.min(
    limit,
    steadyStateAgents({ arrivalRate: lambda, mu, theta: chainTheta }, { serviceLevel: slTarget, answerTime: T, maxAbandon }, limit),
  );
  let lo = -1; // fails (−1: none known)
  let hi = Infinity; // meets
  let fLo = -1;
  let fHi = 1;
  const visit = (n: number) => {
    const f = n < 0 ? -1 : margin(n);
    if (f >= 0) {
      if (n < hi) [hi, fHi] = [n, f];
    } else if (n > lo) [lo, fLo] = [n, f];
  };
  visit(agents);
  if (guess !== agents) visit(guess);
  // Extend until bracketed, stepping by the secant estimate (at least doubling the step).
  let step = Math.max(1, Math.abs(guess - agents));
  while (hi === Infinity && lo < limit) {
    step *= 2;
    visit(Math.min(limit, lo + step));
  }
  // Meets at the lowest tried: walk down until one fails (or 0 meets), by 1, 2, 4 and 8 agents
  // (the agents now are often about right), then halving (galloping on from 10⁶ agents to the
  // 8·10⁴ a queue needed took 20 solves); the secant steps below then close in.
  for (let s2 = 1; hi !== Infinity && hi > 0 && lo < 0; s2 *= 2) visit(s2 <= 8 ? Math.max(0, hi - s2) : hi >> 1);
  while (lo >= 0 && hi !== Infinity && hi - lo > 1) {
    let c = Math.round(lo + ((hi - lo) * -fLo) / (fHi - fLo));
    // A secant that rounds onto an end puts the root next to it: try the neighbour (an end that
    // barely meets was followed by nine bisections for 10,000 callers waiting on 10,000 agents).
    if (c >= hi) c = hi - 1;
    else if (c <= lo) c = lo + 1;
    if (!(c > lo && c < hi)) c = (lo + hi) >> 1;
    const before = hi - lo;
    visit(c);
    if (hi - lo > before / 2 && hi - lo > 1) visit((lo + hi) >> 1);
  }
  needed = hi;
  const short = Math.max(slTarget - now.sl, now.ab - maxAbandon);
  const alert = short <= 0 ? 'none' : short < band ? 'warning' : 'critical';
  return {
    serviceLevel: now.sl,
    probAbandon: now.ab,
    abandonRate: now.ab,
    answeredWithin: now.r.answeredWithin,
    abandoned: now.r.abandoned,
    calls: total,
    agentsNeeded: needed,
    alert,
  };
}

/** Most waiting callers, expected calls and seconds {@link forecastInterval} takes (its work grows with each); agents as the tracker (MAX_AGENTS). */
const MAX_WAITING = 10_000;
const MAX_CALLS = 100_000;
const MAX_SECONDS = 86_400;
/** Interval length, seconds, below which the calls are taken to arrive at once (the outlook is that of this length). */
const SHORTEST_SECONDS = 1e-12;
/** Shortest handle time, seconds (μ·step must stay small enough for the solvers' arithmetic). */
const MIN_HANDLE_TIME = 0.001;
/** θ·seconds above which callers are taken to abandon at once (in the chain). */
const IMMEDIATE = 1e12;

function atMost(parameter: string, value: number, max: number): number {
  if (value > max) throw new QueueInputError(parameter, value, `at most ${max}`);
  return value;
}
