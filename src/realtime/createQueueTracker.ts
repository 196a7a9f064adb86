import { nonNegativeInteger, plainObject, positive, positiveOrInfinite, unitInterval } from '../math/checks.js';
import { QueueInputError } from '../math/QueueInputError.js';
import { offeredWait } from './estimateWait.js';
import { normalQuantile } from '../math/normalQuantile.js';
import { PointWait } from './PointWait.js';
import { TrackerEventError } from './TrackerEventError.js';
import type { WaitEstimate } from './WaitEstimate.js';
import { reciprocalSquareSum, reciprocalSum } from '../math/waitSums.js';

/** A call's identifier as the backend knows it. */
export type CallId = string | number;

/** One thing that happened, at `time` seconds on the backend's clock (never read by the tracker). */
export type QueueEvent =
  | {
      /** A caller entered the queue. */
      type: 'joined';
      /** When it happened, in seconds on the backend's clock; never earlier than the previous event. */
      time: number;
      /** The call it concerns. */
      id: CallId;
    }
  | {
      /** A waiting caller was answered by an agent. */
      type: 'answered';
      /** When it happened, in seconds on the backend's clock; never earlier than the previous event. */
      time: number;
      /** The call it concerns. */
      id: CallId;
    }
  | {
      /** A waiting caller hung up before being answered. */
      type: 'abandoned';
      /** When it happened, in seconds on the backend's clock; never earlier than the previous event. */
      time: number;
      /** The call it concerns. */
      id: CallId;
    }
  | {
      /** An answered call ended (its handle time is now known). */
      type: 'completed';
      /** When it happened, in seconds on the backend's clock; never earlier than the previous event. */
      time: number;
      /** The call it concerns. */
      id: CallId;
    }
  | {
      /** Agents logged in. */
      type: 'login';
      /** When it happened, in seconds on the backend's clock; never earlier than the previous event. */
      time: number;
      /**
       * How many agents logged in (a positive integer).
       * @defaultValue `1`
       */
      count?: number;
    }
  | {
      /** Agents logged out. */
      type: 'logout';
      /** When it happened, in seconds on the backend's clock; never earlier than the previous event. */
      time: number;
      /**
       * How many agents logged out (a positive integer).
       * @defaultValue `1`
       */
      count?: number;
    };

/** The wait predictors a tracker runs side by side. */
export type PredictorName = 'model' | 'les' | 'hol';

/** Options of {@link createQueueTracker}. */
export interface TrackerOptions {
  /**
   * Agents logged in at the start.
   * @defaultValue `0`
   */
  agents?: number;
  /**
   * Prior mean handle time in seconds (one pseudo-observation until completions are seen).
   * @defaultValue `300`
   */
  handleTime?: number;
  /**
   * Prior mean patience in seconds (one pseudo-abandonment; Infinity: none).
   * @defaultValue `Infinity`
   */
  patience?: number;
  /**
   * Half-life in seconds of the exponentially weighted live estimates (arrival rate, handle time, patience).
   * @defaultValue `1800`
   */
  halfLife?: number;
  /**
   * Most callers waiting at once (memory is allocated for this many).
   * @defaultValue `16384`
   */
  capacity?: number;
  /**
   * How many recent answered callers each predictor's error is tracked over (ring buffer).
   * @defaultValue `200`
   */
  history?: number;
  /**
   * The quantile announced, used for the "answered within the announced time" accuracy figure.
   * @defaultValue `0.8`
   */
  announceQuantile?: number;
}

/** Live parameter estimates and counts. */
export interface TrackerStats {
  /** Calls arriving per second (exponentially weighted). */
  readonly arrivalRate: number;
  /** Mean handle time in seconds (exponentially weighted completions). */
  readonly handleTime: number;
  /** Mean patience in seconds: total time waited ÷ abandons (censored-data estimate); Infinity without abandons. */
  readonly patience: number;
  /** Agents logged in. */
  readonly agents: number;
  /** Calls answered and not yet completed. */
  readonly busy: number;
  /** Callers waiting. */
  readonly waiting: number;
  /** Time of the last accepted event (seconds), −Infinity before any. */
  readonly time: number;
  /** Events accepted so far. */
  readonly accepted: number;
  /** Events rejected so far (reported in {@link RecordResult}, state untouched). */
  readonly rejected: number;
}

