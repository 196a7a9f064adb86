import { findRoot } from '../math/findRoot.js';
import { smallestInteger } from '../math/smallestInteger.js';
import { garnettProbWait, halfinWhittProbWait, logNormalTail, normalHazard } from '../math/halfinWhitt.js';
import { erlangAState, erlangATail } from '../models/erlangAKernel.js';
import { logErlangBKernel } from '../models/erlangBKernel.js';
import { ErlangBRecursion } from '../models/ErlangBRecursion.js';
import type { CheckedDemand, CheckedTarget, StaffingConstraint } from './StaffingTarget.js';

/**
 * The search behind {@link requiredAgents}: constraint values at a real number of agents, a
 * square-root-staffing start, a walk on the integers and the continuous root of the binding
 * constraint. Internal: inputs are checked by the callers.
 */

/** Constraint names in index order. */
export const CONSTRAINTS: readonly StaffingConstraint[] = ['serviceLevel', 'asa', 'maxAbandon', 'maxOccupancy', 'maxProbWait'];
const SL = 0;
const ASA = 1;
const AB = 2;
const OCC = 3;
const PW = 4;

/** Constraint state at x agents: per-constraint log slack (≥ 0 roughly when met) and met flags. */
export interface Point {
  x: number;
  /** ln(limit/value) style slack per constraint, increasing in x; +Infinity when absent. */
  slack: number[];
  /** Exact comparisons value vs target per constraint. */
  metEach: boolean[];
  met: boolean;
  minSlack: number;
}

/**
 * Slack of a probability constraint (value ≥ target when `atLeast`, else value ≤ target) as a
 * difference of log-odds, ln(v/(1 − v)) against the target's `logitTarget`: increasing in agents,
 * 0 exactly at the target, and never flat where the value rounds to 0 or 1 (the value and its
 * complement each keep their digits), which would stall the secant steps. `logValue` and
 * `logComplement` are ln v and ln(1 − v).
 */
function probSlack(atLeast: boolean, logitTarget: number, logValue: number, logComplement: number): number {
  const d = logValue - logComplement - logitTarget;
  return atLeast ? d : -d;
}

