import { findRoot } from '../../math/findRoot.js';
import type { StaffingConstraint } from '../StaffingTarget.js';
import type { AgentProblem } from './AgentProblem.js';
import { CONSTRAINT_COUNT, CONSTRAINTS, OCC, type Point } from './constraints.js';
import type { SearchResult } from './searchAgents.js';

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
  for (let i = 0; i < CONSTRAINT_COUNT; i++) {
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
    if (Number.isNaN(root))
      root = findRoot(f, {
        lo: from,
        hi: n,
        fLo: left.slack[i] as number,
        fHi: s.atHiN.slack[i] as number,
        tolerance: tol,
        maxEvaluations: 60,
      });
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
      const slackQ = q.slack[i] as number;
      const d = Math.abs(q.x - near);
      if (d < bestD && Number.isFinite(slackQ) && !xs.includes(q.x) && !ss.includes(slackQ)) {
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