/** A predictor's accuracy on the recent answered callers (predictions made when they joined). */
export interface PredictorAccuracy {
  /** Callers the figures are over. */
  readonly count: number;
  /** Mean absolute error, seconds. */
  readonly mae: number;
  /** Mean of predicted − actual, seconds (> 0: predicts too long). */
  readonly bias: number;
  /** Root mean squared error, seconds. */
  readonly rmse: number;
  /** Share answered within the announced time (the `announceQuantile` of the prediction). */
  readonly withinAnnounced: number;
}

/** Outcome of {@link QueueTracker.record}. */
export type RecordResult =
  | {
      /** `true`: the event was accepted and applied. */
      readonly ok: true;
    }
  | {
      /** `false`: the event was rejected and the state left unchanged. */
      readonly ok: false;
      /** Why the event was rejected. */
      readonly error: TrackerEventError;
    };

/** One waiting caller's estimate. */
export interface CallerEstimate {
  /** The waiting caller's identifier (as in its `joined` event). */
  readonly id: CallId;
  /** Callers ahead of it. */
  readonly position: number;
  /** Its remaining wait. */
  readonly estimate: WaitEstimate;
}

/** The plain-JSON state of a tracker ({@link QueueTracker.snapshot}). */
export interface TrackerSnapshot {
  /** Snapshot format version (currently always `1`); {@link restoreQueueTracker} rejects others. */
  readonly version: 1;
  /** The options, with an infinite patience written as `null` (JSON has no Infinity). */
  readonly options: Readonly<Record<string, number | null>>;
  /** The live state (estimates' weighted sums, counts, waiting and in-service calls, recent errors); opaque, for {@link restoreQueueTracker}. */
  readonly state: Record<string, unknown>;
}

/** A live queue tracker (see {@link createQueueTracker}). */
export interface QueueTracker {
  /** Applies one event; a bad event is rejected (state untouched) and reported, never thrown. */
  record(event: QueueEvent): RecordResult;
  /** Live estimates and counts. */
  stats(): TrackerStats;
  /** Callers ahead of `id`, or undefined when it is not waiting. */
  position(id: CallId): number | undefined;
  /** The predictor `auto` uses now: the one with the lowest recent mean squared error. */
  chosen(): PredictorName;
  /** Wait estimate for a caller joining now with `ahead` callers in front (default: the queue). */
  predict(ahead?: number, predictor?: PredictorName | 'auto'): WaitEstimate;
  /** Remaining-wait estimate for waiting caller `id` at time `now` (default: last event), or undefined. */
  estimate(id: CallId, predictor?: PredictorName | 'auto', now?: number): WaitEstimate | undefined;
  /** Remaining-wait estimates for every waiting caller, head first. */
  estimateAll(predictor?: PredictorName | 'auto', now?: number): CallerEstimate[];
  /** Accuracy of each predictor and of `auto`. */
  accuracy(): Record<PredictorName | 'auto', PredictorAccuracy>;
  /** The whole state as plain JSON, for {@link restoreQueueTracker}. */
  snapshot(): TrackerSnapshot;
}

const PREDICTORS: readonly PredictorName[] = ['model', 'les', 'hol'];
const NP = 4; // model, les, hol, auto
const LN2 = Math.LN2;

function checkOptions(options: unknown): Required<TrackerOptions> {
  const o = options === undefined ? {} : plainObject('options', options);
  const get = <T>(name: string, fallback: T, check: (p: string, v: unknown) => T): T =>
    o[name] === undefined ? fallback : check(`options.${name}`, o[name]);
  const capacity = get('capacity', 16384, nonNegativeInteger);
  if (capacity < 1 || capacity > 1 << 24) throw new QueueInputError('options.capacity', capacity, 'an integer from 1 to 2^24');
  const history = get('history', 200, nonNegativeInteger);
  if (history < 1 || history > 100_000) throw new QueueInputError('options.history', history, 'an integer from 1 to 100000');
  const announceQuantile = get('announceQuantile', 0.8, unitInterval);
  if (!(announceQuantile > 0 && announceQuantile < 1)) throw new QueueInputError('options.announceQuantile', announceQuantile, 'a probability strictly between 0 and 1');
  return {
    agents: get('agents', 0, nonNegativeInteger),
    handleTime: get('handleTime', 300, positive),
    patience: get('patience', Infinity, positiveOrInfinite),
    halfLife: get('halfLife', 1800, positive),
    capacity,
    history,
    announceQuantile,
  };
}

