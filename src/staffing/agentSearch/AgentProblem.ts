import { smallestInteger } from '../../math/smallestInteger.js';
import { ErlangBRecursion } from '../../models/ErlangBRecursion.js';
import { erlangAState, erlangATail } from '../../models/erlangAKernel.js';
import { logErlangBKernel } from '../../models/erlangBKernel.js';
import type { CheckedDemand, CheckedTarget } from '../StaffingTarget.js';
import { AB, ASA, CONSTRAINT_COUNT, logit, OCC, type Point, PW, probSlack, SL } from './constraints.js';
import { estimateAgents } from './estimateAgents.js';

/** Everything the search needs about one demand and target. */
export class AgentProblem {
  readonly load: number;
  readonly erlangC: boolean;
  /** Smallest integer agent count worth evaluating (feasibility: stability, ≥ 1 agent). */
  readonly nLow: number;
  /** Infimum of the continuous domain: the load for Erlang C, 0 for Erlang A. */
  readonly lowerX: number;
  readonly active: boolean[];
  /** ln(1 − serviceLevel), ln asa, ln maxProbWait: the constant parts of the Erlang C slacks. */
  private readonly logMiss: number;
  private readonly logAsa: number;
  private readonly logProbWait: number;
  /** ln(maxAbandon × patience): the bound on the mean wait that maxAbandon sets where Erlang C stands in for Erlang A. */
  private readonly logAbandonWait: number;
  /** Log-odds of the service-level, abandonment and probability-of-waiting targets (Erlang A). */
  private readonly logitTargets: number[];
  /** Erlang B at integer agent counts, stepped between neighbours (Erlang C). */
  private readonly recursion: ErlangBRecursion;
  /** Exact evaluations made (for tests and benchmarks). */
  evaluations = 0;
  /** Every point computed so far (for interpolating the continuous root). */
  readonly history: Point[] = [];

  constructor(
    readonly demand: CheckedDemand,
    readonly target: CheckedTarget,
  ) {
    const { arrivalRate, handleTime, patience } = demand;
    this.load = arrivalRate * handleTime;
    this.recursion = new ErlangBRecursion(this.load);
    this.logMiss = Math.log1p(-target.serviceLevel);
    this.logAsa = Math.log(target.asa);
    this.logProbWait = Math.log(target.maxProbWait);
    this.logAbandonWait = Math.log(target.maxAbandon) + Math.log(patience);
    this.logitTargets = [logit(target.serviceLevel), Number.NaN, logit(target.maxAbandon), Number.NaN, logit(target.maxProbWait)];
    // Patience beyond 1e290 handle times: x = nμ/θ would overflow; Erlang C is the limit there
    // (abandonment below 1e-290 of the wait) and the search runs on it, with P(abandon) =
    // meanWait/patience (θ·E[W]) for a maxAbandon target
    this.erlangC = patience === Infinity || patience / handleTime > 1e290 || arrivalRate * patience === Infinity;
    this.active = [
      !Number.isNaN(target.serviceLevel),
      !Number.isNaN(target.asa),
      !Number.isNaN(target.maxAbandon) && patience < Infinity,
      !Number.isNaN(target.maxOccupancy),
      !Number.isNaN(target.maxProbWait),
    ];
    this.lowerX = this.erlangC ? this.load : 0;
    let nLow = this.erlangC ? Math.floor(this.load) + 1 : 1;
    if (this.erlangC && this.active[OCC]) {
      // occupancy a/n ≤ m ⟺ n ≥ a/m; the exact comparison settles rounding (no team when a/m
      // overflows: nLow = ∞, which every caller reports as more than maxAgents)
      const m = target.maxOccupancy;
      const start = this.load / m;
      nLow = smallestInteger((k) => this.load / k <= m, { from: nLow, to: Number.MAX_VALUE, start }) ?? Infinity;
    }
    this.nLow = nLow;
  }

  /** Exact point at real x (one kernel evaluation). */
  at(x: number): Point {
    this.evaluations++;
    if (this.erlangC) {
      if (x <= this.load) return this.failing(x);
      const logB = logErlangBKernel(x, this.load);
      return this.fromLogB(x, logB, Math.exp(logB));
    }
    return this.erlangA(x);
  }

  /**
   * Point at integer n ≥ nLow. Erlang C steps from the previous integer point with the Erlang B
   * recursion in logs (up: B_{k+1} = aB_k/(k+1+aB_k), stable, up to 512 steps; down:
   * B_{k−1} = kB_k/(a(1 − B_k)), which amplifies errors by 1/(1 − B) a step, at most 16 steps),
   * so neighbours cost O(1); far jumps (or Erlang A) evaluate exactly.
   */
  atInt(n: number): Point {
    if (!this.erlangC) {
      const pt = this.at(n);
      this.history.push(pt);
      return pt;
    }
    if (n <= this.load) return this.failing(n);
    const before = this.recursion.evaluations;
    const logB = this.recursion.logAt(n);
    this.evaluations += this.recursion.evaluations - before;
    const b = this.recursion.linearB;
    const pt = this.fromLogB(n, logB, Number.isNaN(b) ? Math.exp(logB) : b);
    this.history.push(pt);
    return pt;
  }

  /**
   * Erlang B at integer n when the exact kernel was evaluated there (the value `erlangBKernel`
   * returns, bit for bit), else undefined: values stepped by the recursion differ in the last
   * digits.
   */
  kernelB(n: number): number | undefined {
    return n === this.recursion.kernelN ? Math.exp(this.recursion.kernelLogB) : undefined;
  }

