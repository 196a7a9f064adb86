import { optionsObject, positiveInteger, positiveOrInfinite } from '../math/checks.js';
import { serviceLevelWalk, WALK_MAX_LOAD } from './agentSearch/serviceLevelWalk.js';
import type { Demand } from './Demand.js';
import { LazyStaffingResult } from './LazyStaffingResult.js';
import { searchRequiredAgents } from './requiredAgentsKernel.js';
import type { StaffingResult } from './StaffingResult.js';
import { checkDemand, checkTarget, type StaffingTarget } from './StaffingTarget.js';

/** Options for {@link requiredAgents}. */
export interface RequiredAgentsOptions {
  /**
   * Largest team the search may consider; a target needing more is reported as an error
   * (`code: 'limit-reached'`). Above 2^52 agents no search is made, whatever this says.
   * @defaultValue 1e9
   */
  maxAgents?: number;
  /**
   * Absolute accuracy of `fractionalAgents`, in agents (> 0). Coarser values save exact
   * evaluations at fractional points, e.g. 5e-5 when printing three decimals; `Infinity` skips
   * the refinement: `fractionalAgents` is then the interpolation through the points the search
   * evaluated anyway (still in (agents − 1, agents], error not bounded), for callers that ignore it.
   * @defaultValue 1e-9
   */
  fractionalTolerance?: number;
}

/**
 * The fewest agents that meet every constraint of `target` for `demand`, with the full metrics
 * there, the binding constraint, and the continuous ("fractional") number of agents at which the
 * binding constraint is met exactly.
 *
 * Erlang C (M/M/n) when `patience` is absent or `Infinity`, Erlang A (M/M/n+M; Garnett,
 * Mandelbaum & Reiman 2002) otherwise: with callers who hang up, the answer may lie below the
 * offered load and is found there too. The search starts at the square-root-staffing estimate
 * n ≈ a + β√a (β from the Halfin–Whitt 1981 function for Erlang C, the Garnett function for
 * Erlang A; for overloaded Erlang A queues no lower than Whitt's 2006 fluid model), then
 * walks the integers (Erlang C steps with the Erlang B recursion B_{k+1} = aB_k/(k+1+aB_k) at
 * O(1) each) to the exact minimum: met at n, not met at n − 1.
 * `fractionalAgents` uses Jagerman's (1974) continuous extension of Erlang B in the servers.
 * The everyday question (Erlang C, a service level alone, up to 1,500 Erlangs, no options) is
 * answered in one pass instead: the recursion from one agent up, every team checked with a
 * margin of 1e-9 (closer calls take the search above).
 *
 * `agents` is computed by the call; `fractionalAgents`, `binding` and `metrics` are getters that
 * run the search when one of them is first read (then kept): code that reads only `agents` pays
 * for nothing else. `JSON.stringify` and Node's console show every field; `{ ...result }` and
 * `Object.keys` see `agents` only.
 *
 * @param demand - `{ arrivalRate (calls/s), handleTime (s), patience? (s) }`
 * @param target - any of `serviceLevel` + `answerTime` (fraction, s), `asa` (s), `maxAbandon`,
 *   `maxOccupancy`, `maxProbWait` (fractions)
 * @param options - `{ maxAgents?, fractionalTolerance? }`
 * @returns `{ agents, fractionalAgents, binding, metrics }` (no calls: 0 agents), the last three
 *   computed on first read
 * @throws {QueueInputError} on bad demand or target, for a target no team can meet (service level
 *   1, ASA 0, a `maxAbandon` of 0) and when more than `maxAgents` agents would be needed
 *   (`code: 'limit-reached'`, naming `target`, its `value` the offered load in Erlangs)
 * @example
 * requiredAgents({ arrivalRate: 100 / 180, handleTime: 180 }, { serviceLevel: 0.8, answerTime: 20 }).agents; // => 107
 * requiredAgents({ arrivalRate: 5, handleTime: 180, patience: 300 }, { serviceLevel: 0.8, answerTime: 20 }).agents; // => 864
 * requiredAgents({ arrivalRate: 100 / 180, handleTime: 180 }, { serviceLevel: 0.8, answerTime: 20 }).binding; // => 'serviceLevel'
 */
export function requiredAgents(demand: Demand, target: StaffingTarget, options?: RequiredAgentsOptions): StaffingResult {
  // the everyday question (Erlang C, a service level alone, up to WALK_MAX_LOAD Erlangs, no options)
  // recognised in a few comparisons and answered in one pass, the rest of the answer when read;
  // anything else, bad input included, takes the full checks. Inline and short: V8 compiles a
  // function whole on its first call, and this is what a fresh process's first call compiles
  if (
    options === undefined &&
    typeof demand === 'object' &&
    typeof target === 'object' &&
    demand !== null &&
    target !== null &&
    !Array.isArray(demand) &&
    !Array.isArray(target)
  ) {
    const { arrivalRate, handleTime, patience } = demand;
    const { serviceLevel, answerTime } = target;
    // numbers before any arithmetic (a BigInt would throw a TypeError, not a QueueInputError)
    const load = typeof arrivalRate === 'number' && typeof handleTime === 'number' ? arrivalRate * handleTime : Number.NaN;
    if (
      typeof serviceLevel === 'number' &&
      typeof answerTime === 'number' &&
      // with handleTime > 0, a load in (0, WALK_MAX_LOAD] has both factors positive and finite
      handleTime > 0 &&
      load > 0 &&
      load <= WALK_MAX_LOAD &&
      serviceLevel >= 0 &&
      serviceLevel < 1 &&
      answerTime >= 0 &&
      answerTime < Infinity &&
      (patience === undefined || patience === Infinity) &&
      target.serviceLevelDefinition === undefined &&
      target.asa === undefined &&
      target.maxAbandon === undefined &&
      target.maxOccupancy === undefined &&
      target.maxProbWait === undefined
    ) {
      const agents = serviceLevelWalk(load, 1 - serviceLevel, answerTime / handleTime);
      if (agents > 0) return new LazyStaffingResult(agents, { arrivalRate, handleTime, serviceLevel, answerTime });
    }
  }
  return checkedRequiredAgents(demand, target, options);
}

/**
 * {@link requiredAgents} by the full checks and the exact search, short of `fractionalAgents` until
 * it is read (kept apart: the everyday path never compiles it).
 */
function checkedRequiredAgents(demand: Demand, target: StaffingTarget, options: RequiredAgentsOptions | undefined): StaffingResult {
  const d = checkDemand(demand);
  const t = checkTarget(target);
  const o = optionsObject(options);
  const maxAgents = o.maxAgents === undefined ? 1e9 : positiveInteger('options.maxAgents', o.maxAgents);
  const tolerance = o.fractionalTolerance === undefined ? 1e-9 : positiveOrInfinite('options.fractionalTolerance', o.fractionalTolerance);
  const found = searchRequiredAgents(d, t, maxAgents, 'target', tolerance);
  return new LazyStaffingResult(found.agents, found);
}