class Tracker implements QueueTracker {
  private readonly o: Required<TrackerOptions>;
  private readonly tau: number;
  private readonly z: number;
  private readonly cap: number;
  private readonly mask: number;
  // Waiting callers: a ring indexed by join sequence, with a Fenwick tree for positions.
  private readonly rId: (CallId | null)[];
  private readonly rJoin: Float64Array;
  private readonly rPred: Float64Array; // NP predictions (mean) per slot
  private readonly rBand: Float64Array; // NP announced times per slot
  private readonly fen: Int32Array;
  private readonly waiting = new Map<CallId, number>();
  private readonly inService = new Map<CallId, number>();
  private head = 0;
  private next = 0;
  private agents: number;
  private time = -Infinity;
  private accepted = 0;
  private rejected = 0;
  // Exponentially weighted sums.
  private arrivals = 0;
  private exposure = 0;
  private abandons = 0;
  private waited = 0;
  private handleSum = 0;
  private handleCount = 0;
  private lastServedWait = NaN;
  // Error rings per predictor (+ auto).
  private readonly eErr: Float64Array;
  private readonly eWithin: Uint8Array;
  private readonly eCount: Int32Array;
  private readonly eSumSq: Float64Array;
  private readonly eSumAbs: Float64Array;
  private readonly eSum: Float64Array;
  private readonly eWithinSum: Int32Array;
  private readonly ePos: Int32Array;

  constructor(o: Required<TrackerOptions>) {
    this.o = o;
    this.tau = o.halfLife / LN2;
    this.z = normalQuantile(o.announceQuantile);
    let cap = 1;
    while (cap < o.capacity) cap *= 2;
    this.cap = cap;
    this.mask = cap - 1;
    this.rId = new Array<CallId | null>(cap).fill(null);
    this.rJoin = new Float64Array(cap);
    this.rPred = new Float64Array(cap * NP);
    this.rBand = new Float64Array(cap * NP);
    this.fen = new Int32Array(cap + 1);
    this.agents = o.agents;
    const h = o.history;
    this.eErr = new Float64Array(h * NP);
    this.eWithin = new Uint8Array(h * NP);
    this.eCount = new Int32Array(NP);
    this.eSumSq = new Float64Array(NP);
    this.eSumAbs = new Float64Array(NP);
    this.eSum = new Float64Array(NP);
    this.eWithinSum = new Int32Array(NP);
    this.ePos = new Int32Array(NP);
  }

  // ---- Fenwick tree over ring slots ----
  private fenAdd(slot: number, d: number): void {
    for (let i = slot + 1; i <= this.cap; i += i & -i) this.fen[i]! += d;
  }
  private fenPrefix(slot: number): number {
    let s = 0;
    for (let i = slot; i > 0; i -= i & -i) s += this.fen[i]!;
    return s;
  }
  /** Alive callers with sequence in [head, seq). */
  private aheadOf(seq: number): number {
    const a = this.head & this.mask;
    const b = seq & this.mask;
    if (seq - this.head >= this.cap) return this.waiting.size; // cannot happen: capacity checked
    return a <= b ? this.fenPrefix(b) - this.fenPrefix(a) : this.fenPrefix(this.cap) - this.fenPrefix(a) + this.fenPrefix(b);
  }

  // ---- live estimates ----
  private get handleTime(): number {
    return (this.handleSum + this.o.handleTime) / (this.handleCount + 1);
  }
  private get theta(): number {
    const p0 = this.o.patience;
    if (p0 !== Infinity) return (this.abandons + 1) / (this.waited + p0);
    return this.abandons > 0 && this.waited > 0 ? this.abandons / this.waited : 0;
  }
  private get busy(): number {
    return Math.min(this.inService.size, this.agents);
  }

  stats(): TrackerStats {
    const theta = this.theta;
    return {
      arrivalRate: this.exposure > 0 ? this.arrivals / this.exposure : 0,
      handleTime: this.handleTime,
      patience: theta > 0 ? 1 / theta : Infinity,
      agents: this.agents,
      busy: this.busy,
      waiting: this.waiting.size,
      time: this.time,
      accepted: this.accepted,
      rejected: this.rejected,
    };
  }