/** ln(p/(1 − p)). */
function logit(p: number): number {
  return Math.log(p) - Math.log1p(-p);
}

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
    this.logitTargets = [logit(target.serviceLevel), Number.NaN, logit(target.maxAbandon), Number.NaN, logit(target.maxProbWait)];
    // Patience beyond 1e290 handle times: x = nμ/θ would overflow; Erlang C is the limit there
    // (abandonment below 1e-290 of the wait) and the search runs on it
    this.erlangC = patience === Infinity || patience / handleTime > 1e290 || arrivalRate * patience === Infinity;
    this.active = [
      !Number.isNaN(target.serviceLevel),
      !Number.isNaN(target.asa),
      !Number.isNaN(target.maxAbandon) && !this.erlangC,
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
    for (let i = 0; i < 5; i++) {
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
    for (let i = 0; i < 5; i++) {
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
      const sl = (gap * (1 - b)) / denom + c * -Math.expm1(-drain * t.answerTime);
      metEach[SL] = sl >= t.serviceLevel;
      slack[SL] = this.logMiss - (logC - drain * t.answerTime);
    }
    if (this.active[ASA]) {
      metEach[ASA] = c / drain <= t.asa;
      slack[ASA] = this.logAsa - (logC - Math.log(drain));
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
    const st = erlangAState(x, a, (x * patience) / handleTime, y, this.active[ASA]); // ASA moment only when targeted
    const w = st.probWait;
    const served = st.probNoWait + w * st.servedGivenWait;
    if (this.active[SL]) {
      const tail = erlangATail(st, 1 / patience, t.answerTime, handleTime);
      const onTime = st.probNoWait + w * tail.servedOnTime;
      let value: number;
      let miss: number;
      switch (t.definition) {
        case 'serviceLevel':
          value = onTime;
          miss = w * (1 - tail.servedOnTime);
          break;
        case 'offeredServiceLevel':
          value = st.probNoWait + w * tail.offeredOnTime;
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
      const asa = (w * st.servedWaitMoment * patience) / served;
      metEach[ASA] = asa <= t.asa;
      slack[ASA] = Math.log(t.asa) - Math.log(asa);
    }
    if (this.active[AB]) {
      const pab = w * st.abandonGivenWait;
      metEach[AB] = pab <= t.maxAbandon;
      slack[AB] = probSlack(false, this.logitTargets[AB] as number, Math.log(pab), Math.log(served));
    }
    if (this.active[OCC]) {
      const occ = Math.min(1, (a * served) / x);
      metEach[OCC] = occ <= t.maxOccupancy;
      slack[OCC] = Math.log(t.maxOccupancy) - Math.log(occ);
    }
    if (this.active[PW]) {
      metEach[PW] = w <= t.maxProbWait;
      slack[PW] = probSlack(false, this.logitTargets[PW] as number, Math.log(w), Math.log(st.probNoWait));
    }
    return this.finish(x, slack, metEach);
  }

  /**
   * Square-root-staffing start n ≈ a + β√a: β from the Halfin–Whitt (1981) function for Erlang C
   * and the Garnett, Mandelbaum & Reiman (2002) function for Erlang A, solved per constraint;
   * the largest estimate wins.
   */
  estimate(): number {
    const a = this.load;
    const t = this.target;
    const sa = Math.sqrt(a);
    const h = this.demand.handleTime;
    const r = this.erlangC ? Infinity : Math.sqrt(this.demand.patience / h);
    const pw = (beta: number): number => (this.erlangC ? halfinWhittProbWait(beta) : garnettProbWait(beta, r));
    const lo = this.erlangC ? 1e-9 : -sa; // n ≥ 0
    const betas: number[] = [];
    // g(β) increasing in β; root = the margin meeting the constraint (approximately)
    const solve = (g: (beta: number) => number): void => {
      // bracket from β = 0 outward by doubling steps (at most 6 each way), then a secant
      let lo1 = 0;
      let hi1 = 0;
      let gLo = g(0);
      let gHi = gLo;
      if (gLo >= 0) {
        for (let step = 0.5; gLo >= 0; step *= 2) {
          if (lo1 <= lo) return; // met even with no agents: no estimate from this constraint
          hi1 = lo1;
          gHi = gLo;
          lo1 = Math.max(lo, -step);
          gLo = g(lo1);
        }
      } else {
        for (let step = 0.5; gHi < 0; step *= 2) {
          if (step > 64) break;
          lo1 = hi1;
          gLo = gHi;
          hi1 = step;
          gHi = g(hi1);
        }
        if (gHi < 0) return;
      }
      betas.push(findRoot(g, { lo: lo1, hi: hi1, fLo: gLo, fHi: gHi, tolerance: Math.min(0.02, 0.25 / sa), maxEvaluations: 40 }));
    };
    // Erlang A, given a wait: the scaled queue X = (Q − n)/√n is a normal N(−βr², r²) truncated
    // to x > 0 (the QED diffusion of Garnett et al. 2002), and the offered wait V ≈ X/(μ√a).
    const mu = 1 / h;
    const theta = 1 / this.demand.patience;
    const meanWaitA = (beta: number): number => (r * normalHazard(beta * r) - beta * r * r) / (mu * sa);
    if (this.active[SL] && t.serviceLevel > 0) {
      const c = t.answerTime * mu * sa;
      solve((beta) => {
        if (this.erlangC) {
          return Math.log1p(-t.serviceLevel) - Math.log(pw(beta)) + ((Math.max(beta, 0) * sa) / h) * t.answerTime;
        }
        // P(V > t | wait) = Φ̄(u)/Φ̄(v), u = c/r + βr, v = βr, in logs (no underflow)
        const u = c / r + beta * r;
        const v = beta * r;
        const late = Math.exp(logNormalTail(u) - logNormalTail(v));
        const leave = theta * Math.min(t.answerTime, meanWaitA(beta)); // hang up before t
        return Math.log1p(-t.serviceLevel) - Math.log(pw(beta) * Math.min(1, late + leave));
      });
    }
    if (this.active[ASA]) {
      solve((beta) => {
        if (this.erlangC) return Math.log(t.asa) - Math.log(pw(beta)) + Math.log((Math.max(beta, 0) * sa) / h);
        return Math.log(t.asa) - Math.log(pw(beta) * meanWaitA(beta));
      });
    }
    if (this.active[AB]) {
      // P(abandon) ≈ w(β, r)·[h(βr) − βr]/(r√a) (Garnett, Mandelbaum & Reiman 2002)
      solve((beta) => Math.log(t.maxAbandon) - Math.log(pw(beta)) - Math.log((normalHazard(beta * r) - beta * r) / (r * sa)));
    }
    if (this.active[PW]) solve((beta) => Math.log(t.maxProbWait) - Math.log(pw(beta)));
    let n = 0;
    for (const beta of betas) n = Math.max(n, a + beta * sa);
    if (this.active[OCC]) n = Math.max(n, a / t.maxOccupancy);
    if (!this.erlangC) n = Math.max(n, this.fluidEstimate());
    return Math.max(this.nLow, Math.ceil(n));
  }

  /**
   * Erlang A estimate of the efficiency-driven (overloaded) regime, where the square-root
   * estimate breaks down: with n < a agents the fluid model has every caller who stays wait
   * V = patience·ln(a/n) and a share n/a answered (Whitt 2006, "Fluid models for multiserver
   * queues with abandonments"). The smallest n meeting each constraint in that model.
   */
  private fluidEstimate(): number {
    const a = this.load;
    const t = this.target;
    const patience = this.demand.patience;
    let share = 0; // n/a needed
    if (this.active[SL] && t.serviceLevel > 0) {
      share = Math.exp(-t.answerTime / patience); // V ≤ t
      if (t.definition === 'serviceLevel') share = Math.max(share, t.serviceLevel);
    }
    if (this.active[ASA]) share = Math.max(share, Math.exp(-t.asa / patience));
    if (this.active[AB]) share = Math.max(share, 1 - t.maxAbandon);
    return a * share;
  }
}

/** The result of {@link searchAgents}: the fewest agents and the points at n and n − 1. */
export interface SearchResult {
  n: number;
  atN: Point;
  /** The point at n − 1 when n − 1 ≥ nLow (it fails); undefined when n = nLow. */
  below: Point | undefined;
}

/**
 * Fewest integer agents n ≥ nLow meeting every constraint: start at the estimate, probe the
 * neighbour, then secant steps (the largest of the per-constraint secant roots) aimed at ⌈root⌉
 * and ⌈root⌉ − 1. Until the answer is bracketed, steps that keep landing on one side overshoot
 * the secant root by growing strides (galloping); once bracketed, the same overshoot unsticks a
 * one-sided approach, and bisection takes over without an estimate or when three steps in a row
 * failed to halve the bracket. Bounded: the strides double, so the gallop reaches `maxAgents`
 * in about 60 steps, and a bracket below 2⁵³ is closed in at most 4 × 53 steps; 400
 * iterations is a hard stop.
 */
export function searchAgents(p: AgentProblem, maxAgents: number): SearchResult | undefined {
  let loN = p.nLow - 1; // largest n known to fail (nLow − 1 is infeasible by construction)
  let hiN = Infinity; // smallest n known to meet
  let lo: Point | undefined;
  let hi: Point | undefined;
  let cur = p.atInt(Math.min(p.estimate(), maxAgents));
  let prev: Point | undefined;
  let step = Math.max(2, Math.ceil(Math.sqrt(p.load) / 2));
  let sameSide = 0;
  let lastSide = 0;
  let width = Infinity; // bracket width at the last halving
  let stale = 0;
  for (let iter = 0; iter < 400; iter++) {
    const side = cur.met ? 1 : -1;
    if (cur.met && cur.x < hiN) {
      hiN = cur.x;
      hi = cur;
    } else if (!cur.met && cur.x > loN) {
      loN = cur.x;
      lo = cur;
    }
    sameSide = side === lastSide ? sameSide + 1 : 0;
    lastSide = side;
    if (hiN - loN <= 1) break;
    if (loN >= maxAgents) return undefined; // no team of at most maxAgents meets the target
    const guess = prev === undefined ? Number.NaN : secantRoot(prev, cur);
    let m: number;
    if (hiN === Infinity) {
      // not bracketed: aim for the secant root, at least one step, at most a growing stride
      m = Number.isNaN(guess) ? loN + 1 : Math.ceil(guess);
      if (prev !== undefined && sameSide >= 2) {
        // the secant keeps falling short (concave slack): overshoot it, or stride without one
        m = Number.isNaN(guess) ? Math.max(m, loN + step) : Math.max(Math.ceil(2 * guess - cur.x), loN + 2 ** sameSide);
        step *= 2;
      }
      m = Math.min(Math.max(m, loN + 1), loN + 4 * step, maxAgents);
    } else if (lo === undefined && loN === p.nLow - 1 && hiN - loN > 2) {
      // only met points so far: walk down toward the root, bounded below by nLow
      m = Number.isNaN(guess) ? hiN - 1 : Math.ceil(guess);
      if (prev !== undefined && sameSide >= 2) {
        m = Number.isNaN(guess) ? Math.min(m, hiN - step) : Math.min(Math.floor(2 * guess - cur.x), hiN - 2 ** sameSide);
        step *= 2;
      }
      m = Math.max(Math.min(m, hiN - 1), loN + 1, hiN - 4 * step);
    } else {
      // bracketed: regula falsi through the bracket's ends; when one end sticks, overshoot the
      // root by a growing multiple of the last step; bisect without an estimate or when three
      // steps in a row failed to halve the bracket (at most four steps per halving)
      if (hiN - loN <= width / 2) {
        width = hiN - loN;
        stale = 0;
      } else stale++;
      let inside = guess > loN && guess < hiN ? guess : Number.NaN;
      if (Number.isNaN(inside) && lo !== undefined && hi !== undefined) inside = secantRoot(lo, hi);
      if (Number.isNaN(inside) || stale >= 3) m = Math.floor((loN + hiN) / 2);
      else if (sameSide >= 2) {
        const push = Math.max(Math.abs(inside - cur.x) * 2 ** (2 * sameSide - 3), 2 ** (sameSide - 2));
        m = Math.round(cur.met ? inside - push : inside + push);
      } else m = Math.ceil(inside);
      m = Math.min(Math.max(m, loN + 1), hiN - 1);
    }
    if (m === cur.x) m = cur.met ? m - 1 : m + 1;
    prev = cur;
    cur = p.atInt(m);
  }
  if (hi === undefined || hiN - loN > 1) throw new Error('requiredAgents: search did not converge (please report)');
  return { n: hiN, atN: hi, below: lo !== undefined && lo.x === hiN - 1 ? lo : undefined };
}

/**
 * Secant estimate of where every constraint is met: the largest of the per-constraint secant
 * roots through two points (the binding constraint can change between them); NaN when a
 * constraint failing at `cur` gives no usable slope.
 */
function secantRoot(prev: Point, cur: Point): number {
  let guess = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < 5; i++) {
    const s1 = cur.slack[i] as number;
    const s0 = prev.slack[i] as number;
    if (s1 === Infinity && s0 === Infinity) continue; // absent or vacuous
    const slope = (s1 - s0) / (cur.x - prev.x);
    if (Number.isFinite(slope) && slope > 0) guess = Math.max(guess, cur.x - s1 / slope);
    else if (!cur.metEach[i] || !prev.metEach[i]) return Number.NaN;
  }
  return guess === Number.NEGATIVE_INFINITY ? Number.NaN : guess;
}

/**
 * The continuous agents and binding constraint, given the integer answer; the root to within
 * `tolerance` agents (and never finer than 8 ulps of n).
 */
export function fractionalRoot(
  p: AgentProblem,
  s: SearchResult,
  tolerance = 1e-9,
): { x: number; binding: StaffingConstraint | 'stability' } {
  const n = s.n;
  let left: Point;
  if (s.below !== undefined) left = s.below;
  else if (n - 1 > p.lowerX) left = p.atInt(n - 1);
  else left = p.failing(p.lowerX);
  const from = left.x;
  let best = p.erlangC ? p.load : 0;
  let binding: StaffingConstraint | 'stability' = 'stability';
  if (p.erlangC && p.active[OCC] && p.load / p.target.maxOccupancy > best) {
    best = p.load / p.target.maxOccupancy;
    binding = 'maxOccupancy';
  }
  const tol = Math.max(tolerance, 8 * Number.EPSILON * n);
  // Erlang C: integer neighbours cost O(1) each through the recursion; from 30 Erlangs on, eight
  // of them (n − 4 … n + 3) pin the root within 1e-10 agents (the slack is smooth over one
  // agent, curvature about 1/a), so no exact evaluation at a fractional point is needed; none
  // when the caller skips the refinement (an infinite tolerance takes the first estimate)
  const wing = p.erlangC && tolerance < Infinity ? (p.load >= 30 ? 4 : 2) : 0;
  for (let j = 2; j <= wing; j++) if (n - j > p.lowerX) p.atInt(n - j);
  for (let j = 1; j < wing; j++) p.atInt(n + j);
  for (let i = 0; i < 5; i++) {
    if (!p.active[i] || left.metEach[i]) continue;
    if (i === OCC && p.erlangC) continue; // exact above
    const f = (x: number): number => {
      const pt = p.at(x);
      p.history.push(pt);
      return pt.slack[i] as number;
    };
    // inverse interpolation x(slack) at slack 0 through the nearest known points (Erlang C: the
    // integer neighbours above); when the estimates with and without the
    // farthest point agree within tol, it is the root (a-posteriori error bound);
    // otherwise one exact point at the estimate joins the interpolation
    let root = Number.NaN;
    let near = n - 0.5;
    for (let k = 0; k < 4; k++) {
      const { estimate, error } = interpolateRoot(p.history, i, near, Math.max(4, 2 * wing));
      if (!(estimate > from && estimate <= n)) break;
      if (error <= tol) {
        root = estimate;
        break;
      }
      f(estimate);
      near = estimate;
    }
    if (Number.isNaN(root)) root = findRoot(f, { lo: from, hi: n, fLo: left.slack[i] as number, fHi: s.atN.slack[i] as number, tolerance: tol, maxEvaluations: 60 });
    if (root > best) {
      best = root;
      binding = CONSTRAINTS[i] as StaffingConstraint;
    }
  }
  return { x: Math.min(Math.max(best, n - 1), n), binding };
}

/**
 * Root of slack i by inverse polynomial interpolation (Lagrange) through the `most` known points
 * nearest to `near` with finite, distinct slack; the difference between the estimates from all
 * and from all but the farthest point bounds the error (with two points, a secant without an
 * error bound).
 */
function interpolateRoot(history: readonly Point[], i: number, near: number, most: number): { estimate: number; error: number } {
  // pick the (up to) four nearest points with finite, distinct slack: a selection, no sorting
  const xs: number[] = [];
  const ss: number[] = [];
  for (let k = 0; k < most; k++) {
    let best = -1;
    let bestD = Infinity;
    for (let j = 0; j < history.length; j++) {
      const q = history[j] as Point;
      const sq = q.slack[i] as number;
      const d = Math.abs(q.x - near);
      if (d < bestD && Number.isFinite(sq) && !xs.includes(q.x) && !ss.includes(sq)) {
        best = j;
        bestD = d;
      }
    }
    if (best < 0) break;
    const q = history[best] as Point;
    xs.push(q.x);
    ss.push(q.slack[i] as number);
  }
  if (xs.length < 2) return { estimate: Number.NaN, error: Infinity };
  const at = (k: number): number => {
    let x = 0;
    for (let j = 0; j < k; j++) {
      let w = 1;
      for (let m = 0; m < k; m++) if (m !== j) w *= (0 - (ss[m] as number)) / ((ss[j] as number) - (ss[m] as number));
      x += w * (xs[j] as number);
    }
    return x;
  };
  const hi = at(xs.length);
  if (xs.length === 2) return { estimate: hi, error: Infinity }; // a secant: no error estimate yet
  const lo = at(xs.length - 1);
  return { estimate: hi, error: Number.isFinite(hi) && Number.isFinite(lo) ? Math.abs(hi - lo) : Infinity };
}
