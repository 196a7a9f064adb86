import { nonNegative, nonNegativeInteger, plainObject, positive, positiveOrInfinite, unitInterval } from '../math/checks.js';
import { QueueInputError } from '../math/QueueInputError.js';
import { OfferedWait } from './OfferedWait.js';

/** The queue right now. Durations in seconds. */
export interface LiveQueueState {
  /** Agents logged in now (an integer, 0 to 10,000). */
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
  /** Seconds left in the interval (> 0, at most 86,400: one day). */
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
   * How the transient chain is solved: `'ode'` (Crank–Nicolson on the Kolmogorov equations, fast,
   * within about 1e-5) or `'uniformization'` (exact to about 1e-13, several times slower).
   * @defaultValue `'ode'`
   */
  method?: 'ode' | 'uniformization';
}

/** What {@link forecastInterval} predicts for the rest of the interval. */
export interface IntervalOutlook {
  /** Share of the calls from now on (waiting now + expected) answered within the answer time. */
  readonly serviceLevel: number;
  /** Share of the calls from now on that abandon. */
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

interface Solved {
  answeredWithin: number;
  abandoned: number;
}

const CUT = 1e-14;

/** death[i] = min(i, n)μ + (i − n)⁺θ from index `from` on. */
function fillDeath(death: Float64Array, from: number, n: number, mu: number, theta: number): void {
  for (let i = from; i < death.length; i++) death[i] = (i < n ? i : n) * mu + (i > n ? (i - n) * theta : 0);
}

/** P(answered within T | k ahead) = nμ/(nμ+(k+1)θ)·P(V′_k ≤ T), and the keep factor, for k = 0..K−1. */
function perPosition(K: number, rate: number, theta: number, T: number, keep: Float64Array, within: Float64Array): void {
  for (let k = 0; k < K; k++) {
    const kp = theta === 0 ? 1 : rate / (rate + (k + 1) * theta);
    keep[k] = kp;
    within[k] = T > 0 ? kp * new OfferedWait(k, 1 / (rate + theta), theta / (rate + theta)).cdf(T) : 0;
    // Far past the point where nobody is answered in time, the rest is 0.
    if (within[k]! < 1e-17 && k > 0) {
      for (let j = k + 1; j < K; j++) {
        keep[j] = theta === 0 ? 1 : rate / (rate + (j + 1) * theta);
        within[j] = 0;
      }
      return;
    }
  }
}

/**
 * Expected answered-within-T and abandoned calls from now to the end of the interval, with `n`
 * agents from now on. Birth–death chain on the number of calls in the system (birth λ, death
 * min(i, n)μ + (i − n)⁺θ), solved transiently by uniformization (Jensen 1953; Grassmann 1977) in
 * chunks of about 120 s on the band of states that carries all but ~1e-15 of the mass; arrivals
 * see state i in proportion to ∫ p_i(s) ds (PASTA) and are then answered within T with probability
 * nμ/(nμ+(k+1)θ)·P(V′_k ≤ T), V′_k the offered wait with phase rates nμ + iθ, i = 1..k+1.
 */
function solve(
  n: number,
  busy: number,
  waits: readonly number[],
  lambda: number,
  horizon: number,
  mu: number,
  theta: number,
  chainTheta: number,
  T: number,
  exact: boolean,
): Solved {
  const rate = n * mu;
  const free = Math.max(0, n - busy);
  let answeredWithin = 0;
  let abandoned = 0;
  // Callers waiting now: the one at index j (head first) has j − free ahead of it.
  for (let j = 0; j < waits.length; j++) {
    const k = j - free;
    if (k < 0) {
      answeredWithin += waits[j]! <= T ? 1 : 0;
      continue;
    }
    if (n === 0) {
      abandoned += theta > 0 ? 1 : 0;
      continue;
    }
    const kp = theta === 0 ? 1 : rate / (rate + (k + 1) * theta);
    abandoned += 1 - kp;
    const left = T - waits[j]!;
    if (left > 0) answeredWithin += kp * new OfferedWait(k, 1 / (rate + theta), theta / (rate + theta)).cdf(left);
  }
  if (lambda === 0) return { answeredWithin, abandoned };

  const n0 = busy + waits.length;
  const occ = exact ? occupancyUniformized(n, n0, lambda, mu, chainTheta, horizon) : occupancyCrankNicolson(n, n0, lambda, mu, chainTheta, horizon);
  const size = occ.length;
  // Arrivals seeing state i (PASTA).
  let maxState = 0;
  let occTotal = 0;
  for (let i = 0; i < size; i++) {
    if (occ[i]! > 0) maxState = i;
    occTotal += occ[i]!;
  }
  const K = Math.max(0, maxState - n + 1);
  const keep = new Float64Array(K);
  const within = new Float64Array(K);
  if (n > 0) perPosition(K, rate, theta, T, keep, within);
  let keepSum = 0;
  let withinSum = 0;
  for (let i = 0; i <= maxState; i++) {
    const o = occ[i]!;
    if (o === 0) continue;
    if (i < n) {
      keepSum += o;
      withinSum += o;
    } else if (n > 0) {
      keepSum += o * keep[i - n]!;
      withinSum += o * within[i - n]!;
    }
  }
  // occ sums to the horizon up to the truncated mass: renormalize.
  const norm = occTotal > 0 ? horizon / occTotal : 0;
  answeredWithin += lambda * withinSum * norm;
  abandoned += lambda * (occTotal - keepSum) * norm;
  return { answeredWithin, abandoned };
}

/**
 * ∫₀^horizon p_i(s) ds for the birth–death chain from state n0, by uniformization (Jensen 1953;
 * Grassmann 1977) in chunks of at most 120 s, each on a truncated chain reaching 8σ of the
 * arrivals above the band; exact up to ~1e-13. The reference for {@link occupancyCrankNicolson}.
 */
export function occupancyUniformized(n: number, n0: number, lambda: number, mu: number, theta: number, horizon: number): Float64Array {
  let size = 2 * (n0 + n) + 256;
  let p = new Float64Array(size);
  let nxt = new Float64Array(size);
  let acc = new Float64Array(size);
  let occ = new Float64Array(size);
  let death = new Float64Array(size);
  fillDeath(death, 0, n, mu, theta);
  p[n0] = 1;
  let lo = n0;
  let hi = n0;
  let t = 0;
  let work = 0;
  while (t < horizon) {
    const dt = Math.min(120, horizon - t);
    const reach = Math.ceil(lambda * dt + 8 * Math.sqrt(lambda * dt) + 10);
    const top = hi + reach;
    if (top + 2 >= size) {
      const newSize = 2 * (top + 2);
      p = grown(p, newSize);
      nxt = grown(nxt, newSize);
      acc = grown(acc, newSize);
      occ = grown(occ, newSize);
      death = grown(death, newSize);
      fillDeath(death, size, n, mu, theta);
      size = newSize;
    }
    const L = lambda + death[top]!;
    const invL = 1 / L;
    const u = lambda * invL;
    const Ldt = L * dt;
    const mMax = Math.ceil(Ldt + 8 * Math.sqrt(Ldt) + 10);
    work += mMax * (top - lo + 1);
    if (work > MAX_UNIFORMIZATION_WORK) {
      throw new QueueInputError('options.method', 'uniformization', "'ode' for this queue (uniformization would take over 10⁸ state updates)", 'limit-reached');
    }
    acc.fill(0, Math.max(0, lo - mMax - 1), Math.min(size, top + 2));
    let logW = -Ldt;
    let cdf = 0;
    for (let m = 0; m <= mMax; m++) {
      const w = Math.exp(logW);
      cdf += w;
      const c = (cdf < 1 ? 1 - cdf : 0) * invL;
      const nlo = lo > 0 ? lo - 1 : 0;
      const nhi = hi < top ? hi + 1 : top;
      if (m === mMax) {
        for (let i = lo; i <= hi; i++) {
          const v = p[i]!;
          acc[i] = acc[i]! + w * v;
          occ[i] = occ[i]! + c * v;
        }
        break;
      }
      // Accumulate and step v ← v·(I + Q/Λ) in one pass (pull form; p is 0 just outside [lo, hi]).
      let prev = nlo > 0 ? p[nlo - 1]! : 0;
      let cur = p[nlo]!;
      for (let i = nlo; i <= nhi; i++) {
        const next = p[i + 1]!;
        acc[i] = acc[i]! + w * cur;
        occ[i] = occ[i]! + c * cur;
        const d = death[i]! * invL;
        nxt[i] = cur * (1 - (i < top ? u : 0) - d) + prev * u + next * death[i + 1]! * invL;
        prev = cur;
        cur = next;
      }
      const sw = p;
      p = nxt;
      nxt = sw;
      lo = nlo;
      hi = nhi;
      while (lo < hi && p[lo]! < CUT) p[lo++] = 0;
      while (hi > lo && p[hi]! < CUT) p[hi--] = 0;
      // Keep two zeros on each side for the next pull.
      if (lo >= 1) p[lo - 1] = 0;
      if (lo >= 2) p[lo - 2] = 0;
      p[hi + 1] = 0;
      p[hi + 2] = 0;
      logW += Math.log(Ldt / (m + 1));
    }
    // The chunk's end distribution Σ w_m v_m.
    for (let i = lo; i <= hi; i++) p[i] = 0;
    let alo = -1;
    let ahi = -1;
    for (let i = 0; i <= top + 1 && i < size; i++) {
      const v = acc[i]!;
      if (v >= CUT) {
        p[i] = v;
        if (alo < 0) alo = i;
        ahi = i;
      }
    }
    lo = Math.max(0, alo);
    hi = Math.max(lo, ahi);
    t += dt;
  }
  return occ;
}

/**
 * The same occupancy integral from the forward Kolmogorov equations dp/dt = pQ on a moving band
 * of states, by Crank–Nicolson steps of at most 10 s (tridiagonal solves, Thomas algorithm) after
 * four implicit-Euler steps of 0.25 s that damp the stiff modes of the point start (Rannacher 1984);
 * the occupancy by the trapezoidal rule. Second order in the step: within about 1e-5 of the
 * uniformized result for contact-centre parameters (1e-6 in the tests), at a fraction of the cost.
 */
export function occupancyCrankNicolson(n: number, n0: number, lambda: number, mu: number, theta: number, horizon: number): Float64Array {
  let size = 2 * (n0 + n) + 1024;
  let p = new Float64Array(size);
  let rhs = new Float64Array(size);
  let cp = new Float64Array(size);
  let occ = new Float64Array(size);
  let death = new Float64Array(size);
  fillDeath(death, 0, n, mu, theta);
  p[n0] = 1;
  let lo = n0;
  let hi = n0;
  const H = Math.min(10, horizon / 8);
  // Schedule: 4 implicit-Euler steps of H/2, then Crank–Nicolson steps of H (last one shortened).
  let t = 0;
  let k = 0;
  while (t < horizon - 1e-12) {
    const implicitEuler = k < 4;
    const h = Math.min(implicitEuler ? Math.min(H / 2, 0.25) : H, horizon - t);
    k++;
    const beta = implicitEuler ? h : h / 2;
    // Band margins from the decay ratio of the implicit solution beyond the support.
    const dHi = death[Math.min(hi + 1, size - 1)]!;
    const rUp = (beta * lambda) / (1 + beta * (lambda + dHi));
    const rDown = (beta * dHi) / (1 + beta * (lambda + dHi));
    const mUp = Math.min(2000, Math.ceil(36 / -Math.log(Math.max(rUp, 1e-300))) + 2);
    const mDown = Math.min(2000, Math.ceil(36 / -Math.log(Math.max(rDown, 1e-300))) + 2);
    const blo = Math.max(0, lo - mDown);
    const bhi = hi + mUp;
    if (bhi + 2 >= size) {
      const newSize = 2 * (bhi + 2);
      p = grown(p, newSize);
      rhs = grown(rhs, newSize);
      cp = grown(cp, newSize);
      occ = grown(occ, newSize);
      death = grown(death, newSize);
      fillDeath(death, size, n, mu, theta);
      size = newSize;
    }
    // Right-hand side and the first half of the trapezoid for the occupancy.
    const half = h / 2;
    for (let i = blo; i <= bhi; i++) {
      const v = p[i]!;
      occ[i] = occ[i]! + half * v;
      let r = v;
      if (!implicitEuler) {
        const flow = (i > 0 ? lambda * p[i - 1]! : 0) + death[i + 1]! * p[i + 1]! - (lambda + death[i]!) * v;
        r += beta * flow;
      }
      rhs[i] = r;
    }
    // Thomas algorithm for −βλ x_{i−1} + (1 + β(λ + d_i)) x_i − β d_{i+1} x_{i+1} = rhs_i.
    const a = -beta * lambda;
    let prevC = 0;
    let prevD = 0;
    for (let i = blo; i <= bhi; i++) {
      const b = 1 + beta * (lambda + death[i]!);
      const c = -beta * death[i + 1]!;
      const sub = i > blo ? a : 0;
      const m = 1 / (b - sub * prevC);
      prevC = c * m;
      prevD = (rhs[i]! - sub * prevD) * m;
      cp[i] = prevC;
      rhs[i] = prevD;
    }
    let x = 0;
    for (let i = bhi; i >= blo; i--) {
      x = rhs[i]! - cp[i]! * x;
      p[i] = x;
    }
    // Trim negligible ends, then the second half of the trapezoid.
    lo = blo;
    hi = bhi;
    while (lo < hi && p[lo]! < CUT) p[lo++] = 0;
    while (hi > lo && p[hi]! < CUT) p[hi--] = 0;
    p[hi + 1] = 0;
    for (let i = lo; i <= hi; i++) occ[i] = occ[i]! + half * p[i]!;
    t += h;
  }
  return occ;
}

/**
 * Fewest agents whose steady state (stationary birth–death chain at rate λ) meets the target:
 * a cheap starting point for the transient search. Bisection over [0, limit].
 */
function steadyStateAgents(lambda: number, mu: number, theta: number, T: number, sl: number, maxAbandon: number, limit: number): number {
  if (lambda === 0) return 0;
  const meets = (n: number): boolean => {
    if (n === 0) return false;
    if (theta === 0 && lambda >= n * mu) return false;
    // log π_i up to where it is negligible past the mode.
    const rate = n * mu;
    const logs: number[] = [0];
    let lp = 0;
    let max = 0;
    for (let i = 0; i < 1_000_000; i++) {
      const d = Math.min(i + 1, n) * mu + Math.max(i + 1 - n, 0) * theta;
      lp += Math.log(lambda / d);
      logs.push(lp);
      if (lp > max) max = lp;
      if (i > n && lp < max - 40) break;
    }
    let z = 0;
    let within = 0;
    let keepSum = 0;
    let negligible = false;
    for (let i = 0; i < logs.length; i++) {
      const w = Math.exp(logs[i]! - max);
      z += w;
      if (i < n) {
        within += w;
        keepSum += w;
      } else {
        const k = i - n;
        const keep = theta === 0 ? 1 : rate / (rate + (k + 1) * theta);
        keepSum += w * keep;
        if (T > 0 && w > 1e-17 * z && !negligible) {
          const c = keep * new OfferedWait(k, 1 / (rate + theta), theta / (rate + theta)).cdf(T);
          within += w * c;
          // P(answered within T | k ahead) falls with k: once it is negligible, so is the rest.
          if (c < 1e-20) negligible = true;
        }
      }
    }
    return within / z >= sl && 1 - keepSum / z <= maxAbandon;
  };
  const a = lambda / mu;
  let lo = 0;
  let hi = Math.min(limit, Math.ceil(a + 6 * Math.sqrt(a) + 10));
  if (!meets(hi)) {
    lo = hi;
    hi = limit;
  }
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (meets(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}

/**
 * A transient forecast of the rest of the interval from the queue as it is now — agents, callers
 * waiting and how long, calls still expected — rather than the steady state, because the current
 * backlog decides the next minutes: the share of calls from now on answered within the answer
 * time, the share abandoning, the fewest agents from now on that still meet the target, and an
 * alert level. Arrivals are Poisson at the forecast's average rate, handle times and patience
 * exponential (Erlang A), FCFS; the birth–death chain is solved by uniformization (Grassmann 1977,
 * "Transient solutions in Markovian queueing systems"), the per-caller answer probabilities come
 * from the exact offered-wait distribution (see {@link estimateWait}).
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
export function forecastInterval(state: LiveQueueState, forecast: IntervalForecast, target: ServiceTarget, options: ForecastOptions = {}): IntervalOutlook {
  const s = plainObject('state', state);
  const agents = atMost('state.agents', nonNegativeInteger('state.agents', s.agents), MAX_AGENTS);
  const waitingRaw = s.waiting === undefined ? [] : s.waiting;
  if (!Array.isArray(waitingRaw)) throw new QueueInputError('state.waiting', waitingRaw, 'an array of seconds waited');
  if (waitingRaw.length > MAX_WAITING) throw new QueueInputError('state.waiting.length', waitingRaw.length, `at most ${MAX_WAITING} callers`);
  const waits = (waitingRaw as unknown[]).map((w, i) => nonNegative(`state.waiting[${i}]`, w)).sort((x, y) => y - x);
  const busy = s.busy === undefined ? (waits.length > 0 ? agents : 0) : nonNegativeInteger('state.busy', s.busy);
  if (busy > agents) throw new QueueInputError('state.busy', busy, `an integer ≤ agents (${agents})`);
  const handleTime = positive('state.handleTime', s.handleTime);
  if (handleTime < MIN_HANDLE_TIME) throw new QueueInputError('state.handleTime', handleTime, `a number of seconds ≥ ${MIN_HANDLE_TIME}`);
  const patience = s.patience === undefined ? Infinity : positiveOrInfinite('state.patience', s.patience);
  const f = plainObject('forecast', forecast);
  const calls = atMost('forecast.calls', nonNegative('forecast.calls', f.calls), MAX_CALLS);
  const seconds = atMost('forecast.seconds', positive('forecast.seconds', f.seconds), MAX_SECONDS);
  const g = plainObject('target', target);
  const slTarget = unitInterval('target.serviceLevel', g.serviceLevel);
  const T = nonNegative('target.answerTime', g.answerTime);
  const maxAbandon = g.maxAbandon === undefined ? 1 : unitInterval('target.maxAbandon', g.maxAbandon);
  const band = g.warningBand === undefined ? 0.05 : unitInterval('target.warningBand', g.warningBand);

  const o = options === undefined ? {} : plainObject('options', options);
  const method = o.method ?? 'ode';
  if (method !== 'ode' && method !== 'uniformization') throw new QueueInputError('options.method', method, "'ode' or 'uniformization'");
  const exact = method === 'uniformization';
  const mu = 1 / handleTime;
  const theta = patience === Infinity ? 0 : 1 / patience;
  const lambda = calls / seconds;
  // The chain only: callers abandoning within 1e-12 of the interval all leave "at once" (the
  // answer moves by under 1e-9), and θ·step stays small enough for the solvers' arithmetic.
  const chainTheta = Math.min(theta, IMMEDIATE / seconds);
  const total = waits.length + calls;
  const outlook = (n: number) => {
    const r = solve(n, Math.min(busy, n), waits, lambda, seconds, mu, theta, chainTheta, T, exact);
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
  const guess = Math.min(limit, steadyStateAgents(lambda, mu, chainTheta, T, slTarget, maxAbandon, limit));
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
  while (lo >= 0 && hi !== Infinity && hi - lo > 1 && lo === (cache.has(lo) ? lo : lo)) {
    if (!(lo + 1 < hi)) break;
    let c = Math.round(lo + ((hi - lo) * -fLo) / (fHi - fLo));
    if (!(c > lo && c < hi)) c = (lo + hi) >> 1;
    const before = hi - lo;
    visit(c);
    if (hi - lo > before / 2 && hi - lo > 1) visit((lo + hi) >> 1);
  }
  if (hi !== Infinity && lo < 0) {
    // Meets at the lowest tried: walk down (gallop, then bisect).
    let s2 = 1;
    let probe = hi - 1;
    while (probe >= 0) {
      visit(probe);
      if (lo >= 0) break;
      s2 *= 2;
      probe = hi - s2;
    }
    if (lo < 0) lo = -1;
    while (hi - lo > 1) visit((lo + hi) >> 1);
  }
  needed = hi;
  const short = Math.max(slTarget - now.sl, now.ab - maxAbandon);
  const alert = short <= 0 ? 'none' : short < band ? 'warning' : 'critical';
  return {
    serviceLevel: now.sl,
    abandonRate: now.ab,
    answeredWithin: now.r.answeredWithin,
    abandoned: now.r.abandoned,
    calls: total,
    agentsNeeded: needed,
    alert,
  };
}

/** Most agents, waiting callers, expected calls and seconds {@link forecastInterval} takes (its work grows with each). */
const MAX_AGENTS = 10_000;
const MAX_WAITING = 10_000;
const MAX_CALLS = 100_000;
const MAX_SECONDS = 86_400;
/** Shortest handle time, seconds (μ·step must stay small enough for the solvers' arithmetic). */
const MIN_HANDLE_TIME = 0.001;
/** θ·seconds above which callers are taken to abandon at once (in the chain). */
const IMMEDIATE = 1e12;
/** Most state updates (steps × states) before the exact method gives up (about a second). */
const MAX_UNIFORMIZATION_WORK = 1e8;

function atMost(parameter: string, value: number, max: number): number {
  if (value > max) throw new QueueInputError(parameter, value, `at most ${max}`);
  return value;
}

/** A copy of `a` in a zero-filled array of `size` elements (state vectors grow as the queue does). */
function grown(a: Float64Array<ArrayBuffer>, size: number): Float64Array<ArrayBuffer> {
  const b = new Float64Array(size);
  b.set(a);
  return b;
}