  private advance(t: number): void {
    if (t === this.time) return;
    if (this.time === -Infinity) {
      this.time = t;
      return;
    }
    const dt = t - this.time;
    const d = Math.exp(-dt / this.tau);
    const w = this.tau * (1 - d);
    this.arrivals *= d;
    this.exposure = this.exposure * d + w;
    this.abandons *= d;
    this.waited = this.waited * d + this.waiting.size * w;
    this.handleSum *= d;
    this.handleCount *= d;
    this.time = t;
  }

  // ---- predictors: mean and sd of the wait of a caller with k ahead, joining now ----
  private modelMeanSd(k: number, out: Float64Array, i: number): void {
    const free = this.agents - this.busy;
    if (k < free) {
      out[i] = 0;
      out[i + 1] = 0;
      return;
    }
    if (this.agents === 0) {
      out[i] = Infinity;
      out[i + 1] = 0;
      return;
    }
    const m = k - free + 1;
    const rate = this.agents / this.handleTime;
    const theta = this.theta;
    if (theta === 0) {
      out[i] = m / rate;
      out[i + 1] = Math.sqrt(m) / rate;
    } else {
      const a = rate / theta;
      out[i] = reciprocalSum(a, m) / theta;
      out[i + 1] = Math.sqrt(reciprocalSquareSum(a, m)) / theta;
    }
  }
  private readonly tmp = new Float64Array(2);

  /** Fills this.pm (NP means) and this.pb (NP announced times) for a caller with k ahead joining now. */
  private readonly pm = new Float64Array(NP);
  private readonly pb = new Float64Array(NP);
  private predictAll(k: number, q: number): void {
    this.modelMeanSd(k, this.tmp, 0);
    const mm = this.tmp[0]!;
    const free = this.agents - this.busy;
    this.pm[0] = mm;
    this.pb[0] = mm + this.z * this.tmp[1]!;
    // LES: the wait of the last caller to enter service.
    const les = k < free ? 0 : Number.isNaN(this.lastServedWait) ? mm : this.lastServedWait;
    this.pm[1] = les;
    this.pb[1] = les + this.z * this.rmse(1, mm);
    // HOL (refined): the head's elapsed wait, scaled to this position: w_h·(k+1)/q.
    let hol: number;
    if (k < free) hol = 0;
    else if (q === 0) hol = mm;
    else hol = ((this.time - this.rJoin[this.head & this.mask]!) * (k + 1)) / q;
    this.pm[2] = hol;
    this.pb[2] = hol + this.z * this.rmse(2, mm);
    const c = this.chosenIndex();
    this.pm[3] = this.pm[c]!;
    this.pb[3] = this.pb[c]!;
  }

  /** Recent RMSE of predictor p (the model's mean as a stand-in before any error is seen). */
  private rmse(p: number, fallback: number): number {
    const n = this.eCount[p]!;
    return n > 0 ? Math.sqrt(this.eSumSq[p]! / n) : fallback;
  }

  private chosenIndex(): number {
    let best = 0;
    let bestMse = Infinity;
    for (let p = 0; p < 3; p++) {
      const n = this.eCount[p]!;
      if (n < Math.min(20, this.o.history)) continue;
      const mse = this.eSumSq[p]! / n;
      if (mse < bestMse) {
        bestMse = mse;
        best = p;
      }
    }
    return best;
  }
  chosen(): PredictorName {
    return PREDICTORS[this.chosenIndex()]!;
  }

