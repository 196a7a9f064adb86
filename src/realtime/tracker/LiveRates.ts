import { ONE_SIDED_5_PERCENT } from '../../math/criticalValues.js';
import { wilsonLowerBound } from '../../math/wilsonLowerBound.js';
import type { ClassLine } from './ClassLine.js';
import { MAX_ABS_TIME } from './checkEvent.js';
import type { SnapshotFields } from './SnapshotFields.js';
import { MAX_CLASSES } from './WaitingLine.js';

/** Names of the exponentially weighted sums, as the snapshot writes them. */
const RATE_FIELDS = [
  'exposure',
  'abandons',
  'waited',
  'handleSum',
  'handleCount',
  'answersWaiting',
  'agentExposure',
  'idleJoins',
  'idleJoinsAnsweredAtOnce',
] as const;

/** The largest live sum a snapshot may carry. */
const LARGEST = 1e300;

/**
 * Live rates as a snapshot writes them: the weighted sums by name, and per class index [arrivals,
 * overtakes, seconds waited, served waits, served, last served wait (null: none)].
 */
export type SavedRates = Record<(typeof RATE_FIELDS)[number], number> & { classes: (number | null)[][] };

/**
 * The live estimates as exponentially weighted sums that decay with the clock (half-life
 * `halfLife`): arrivals per priority class, abandonment (abandons ÷ total time waited, the
 * censored-data estimate of 1/patience), handle time, and the answering capacity learned from
 * what happens: answers of waiting callers ÷ agent-seconds with someone waiting.
 */
export class LiveRates {
  /** Weighted arrivals per class index. */
  private readonly arrivals: Float64Array = new Float64Array(MAX_CLASSES);
  /** Weighted overtakes per class index: callers of higher classes answered ahead of the class's longest-waiting caller, who joined before them. */
  private readonly overtakes: Float64Array = new Float64Array(MAX_CLASSES);
  /** Weighted seconds per class index during which a caller of the class waited. */
  private readonly classWaiting: Float64Array = new Float64Array(MAX_CLASSES);
  /** Weighted sum per class index of the waits of its callers who waited and were answered. */
  private readonly servedWaits: Float64Array = new Float64Array(MAX_CLASSES);
  /** Weighted count per class index of its callers who waited and were answered. */
  private readonly served: Float64Array = new Float64Array(MAX_CLASSES);
  /** Wait per class index of its last caller who waited and was answered (−1: none). */
  private readonly lastServed: Float64Array = new Float64Array(MAX_CLASSES).fill(-1);
  /** Weighted seconds observed. */
  private exposure = 0;
  /** Weighted abandons. */
  private abandons = 0;
  /** Weighted caller-seconds spent waiting. */
  private waited = 0;
  /** Weighted sum of handle times. */
  private handleSum = 0;
  /** Weighted count of completions. */
  private handleCount = 0;
  /** Weighted answers of callers who waited. */
  private answersWaiting = 0;
  /** Weighted agent-seconds (working agents) while someone waited. */
  private agentExposure = 0;
  /** Weighted joins while agents logged in minus busy looked idle (backends without agent states). */
  private idleJoins = 0;
  /** Of those, the ones answered at once. */
  private idleJoinsAnsweredAtOnce = 0;
  private readonly tau: number;
  /** The last answer of {@link LiveRates.idleAgentsAnswer} and what it was computed from. */
  private readonly trust = { joins: -1, atOnce: -1, quantile: -1, answer: false };

  /**
   * Rates decay with half-life `halfLife` seconds; the arrival rates start from the prior of no
   * arrivals over `priorSeconds` seconds (a Gamma–Poisson pseudo-exposure that decays as the data
   * accumulates, so that a rate is never one measured over a second).
   */
  constructor(halfLife: number, priorSeconds: number) {
    this.tau = halfLife / Math.LN2;
    this.exposure = priorSeconds;
  }

