import { nonNegative } from '../math/checks.js';
import { findRoot } from '../math/findRoot.js';
import { normalHazard } from '../math/halfinWhitt.js';
import { QueueInputError } from '../math/QueueInputError.js';
import { logErlangBKernel } from '../models/erlangBKernel.js';

/** Checks a blocking probability in (0, 1]. @internal */
export function checkBlocking(value: unknown): number {
  if (typeof value !== 'number' || !(value > 0 && value <= 1)) {
    throw new QueueInputError('maxBlocking', value, 'a fraction in (0, 1] (with calls, some are always blocked)');
  }
  return value;
}

/**
 * The fewest lines (trunks, IVR ports) such that at most `maxBlocking` of the calls offered
 * `load` Erlangs find every line busy: the smallest n with Erlang B(n, a) ≤ maxBlocking.
 *
 * Starts from the normal approximation B ≈ h(−β)/√a at n = a + β√a (Jagerman 1974; h the normal
 * hazard rate), evaluates Erlang B there exactly once and steps with the recursion
 * B_{k+1} = aB_k/(k+1+aB_k) (Erlang 1917) to the exact answer. Size the load with
 * {@link lineLoad}: callers hold a line in the IVR, in the queue and while they talk.
 *
 * @param load - offered load in Erlangs, ≥ 0
 * @param maxBlocking - largest acceptable blocking probability, in (0, 1]
 * @returns the number of lines, an integer ≥ 0
 * @throws {QueueInputError} on a negative load or a blocking target outside (0, 1]
 * @example
 * requiredLines(33.3, 0.01); // => 45
 * requiredLines(0, 0.01); // => 0
 */
export function requiredLines(load: number, maxBlocking: number): number {
  const a = nonNegative('load', load);
  const p = checkBlocking(maxBlocking);
  if (a === 0 || p === 1) return 0;
  const logP = Math.log(p);
  const sa = Math.sqrt(a);
  const logA = Math.log(a);
  const meets = (n: number, logB: number): boolean => n > 0 && logB <= logP;
  // B(n, a) > 1 − n/a, so every n ≤ a(1 − p) fails: a proven lower bound
  let lo = Math.max(0, Math.floor(a * (1 - p)));
  while (lo > 0 && !(1 - lo / a >= p)) lo--;
  // normal approximation B ≈ h(−β)/√a at n = a + β√a, h the normal hazard rate
  const g = (beta: number): number => Math.log(normalHazard(-beta) / sa) - logP; // decreasing
  const betaLo = -Math.max(30, sa);
  let beta = betaLo;
  if (g(betaLo) > 0) {
    let hi = 1;
    while (g(hi) > 0 && hi < 64) hi *= 2;
    beta = findRoot((b) => -g(b), betaLo, hi, -g(betaLo), -g(hi), 1e-3, 60);
  }
  let n = Math.max(lo + 1, Math.round(a + beta * sa));
  let logB = logErlangBKernel(n, a);
  let hiN = Infinity;
  // exact point, then O(1) recursion steps: up (stable) any distance, down at most 16 steps
  // before a fresh exact evaluation (the downward recursion amplifies errors by 1/(1 − B));
  // far from the answer, gallop and bisect with exact evaluations (each halves the bracket).
  for (let iter = 0; iter < 400; iter++) {
    if (meets(n, logB)) {
      hiN = n;
      let k = 0;
      while (n - 1 > lo && k < 16) {
        const below = Math.log(n) + logB - logA - Math.log1p(-Math.exp(logB));
        if (!(below <= logP)) {
          lo = n - 1;
          break;
        }
        n--;
        logB = below;
        hiN = n;
        k++;
      }
      if (hiN - lo <= 1) return hiN;
      n = k < 16 ? hiN : Math.max(lo + 1, Math.floor((lo + hiN) / 2));
      if (n === hiN) n = hiN - 1;
    } else {
      lo = n;
      let k = 0;
      while (k < 64 && n + 1 < hiN) {
        logB = logA + logB - Math.log(n + 1 + a * Math.exp(logB));
        n++;
        k++;
        if (meets(n, logB)) return n;
        lo = n;
      }
      if (hiN - lo <= 1) return hiN;
      n = hiN === Infinity ? lo + 2 * (lo + 1 - Math.floor(a * (1 - p))) + 64 : Math.floor((lo + hiN) / 2);
    }
    logB = logErlangBKernel(n, a);
  }
  throw new Error('requiredLines: search did not converge (please report)');
}