  private recordError(p: number, predicted: number, announced: number, actual: number): void {
    if (!Number.isFinite(predicted)) return;
    const h = this.o.history;
    const slot = p * h + this.ePos[p]!;
    const err = predicted - actual;
    const within = actual <= announced ? 1 : 0;
    if (this.eCount[p]! === h) {
      const old = this.eErr[slot]!;
      this.eSumSq[p]! -= old * old;
      this.eSumAbs[p]! -= Math.abs(old);
      this.eSum[p]! -= old;
      this.eWithinSum[p]! -= this.eWithin[slot]!;
    } else {
      this.eCount[p]! += 1;
    }
    this.eErr[slot] = err;
    this.eWithin[slot] = within;
    this.eSumSq[p]! += err * err;
    this.eSumAbs[p]! += Math.abs(err);
    this.eSum[p]! += err;
    this.eWithinSum[p]! += within;
    this.ePos[p] = (this.ePos[p]! + 1) % h;
    // Running sums drift over millions of updates: recompute once per lap of the ring.
    if (this.ePos[p] === 0) this.resum(p);
  }
  private resum(p: number): void {
    const h = this.o.history;
    let sq = 0;
    let ab = 0;
    let s = 0;
    let w = 0;
    for (let i = 0; i < this.eCount[p]!; i++) {
      const e = this.eErr[p * h + i]!;
      sq += e * e;
      ab += Math.abs(e);
      s += e;
      w += this.eWithin[p * h + i]!;
    }
    this.eSumSq[p] = sq;
    this.eSumAbs[p] = ab;
    this.eSum[p] = s;
    this.eWithinSum[p] = w;
  }

  accuracy(): Record<PredictorName | 'auto', PredictorAccuracy> {
    const one = (p: number): PredictorAccuracy => {
      const n = this.eCount[p]!;
      if (n === 0) return { count: 0, mae: NaN, bias: NaN, rmse: NaN, withinAnnounced: NaN };
      return {
        count: n,
        mae: this.eSumAbs[p]! / n,
        bias: this.eSum[p]! / n,
        rmse: Math.sqrt(Math.max(0, this.eSumSq[p]!) / n),
        withinAnnounced: this.eWithinSum[p]! / n,
      };
    };
    return { model: one(0), les: one(1), hol: one(2), auto: one(3) };
  }

  // ---- events ----
  record(event: QueueEvent): RecordResult {
    const error = this.apply(event);
    if (error === undefined) {
      this.accepted += 1;
      return OK;
    }
    this.rejected += 1;
    return { ok: false, error };
  }

  private apply(event: QueueEvent): TrackerEventError | undefined {
    if (typeof event !== 'object' || event === null) return new TrackerEventError('bad-event', 'event', event, 'an event object');
    const t = event.time;
    if (typeof t !== 'number' || !Number.isFinite(t)) return new TrackerEventError('bad-event', 'time', t, 'a finite number of seconds');
    if (t < this.time) return new TrackerEventError('out-of-order', 'time', t, `a time ≥ ${this.time} (the last event)`);
    switch (event.type) {
      case 'login':
      case 'logout': {
        const c = event.count ?? 1;
        if (typeof c !== 'number' || !Number.isInteger(c) || c < 1) return new TrackerEventError('bad-event', 'count', c, 'a positive integer');
        const agents = event.type === 'login' ? this.agents + c : this.agents - c;
        if (agents < 0) return new TrackerEventError('agents-below-zero', 'count', c, `at most ${this.agents} (agents logged in)`);
        this.advance(t);
        this.agents = agents;
        return undefined;
      }
      case 'joined':
      case 'answered':
      case 'abandoned':
      case 'completed':
        break;
      default:
        return new TrackerEventError('bad-event', 'type', (event as { type?: unknown }).type, "'joined', 'answered', 'abandoned', 'completed', 'login' or 'logout'");
    }
    const id = event.id;
    if (!(typeof id === 'string' || (typeof id === 'number' && Number.isFinite(id)))) {
      return new TrackerEventError('bad-event', 'id', id, 'a string or a finite number');
    }
    if (event.type === 'joined') {
      if (this.waiting.has(id) || this.inService.has(id)) return new TrackerEventError('duplicate-call', 'id', id, 'a call not already in the queue or in service');
      if (this.waiting.size >= this.o.capacity || this.next - this.head >= this.cap) {
        return new TrackerEventError('capacity', 'id', id, `room in the queue (capacity ${this.o.capacity})`);
      }
      this.advance(t);
      const k = this.waiting.size;
      this.predictAll(k, k);
      const seq = this.next++;
      const slot = seq & this.mask;
      this.rId[slot] = id;
      this.rJoin[slot] = t;
      for (let p = 0; p < NP; p++) {
        this.rPred[slot * NP + p] = this.pm[p]!;
        this.rBand[slot * NP + p] = this.pb[p]!;
      }
      this.fenAdd(slot, 1);
      this.waiting.set(id, seq);
      this.arrivals += 1;
      return undefined;
    }
    if (event.type === 'completed') {
      const start = this.inService.get(id);
      if (start === undefined) return new TrackerEventError('unknown-call', 'id', id, 'a call in service (answered, not completed)');
      this.advance(t);
      this.inService.delete(id);
      this.handleSum += t - start;
      this.handleCount += 1;
      return undefined;
    }
    const seq = this.waiting.get(id);
    if (seq === undefined) return new TrackerEventError('unknown-call', 'id', id, 'a waiting call');
    this.advance(t);
    const slot = seq & this.mask;
    const wait = t - this.rJoin[slot]!;
    this.waiting.delete(id);
    this.fenAdd(slot, -1);
    this.rId[slot] = null;
    while (this.head < this.next && this.rId[this.head & this.mask] === null) this.head++;
    if (event.type === 'abandoned') {
      this.abandons += 1;
      return undefined;
    }
    this.lastServedWait = wait;
    for (let p = 0; p < NP; p++) this.recordError(p, this.rPred[slot * NP + p]!, this.rBand[slot * NP + p]!, wait);
    this.inService.set(id, t);
    // Completions that never come must not grow memory: forget the oldest beyond a bound.
    if (this.inService.size > 4 * this.agents + 1024) {
      const oldest = this.inService.keys().next().value as CallId;
      this.inService.delete(oldest);
    }
    return undefined;
  }

