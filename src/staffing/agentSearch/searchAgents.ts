import type { AgentProblem } from './AgentProblem.js';
import { CONSTRAINT_COUNT, type Point } from './constraints.js';

/** The result of {@link searchAgents}: the fewest agents and the points at n and n − 1. */
export interface SearchResult {
  n: number;
  atHiN: Point;
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
 * iterations is a hard stop. Erlang C loads below 8 Erlangs first walk up from nLow one agent
 * at a time (at most 512 steps, each O(1)).
 */
export function searchAgents(p: AgentProblem, maxAgents: number): SearchResult | undefined {
  if (p.erlangC && p.load < WALK_BELOW) {
    const walked = walkUp(p, maxAgents);
    if (walked !== 'too far') return walked;
  }
  return secantSearch(p, maxAgents);
}

/** The search of {@link searchAgents} from the square-root estimate (kept apart: a small load's walk never compiles it). */
function secantSearch(p: AgentProblem, maxAgents: number): SearchResult | undefined {
  let loN = p.nLow - 1; // largest n known to fail (nLow − 1 is infeasible by construction)
  let hiN = Infinity; // smallest n known to meet
  let lo: Point | undefined;
  let hi: Point | undefined;
  let current = p.atInt(Math.min(p.estimate(), maxAgents));
  let prev: Point | undefined;
  let step = Math.max(2, Math.ceil(Math.sqrt(p.load) / 2));
  let sameSide = 0;
  let lastSide = 0;
  let width = Infinity; // bracket width at the last halving
  let stale = 0;
  for (let iter = 0; iter < 400; iter++) {
    const side = current.met ? 1 : -1;
    if (current.met && current.x < hiN) {
      hiN = current.x;
      hi = current;
    } else if (!current.met && current.x > loN) {
      loN = current.x;
      lo = current;
    }
    sameSide = side === lastSide ? sameSide + 1 : 0;
    lastSide = side;
    if (hiN - loN <= 1) break;
    if (loN >= maxAgents) return undefined; // no team of at most maxAgents meets the target
    const guess = prev === undefined ? Number.NaN : secantRoot(prev, current);
    let m: number;
    if (hiN === Infinity) {
      // not bracketed: aim for the secant root, at least one step, at most a growing stride
      m = Number.isNaN(guess) ? loN + 1 : Math.ceil(guess);
      if (prev !== undefined && sameSide >= 2) {
        // the secant keeps falling short (concave slack): overshoot it, or stride without one
        m = Number.isNaN(guess) ? Math.max(m, loN + step) : Math.max(Math.ceil(2 * guess - current.x), loN + 2 ** sameSide);
        step *= 2;
      }
      m = Math.min(Math.max(m, loN + 1), loN + 4 * step, maxAgents);
    } else if (lo === undefined && loN === p.nLow - 1 && hiN - loN > 2) {
      // only met points so far: walk down toward the root, bounded below by nLow
      m = Number.isNaN(guess) ? hiN - 1 : Math.ceil(guess);
      if (prev !== undefined && sameSide >= 2) {
        m = Number.isNaN(guess) ? Math.min(m, hiN - step) : Math.min(Math.floor(2 * guess - current.x), hiN - 2 ** sameSide);
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
        const push = Math.max(Math.abs(inside - current.x) * 2 ** (2 * sameSide - 3), 2 ** (sameSide - 2));
        m = Math.round(current.met ? inside - push : inside + push);
      } else m = Math.ceil(inside);
      m = Math.min(Math.max(m, loN + 1), hiN - 1);
    }
    if (m === current.x) m = current.met ? m - 1 : m + 1;
    prev = current;
    current = p.atInt(m);
  }
  if (hi === undefined || hiN - loN > 1) throw new Error('requiredAgents: search did not converge (please report)');
  return { n: hiN, atHiN: hi, below: lo !== undefined && lo.x === hiN - 1 ? lo : undefined };
}

/**
 * Erlang C loads below this many Erlangs walk up from nLow one agent at a time: each step is one
 * O(1) step of the Erlang B recursion, and the two or three steps to the answer cost less than
 * the square-root estimate and the secant steps would (measured: from about 10 Erlangs on, the
 * walk's extra points cost more than they save).
 */
const WALK_BELOW = 8;

/**
 * Fewest agents by walking up from nLow (Erlang C, small loads), at most 512 steps (then
 * `'too far'`: the general search takes over); undefined when more than `maxAgents` are needed.
 */
function walkUp(p: AgentProblem, maxAgents: number): SearchResult | undefined | 'too far' {
  let below: Point | undefined;
  let current = p.atInt(p.nLow);
  for (let step = 0; !current.met; step++) {
    if (current.x >= maxAgents) return undefined;
    if (step === 512) return 'too far';
    below = current;
    current = p.atInt(current.x + 1);
  }
  return { n: current.x, atHiN: current, below };
}

/**
 * Secant estimate of where every constraint is met: the largest of the per-constraint secant
 * roots through two points (the binding constraint can change between them); NaN when a
 * constraint failing at `cur` gives no usable slope.
 */
function secantRoot(prev: Point, current: Point): number {
  let guess = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < CONSTRAINT_COUNT; i++) {
    const s1 = current.slack[i] as number;
    const s0 = prev.slack[i] as number;
    if (s1 === Infinity && s0 === Infinity) continue; // absent or vacuous
    const slope = (s1 - s0) / (current.x - prev.x);
    if (Number.isFinite(slope) && slope > 0) guess = Math.max(guess, current.x - s1 / slope);
    else if (!current.metEach[i] || !prev.metEach[i]) return Number.NaN;
  }
  return guess === Number.NEGATIVE_INFINITY ? Number.NaN : guess;
}
