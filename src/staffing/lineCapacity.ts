import { nonNegativeInteger } from '../math/checks.js';
import { findRoot } from '../math/findRoot.js';
import { logErlangBKernel } from '../models/erlangBKernel.js';
import { type BlockingTarget, checkBlocking } from './requiredLines.js';

/**
 * The most traffic `lines` lines carry with at most `target.maxBlocking` of calls blocked: the load a
 * (continuous, Erlangs) with Erlang B(lines, a) = maxBlocking (Erlang 1917). B rises with the
 * load and B(n, a) ≥ 1 − n/a, so the answer lies in (0, n/(1 − maxBlocking)]; found there by a
 * safeguarded secant in ln a to 1e-13 relative.
 *
 * @param lines - number of lines or ports, a non-negative integer
 * @param target - `{ maxBlocking }`: the largest acceptable blocking probability, in (0, 1]
 * @returns the offered load in Erlangs (Infinity when maxBlocking = 1; 0 with no lines)
 * @throws {QueueInputError} on a bad line count or blocking target
 * @example
 * lineCapacity(15, { maxBlocking: 0.01 }); // ≈ 8.108
 * lineCapacity(45, { maxBlocking: 0.01 }); // ≈ 33.432
 */
export function lineCapacity(lines: number, target: BlockingTarget): number {
  const n = nonNegativeInteger('lines', lines);
  const p = checkBlocking(target);
  if (p === 1) return Infinity;
  if (n === 0) return 0;
  const logP = Math.log(p);
  // in u = ln a, for relative accuracy at every size: f(u) = ln B(n, eᵘ) − ln p, increasing
  const f = (u: number): number => logErlangBKernel(n, Math.exp(u)) - logP;
  const uHi = Math.log(n) - Math.log1p(-p); // ln(n/(1 − p)) without overflow at the largest n
  const fHi = f(uHi);
  if (fHi <= 0) return Math.exp(uHi);
  let uLo = uHi - 1;
  let fLo = f(uLo);
  for (let step = 2; fLo >= 0 && step < 4096; step *= 2) {
    uLo = uHi - step; // B(n, a) → 0 as a → 0: ends within 12 doublings
    fLo = f(uLo);
  }
  return Math.exp(findRoot(f, { lo: uLo, hi: uHi, fLo, fHi, tolerance: 1e-14, maxEvaluations: 200 }));
}