  /** A point where every non-vacuous constraint fails (below the continuous domain). */
  failing(x: number): Point {
    const slack = [Infinity, Infinity, Infinity, Infinity, Infinity];
    const metEach = [true, true, true, true, true];
    const t = this.target;
    const vacuous = [t.serviceLevel === 0, false, t.maxAbandon === 1, t.maxOccupancy === 1, t.maxProbWait === 1];
    for (let i = 0; i < CONSTRAINT_COUNT; i++) {
      if (this.active[i] && !vacuous[i]) {
        slack[i] = -Infinity;
        metEach[i] = false;
      }
    }
    return this.finish(x, slack, metEach);
  }

  private finish(x: number, slack: number[], metEach: boolean[]): Point {
    let met = true;
    let minSlack = Infinity;
    for (let i = 0; i < CONSTRAINT_COUNT; i++) {
      if (!this.active[i]) continue;
      if (!metEach[i]) met = false;
      const s = slack[i] as number;
      if (s < minSlack) minSlack = s;
    }
    return { x, slack, metEach, met, minSlack };
  }

  /**
   * Erlang C constraint values from ln B, with the formulas of the Erlang C metrics. The slacks
   * are logs of the miss ratio (smooth down to the stability boundary x = a, where C → 1).
   */
  private fromLogB(x: number, logB: number, b: number): Point {
    const a = this.load;
    const t = this.target;
    const h = this.demand.handleTime;
    const rho = a / x;
    const gap = (x - a) / x;
    const denom = gap + rho * b;
    const c = b / denom;
    const logC = logB - Math.log(denom);
    const drain = (x - a) / h;
    const slack = [Infinity, Infinity, Infinity, Infinity, Infinity];
    const metEach = [true, true, true, true, true];
    if (this.active[SL]) {
      const sl = (gap * (1 - b)) / denom + c * (t.answerTime === 0 ? 0 : -Math.expm1(-drain * t.answerTime));
      metEach[SL] = sl >= t.serviceLevel;
      slack[SL] = this.logMiss - (logC - (t.answerTime === 0 ? 0 : drain * t.answerTime));
    }
    if (this.active[ASA]) {
      metEach[ASA] = c / drain <= t.asa;
      slack[ASA] = this.logAsa - (logC - Math.log(drain));
    }
    if (this.active[AB]) {
      metEach[AB] = c / drain / this.demand.patience <= t.maxAbandon;
      slack[AB] = this.logAbandonWait - (logC - Math.log(drain));
    }
    if (this.active[OCC]) {
      metEach[OCC] = rho <= t.maxOccupancy;
      slack[OCC] = Math.log(t.maxOccupancy) - Math.log(rho);
    }
    if (this.active[PW]) {
      metEach[PW] = c <= t.maxProbWait;
      slack[PW] = this.logProbWait - logC;
    }
    return this.finish(x, slack, metEach);
  }

  /**
   * Erlang A constraint values at real x > 0 agents, with the formulas of the Erlang A metrics.
   * Probability slacks are log-odds: deep in overload the chance of waiting rounds to 1.
   */
  private erlangA(x: number): Point {
    if (x <= 0) return this.failing(0);
    const { arrivalRate, handleTime, patience } = this.demand;
    const t = this.target;
    const a = this.load;
    const y = arrivalRate * patience;
    const slack = [Infinity, Infinity, Infinity, Infinity, Infinity];
    const metEach = [true, true, true, true, true];
    const state = erlangAState(x, a, (x * patience) / handleTime, y, this.active[ASA]); // ASA moment only when targeted
    const w = state.probWait;
    const served = state.probNoWait + w * state.servedGivenWait;
    if (this.active[SL]) {
      const tail = erlangATail(state, 1 / patience, t.answerTime, handleTime);
      const onTime = state.probNoWait + w * tail.servedOnTime;
      let value: number;
      let miss: number;
      switch (t.definition) {
        case 'serviceLevel':
          value = onTime;
          miss = w * (1 - tail.servedOnTime);
          break;
        case 'offeredServiceLevel':
          value = state.probNoWait + w * tail.offeredOnTime;
          miss = w * (1 - tail.offeredOnTime);
          break;
        case 'serviceLevelOfAnswered':
          value = onTime / served;
          miss = 1 - value;
          break;
        default:
          value = onTime / (served + w * tail.abandonLate);
          miss = 1 - value;
      }
      metEach[SL] = value >= t.serviceLevel;
      slack[SL] = probSlack(true, this.logitTargets[SL] as number, Math.log(value), Math.log(miss));
    }
    if (this.active[ASA]) {
      const asa = w === 0 ? 0 : (w * state.servedWaitMoment * patience) / served;
      metEach[ASA] = asa <= t.asa;
      slack[ASA] = Math.log(t.asa) - Math.log(asa);
    }
    if (this.active[AB]) {
      const probAbandon = w * state.abandonGivenWait;
      metEach[AB] = probAbandon <= t.maxAbandon;
      slack[AB] = probSlack(false, this.logitTargets[AB] as number, Math.log(probAbandon), Math.log(served));
    }
    if (this.active[OCC]) {
      const occupancy = Math.min(1, (a * served) / x);
      metEach[OCC] = occupancy <= t.maxOccupancy;
      slack[OCC] = Math.log(t.maxOccupancy) - Math.log(occupancy);
    }
    if (this.active[PW]) {
      metEach[PW] = w <= t.maxProbWait;
      slack[PW] = probSlack(false, this.logitTargets[PW] as number, Math.log(w), Math.log(state.probNoWait));
    }
    return this.finish(x, slack, metEach);
  }

  /** Square-root-staffing start (see {@link estimateAgents}). */
  estimate(): number {
    return estimateAgents(this);
  }
}