  /** Lets `dt` seconds pass with `waiting` callers waiting, `agents` working agents and the classes' lines `lines`. */
  advance(dt: number, waiting: number, agents: number, lines: readonly ClassLine[]): void {
    if (!(dt > 0)) return;
    const decay = Math.exp(-dt / this.tau);
    const span = this.tau * (1 - decay);
    // indexed: a for…of here and in the loops below ran an iterator per event, which the tracker's first thousands of events pay for in full before V8 optimizes them (replay)
    for (let k = 0; k < lines.length; k++) {
      const line = lines[k] as ClassLine;
      const i = line.index;
      (this.arrivals[i] as number) *= decay;
      (this.overtakes[i] as number) *= decay;
      (this.servedWaits[i] as number) *= decay;
      (this.served[i] as number) *= decay;
      this.classWaiting[i] = (this.classWaiting[i] as number) * decay + (line.size > 0 ? span : 0);
    }
    this.exposure = this.exposure * decay + span;
    this.abandons *= decay;
    this.waited = this.waited * decay + waiting * span;
    this.handleSum *= decay;
    this.handleCount *= decay;
    this.answersWaiting *= decay;
    this.agentExposure = this.agentExposure * decay + (waiting > 0 ? agents * span : 0);
    this.idleJoins *= decay;
    this.idleJoinsAnsweredAtOnce *= decay;
  }

  /** Arrivals per second, all classes. */
  arrivalRate(): number {
    if (!(this.exposure > 0)) return 0;
    let sum = 0;
    for (let i = 0; i < MAX_CLASSES; i++) sum += this.arrivals[i] as number;
    return sum / this.exposure;
  }

  /** Arrivals per second of the classes (among `lines`, highest first) above `priority`. */
  arrivalRateAbove(lines: readonly ClassLine[], priority: number): number {
    let sum = 0;
    for (let k = 0; k < lines.length; k++) {
      const c = lines[k] as ClassLine;
      if (c.priority <= priority) break;
      sum += this.arrivals[c.index] as number;
    }
    return this.exposure > 0 ? sum / this.exposure : 0;
  }

  /** A caller of class index `classIndex` joined. */
  arrived(classIndex: number): void {
    (this.arrivals[classIndex] as number) += 1;
  }

  /** A call in service completed after `handleTime` seconds. */
  completed(handleTime: number): void {
    this.handleSum += handleTime;
    this.handleCount += 1;
  }

  /** A waiting caller hung up. */
  abandoned(): void {
    this.abandons += 1;
  }

  /**
   * A caller who waited `waitedFor` seconds up to now was lost (its end event never came): its share
   * of the caller-seconds waited (what it added, decayed to now) is taken back out of the
   * patience estimate, which it would otherwise stretch.
   */
  lost(waitedFor: number): void {
    this.waited = Math.max(0, this.waited - this.tau * (1 - Math.exp(-waitedFor / this.tau)));
  }

  /** A caller who found "idle" logged-in agents left the queue (`atOnce`: answered without waiting). */
  idleJoinLeft(atOnce: boolean): void {
    this.idleJoins += 1;
    if (atOnce) this.idleJoinsAnsweredAtOnce += 1;
  }

  /**
   * Counts the answer of a caller of class `priority` who joined at `joinTime` as an overtake of
   * each lower class (among `lines`) whose longest-waiting caller joined before it.
   */
  noteOvertakes(lines: readonly ClassLine[], priority: number, joinTime: number): void {
    for (let k = 0; k < lines.length; k++) {
      const line = lines[k] as ClassLine;
      if (line.priority >= priority || line.size === 0) continue;
      if (line.headJoin() < joinTime) (this.overtakes[line.index] as number) += 1;
    }
  }

  /**
   * Overtakes per second of class index `classIndex` while one of its callers waits, learned from
   * what happens, with `prior` (per second) weighing as `handleTime` seconds of observation.
   */
  overtakeRate(classIndex: number, prior: number, handleTime: number): number {
    return ((this.overtakes[classIndex] as number) + prior * handleTime) / ((this.classWaiting[classIndex] as number) + handleTime);
  }

  /** A caller of class index `classIndex` was answered after waiting `wait` seconds (> 0). */
  servedAfter(classIndex: number, wait: number): void {
    this.answersWaiting += 1;
    (this.servedWaits[classIndex] as number) += wait;
    (this.served[classIndex] as number) += 1;
    this.lastServed[classIndex] = wait;
  }

  /** The wait of the last caller of class index `classIndex` who waited and was answered, else of the highest class (among `lines`) with one; −1: none. */
  lastServedWait(classIndex: number, lines: readonly ClassLine[]): number {
    const own = classIndex < 0 ? -1 : (this.lastServed[classIndex] as number);
    if (own >= 0) return own;
    for (const c of lines) if ((this.lastServed[c.index] as number) >= 0) return this.lastServed[c.index] as number;
    return -1;
  }

