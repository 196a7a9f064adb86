import { fractionExcluding, nonNegative, plainObject } from '../math/checks.js';
import { findRoot } from '../math/findRoot.js';
import { normalHazard } from '../math/normalHazard.js';
import { QueueInputError } from '../math/QueueInputError.js';
import { smallestInteger } from '../math/smallestInteger.js';
import { ErlangBRecursion } from '../models/ErlangBRecursion.js';
import { logErlangBKernel } from '../models/erlangBKernel.js';

/** What a group of lines must achieve. */
export interface BlockingTarget {
  /** Largest acceptable fraction of calls that find every line busy, in (0, 1]. */
  readonly maxBlocking: number;
}

/** Checks a {@link BlockingTarget}, returning its blocking probability in (0, 1]. @internal */
export function checkBlocking(target: unknown): number {
  const value = plainObject('target', target).maxBlocking;
  return fractionExcluding(
    0,
    'target.maxBlocking',
    value,
    'a fraction in (0, 1] (with calls, some are always blocked)',
    'infeasible-target',
  );
}

/**
 * The fewest lines (trunks, IVR ports) such that at most `maxBlocking` of the calls offered
 * `load` Erlangs find every line busy (`target.maxBlocking`): the smallest n with Erlang B(n, a) ≤ maxBlocking.
 *
 * Starts from the normal approximation B ≈ h(−β)/√a at n = a + β√a (Jagerman 1974; h the normal
 * hazard rate), evaluates Erlang B there exactly once and steps with the recursion
 * B_{k+1} = aB_k/(k+1+aB_k) (Erlang 1917) to the exact answer; bounded for every load. Size the load with
 * {@link lineLoad}: callers hold a line in the IVR, in the queue and while they talk.
 *
 * @param load - offered load in Erlangs, ≥ 0 (finite)
 * @param target - `{ maxBlocking }`: the largest acceptable blocking probability, in (0, 1]
 * @returns the number of lines, an integer ≥ 0
 * @throws {QueueInputError} on a bad load or a blocking target outside (0, 1]
 * @example
 * requiredLines(33.3, { maxBlocking: 0.01 }); // => 45
 * requiredLines(0, { maxBlocking: 0.01 }); // => 0
 */
export function requiredLines(load: number, target: BlockingTarget): number {
  const a = nonNegative('load', load);
  const p = checkBlocking(target);
  if (a === 0 || p === 1) return 0;
  const logP = Math.log(p);
  const sa = Math.sqrt(a);
  // normal approximation B ≈ h(−β)/√a at n = a + β√a, h the normal hazard rate
  const g = (beta: number): number => Math.log(normalHazard(-beta) / sa) - logP; // decreasing
  const betaLo = -Math.max(30, sa);
  let beta = betaLo;
  if (g(betaLo) > 0) {
    let hi = 1;
    while (g(hi) > 0 && hi < 64) hi *= 2;
    beta = findRoot((b) => -g(b), { lo: betaLo, hi, tolerance: 1e-3, maxEvaluations: 60 });
  }
  // one exact evaluation at the estimate, then O(1) recursion steps to the exact answer
  const recursion = new ErlangBRecursion(a);
  let close = Number.NaN; // the last n whose stepped value was within rounding of the target
  const meets = (n: number): boolean => {
    const logB = recursion.logAt(n);
    if (Math.abs(logB - logP) <= 1e-9) close = n;
    return logB <= logP;
  };
  let lines = smallestInteger(meets, { from: 1, to: Number.MAX_VALUE, start: a + beta * sa });
  if (lines === undefined) throw new QueueInputError('load', load, 'a load some finite number of lines carries', 'limit-reached');
  if (close === lines || close === lines - 1) {
    // the recursion's rounding could flip the comparison there: settle it with the exact kernel
    for (let k = 0; k < 64 && logErlangBKernel(lines, a) > logP; k++) lines++;
    if (lines > 1 && logErlangBKernel(lines - 1, a) <= logP) lines--;
  }
  return lines;
}