  // ---- queries ----
  position(id: CallId): number | undefined {
    const seq = this.waiting.get(id);
    return seq === undefined ? undefined : this.aheadOf(seq);
  }

  private pick(predictor: PredictorName | 'auto' | undefined): number {
    if (predictor === undefined || predictor === 'auto') return this.chosenIndex();
    const i = PREDICTORS.indexOf(predictor);
    if (i < 0) throw new QueueInputError('predictor', predictor, "'model', 'les', 'hol' or 'auto'");
    return i;
  }

  private probAnswered(k: number): number {
    const theta = this.theta;
    if (this.agents === 0) return 0;
    const free = this.agents - this.busy;
    if (k < free || theta === 0) return 1;
    const rate = this.agents / this.handleTime;
    return rate / (rate + (k - free + 1) * theta);
  }

  private remaining(p: number, k: number, q: number, elapsed: number): WaitEstimate {
    if (p === 0) return offeredWait(k, this.agents, this.handleTime, this.theta > 0 ? 1 / this.theta : Infinity, Math.max(0, this.agents - this.busy));
    const free = this.agents - this.busy;
    let mean: number;
    if (k < free) mean = 0;
    else if (p === 1) mean = Number.isNaN(this.lastServedWait) ? NaN : Math.max(0, this.lastServedWait - elapsed);
    else mean = q === 0 ? NaN : ((this.time - this.rJoin[this.head & this.mask]!) * (k + 1)) / q;
    if (Number.isNaN(mean)) return this.remaining(0, k, q, elapsed);
    const n = this.eCount[p]!;
    return new PointWait(mean, n > 0 ? Math.sqrt(this.eSumSq[p]! / n) : 0, this.probAnswered(k));
  }

  predict(ahead?: number, predictor?: PredictorName | 'auto'): WaitEstimate {
    const k = ahead === undefined ? this.waiting.size : nonNegativeInteger('ahead', ahead);
    const p = this.pick(predictor);
    if (p === 0) return this.remaining(0, k, k, 0);
    this.predictAll(k, this.waiting.size);
    const n = this.eCount[p]!;
    return new PointWait(this.pm[p]!, n > 0 ? Math.sqrt(this.eSumSq[p]! / n) : 0, this.probAnswered(k));
  }

  estimate(id: CallId, predictor?: PredictorName | 'auto', now?: number): WaitEstimate | undefined {
    const seq = this.waiting.get(id);
    if (seq === undefined) return undefined;
    const p = this.pick(predictor);
    const t = now ?? this.time;
    return this.remaining(p, this.aheadOf(seq), this.waiting.size, t - this.rJoin[seq & this.mask]!);
  }