  /** The recent mean wait (seconds) of the callers of class index `classIndex` who waited and were answered; −1 when none. */
  recentWait(classIndex: number): number {
    const n = this.served[classIndex] as number;
    return n > 0 ? (this.servedWaits[classIndex] as number) / n : -1;
  }

  /** Mean handle time, seconds, with the prior as one pseudo-completion. */
  handleTime(prior: number): number {
    return (this.handleSum + prior) / (this.handleCount + 1);
  }

  /** Abandonment rate θ per waiting caller per second (1/patience), with the prior as one pseudo-abandon. */
  theta(priorPatience: number): number {
    if (priorPatience !== Infinity) return (this.abandons + 1) / (this.waited + priorPatience);
    return this.abandons > 0 && this.waited > 0 ? this.abandons / this.waited : 0;
  }

  /**
   * Answers per working agent per second while callers wait: the rate learned from answers (with
   * one pseudo-answer per `handleTime`), pooled with 1/`handleTime` by inverse variance (on the log
   * scale, Poisson counts) when the two agree within two standard errors, as when every agent
   * answers; the learned rate alone when they do not.
   */
  answerRatePerAgent(handleTime: number): number {
    const learned = (this.answersWaiting + 1) / (this.agentExposure + handleTime);
    const weightLearned = this.answersWaiting + 1;
    const weightHandle = this.handleCount + 1;
    const gap = Math.log(learned * handleTime);
    if (gap * gap > 4 * (1 / weightLearned + 1 / weightHandle)) return learned;
    return Math.exp((weightLearned * Math.log(learned) - weightHandle * Math.log(handleTime)) / (weightLearned + weightHandle));
  }

  /**
   * Whether "logged in minus busy" agents have lately been really idle: the share of the joins that
   * found such agents and were answered at once (prior: one that was) is significantly at least
   * `quantile` (the announced quantile; Wilson's lower bound at the 5% level), so that announcing
   * "now" to such a caller holds at that quantile. Where agents at work also take breaks and
   * after-call work, the share wavers around the quantile, and a caller who then waits must not
   * have been told "now" on a share of a few lucky joins.
   */
  idleAgentsAnswer(quantile: number): boolean {
    // Asked once per caller by estimateAll: the bound is recomputed only when its inputs change.
    const t = this.trust;
    if (t.joins !== this.idleJoins || t.atOnce !== this.idleJoinsAnsweredAtOnce || t.quantile !== quantile) {
      t.joins = this.idleJoins;
      t.atOnce = this.idleJoinsAnsweredAtOnce;
      t.quantile = quantile;
      t.answer = wilsonLowerBound(t.atOnce + 1, t.joins + 1, ONE_SIDED_5_PERCENT) >= quantile;
    }
    return t.answer;
  }

  /** The sums, the first `classes` class indexes' among them, for a snapshot. */
  save(classes: number): SavedRates {
    const saved = { classes: [] as (number | null)[][] } as SavedRates;
    for (const name of RATE_FIELDS) saved[name] = this[name];
    for (let i = 0; i < classes; i++) {
      const last = this.lastServed[i] as number;
      saved.classes.push([
        this.arrivals[i] as number,
        this.overtakes[i] as number,
        this.classWaiting[i] as number,
        this.servedWaits[i] as number,
        this.served[i] as number,
        last >= 0 ? last : null,
      ]);
    }
    return saved;
  }

  /** Loads what {@link LiveRates.save} wrote (at most `classes` class indexes). */
  restore(f: SnapshotFields, classes: number): void {
    for (const name of RATE_FIELDS) this[name] = f.get(name, 0, LARGEST);
    const rows = f.array('classes');
    if (rows.length > classes) throw f.error('classes', rows.length, `at most ${classes} classes (the waiting line's)`);
    rows.forEach((row, i) => {
      const [arrivals, overtakes, waited, servedWaits, served, last] = f.array('classes', row, 6);
      this.arrivals[i] = f.number('classes.arrivals', arrivals, 0, LARGEST);
      this.overtakes[i] = f.number('classes.overtakes', overtakes, 0, LARGEST);
      this.classWaiting[i] = f.number('classes.waited', waited, 0, LARGEST);
      this.servedWaits[i] = f.number('classes.servedWaits', servedWaits, 0, LARGEST);
      this.served[i] = f.number('classes.served', served, 0, LARGEST);
      this.lastServed[i] = last === null || Number.isNaN(last) ? -1 : f.number('classes.lastServedWait', last, 0, 2 * MAX_ABS_TIME);
    });
  }
}