  estimateAll(predictor?: PredictorName | 'auto', now?: number): CallerEstimate[] {
    const p = this.pick(predictor);
    const t = now ?? this.time;
    const q = this.waiting.size;
    const out: CallerEstimate[] = [];
    let k = 0;
    for (let s = this.head; s < this.next; s++) {
      const slot = s & this.mask;
      const id = this.rId[slot];
      if (id === null || id === undefined) continue;
      out.push({ id, position: k, estimate: this.remaining(p, k, q, t - this.rJoin[slot]!) });
      k++;
    }
    return out;
  }

  // ---- persistence ----
  snapshot(): TrackerSnapshot {
    const calls: [CallId, number, number[], number[]][] = [];
    for (let s = this.head; s < this.next; s++) {
      const slot = s & this.mask;
      const id = this.rId[slot];
      if (id === null || id === undefined) continue;
      calls.push([id, this.rJoin[slot]!, Array.from(this.rPred.subarray(slot * NP, slot * NP + NP)), Array.from(this.rBand.subarray(slot * NP, slot * NP + NP))]);
    }
    const errors: number[][] = [];
    const within: number[][] = [];
    const h = this.o.history;
    for (let p = 0; p < NP; p++) {
      // Oldest first, so a restore replays them in order.
      const n = this.eCount[p]!;
      const start = n === h ? this.ePos[p]! : 0;
      const e: number[] = [];
      const w: number[] = [];
      for (let i = 0; i < n; i++) {
        const j = p * h + ((start + i) % h);
        e.push(this.eErr[j]!);
        w.push(this.eWithin[j]!);
      }
      errors.push(e);
      within.push(w);
    }
    return {
      version: 1,
      options: { ...this.o, patience: this.o.patience === Infinity ? null : this.o.patience },
      state: {
        time: this.time === -Infinity ? null : this.time,
        agents: this.agents,
        accepted: this.accepted,
        rejected: this.rejected,
        arrivals: this.arrivals,
        exposure: this.exposure,
        abandons: this.abandons,
        waited: this.waited,
        handleSum: this.handleSum,
        handleCount: this.handleCount,
        lastServedWait: Number.isNaN(this.lastServedWait) ? null : this.lastServedWait,
        calls,
        inService: Array.from(this.inService.entries()),
        errors,
        within,
      },
    };
  }

  /** Loads a snapshot's state (checked by the caller's try/catch: any bad field throws). */
  load(s: Record<string, unknown>): void {
    const num = (name: string, allowNull = false): number => {
      const v = s[name];
      if (allowNull && v === null) return NaN;
      if (typeof v !== 'number' || !Number.isFinite(v)) throw new QueueInputError(`snapshot.state.${name}`, v, 'a finite number');
      return v;
    };
    const time = num('time', true);
    this.time = Number.isNaN(time) ? -Infinity : time;
    this.agents = nonNegativeInteger('snapshot.state.agents', s.agents);
    this.accepted = num('accepted');
    this.rejected = num('rejected');
    this.arrivals = num('arrivals');
    this.exposure = num('exposure');
    this.abandons = num('abandons');
    this.waited = num('waited');
    this.handleSum = num('handleSum');
    this.handleCount = num('handleCount');
    this.lastServedWait = num('lastServedWait', true);
    const calls = s.calls;
    if (!Array.isArray(calls) || calls.length > this.o.capacity) throw new QueueInputError('snapshot.state.calls', calls, 'an array of waiting calls within capacity');
    for (const c of calls as unknown[]) {
      if (!Array.isArray(c) || c.length !== 4) throw new QueueInputError('snapshot.state.calls', c, '[id, joinTime, predictions, announced]');
      const [id, join, pred, band] = c as [unknown, unknown, unknown, unknown];
      if (!(typeof id === 'string' || typeof id === 'number') || typeof join !== 'number' || !Array.isArray(pred) || !Array.isArray(band) || this.waiting.has(id)) {
        throw new QueueInputError('snapshot.state.calls', c, '[id, joinTime, predictions, announced] with distinct ids');
      }
      const seq = this.next++;
      const slot = seq & this.mask;
      this.rId[slot] = id;
      this.rJoin[slot] = join;
      for (let p = 0; p < NP; p++) {
        this.rPred[slot * NP + p] = Number(pred[p] ?? NaN);
        this.rBand[slot * NP + p] = Number(band[p] ?? NaN);
      }
      this.fenAdd(slot, 1);
      this.waiting.set(id, seq);
    }
    const inService = s.inService;
    if (!Array.isArray(inService)) throw new QueueInputError('snapshot.state.inService', inService, 'an array of [id, answerTime]');
    for (const e of inService as unknown[]) {
      if (!Array.isArray(e) || e.length !== 2 || typeof e[1] !== 'number') throw new QueueInputError('snapshot.state.inService', e, '[id, answerTime]');
      this.inService.set(e[0] as CallId, e[1]);
    }
    const errors = s.errors;
    const within = s.within;
    if (!Array.isArray(errors) || !Array.isArray(within) || errors.length !== NP || within.length !== NP) {
      throw new QueueInputError('snapshot.state.errors', errors, `${NP} arrays of recent errors`);
    }
    for (let p = 0; p < NP; p++) {
      const e = errors[p] as unknown;
      const w = within[p] as unknown;
      if (!Array.isArray(e) || !Array.isArray(w) || e.length !== w.length) throw new QueueInputError('snapshot.state.errors', e, 'arrays of numbers');
      const from = Math.max(0, e.length - this.o.history);
      for (let i = from; i < e.length; i++) {
        const err = Number(e[i]);
        if (!Number.isFinite(err)) throw new QueueInputError('snapshot.state.errors', e[i], 'a finite number');
        // Replay: an error err with "within" flag w ⇔ predicted = err, actual = 0, announced = 0 or −1.
        this.recordError(p, err, w[i] ? 0 : -1, 0);
      }
    }
  }
}

const OK: RecordResult = Object.freeze({ ok: true });

/**
 * A live queue tracker for telephony backends: it consumes timestamped events (a call joined, was
 * answered, hung up, completed; agents logged in or out), keeps bounded state (ring buffers sized
 * by `capacity` and `history`, no timers, no clock reads), and provides live estimates of arrival
 * rate, handle time and patience (abandons ÷ total time waited, the censored-data estimate), each
 * waiting caller's position, wait predictors — the model (Erlang A offered wait fed with the live
 * estimates), last-to-enter-service (LES) and head-of-line (HOL, scaled to the position), after
 * Ibrahim & Whitt (2009) — and `auto`, which uses the predictor with the lowest recent squared error
 * on answered callers. Each predictor's accuracy is kept (MAE, bias, RMSE, share answered within
 * the announced time). Bad events are rejected with a {@link TrackerEventError} in the result,
 * never thrown, and leave the state unchanged.
 *
 * @param options - {@link TrackerOptions}
 * @returns a {@link QueueTracker}
 * @throws {@link QueueInputError} for bad options
 * @example
 * const tracker = createQueueTracker({ agents: 2, handleTime: 240 });
 * tracker.record({ type: 'joined', time: 0, id: 'a' }).ok; // => true
 * tracker.record({ type: 'answered', time: -5, id: 'a' }).ok; // => false
 * tracker.position('a'); // => 0
 */
export function createQueueTracker(options?: TrackerOptions): QueueTracker {
  return new Tracker(checkOptions(options));
}

/**
 * A tracker restored from {@link QueueTracker.snapshot} (after a restart, from a plain JSON copy):
 * the same estimates, waiting callers, positions and predictor accuracy.
 *
 * @param snapshot - what `snapshot()` returned, possibly through JSON
 * @returns the restored {@link QueueTracker}
 * @throws {@link QueueInputError} when the snapshot is not one
 * @example
 * const a = createQueueTracker({ agents: 1 });
 * a.record({ type: 'joined', time: 3, id: 7 }).ok; // => true
 * restoreQueueTracker(JSON.parse(JSON.stringify(a.snapshot()))).position(7); // => 0
 */
export function restoreQueueTracker(snapshot: TrackerSnapshot): QueueTracker {
  const s = plainObject('snapshot', snapshot);
  if (s.version !== 1) throw new QueueInputError('snapshot.version', s.version, '1');
  const so = plainObject('snapshot.options', s.options);
  const o = checkOptions(so.patience === null ? { ...so, patience: Infinity } : so);
  const t = new Tracker(o);
  t.load(plainObject('snapshot.state', s.state));
  return t;
}
