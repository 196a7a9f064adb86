import { optionsObject, positiveInteger, positiveOrInfinite } from '../math/checks.js';
import { QueueInputError } from '../math/QueueInputError.js';
import { erlangAMetrics } from '../models/erlangAMetrics.js';
import { erlangCMetrics } from '../models/erlangCMetrics.js';
import type { QueueMetrics } from '../models/QueueMetrics.js';
import { AgentProblem } from './agentSearch/AgentProblem.js';
import { CONSTRAINT_COUNT } from './agentSearch/constraints.js';
import { fractionalRoot } from './agentSearch/fractionalRoot.js';
import { searchAgents } from './agentSearch/searchAgents.js';
import type { Demand } from './Demand.js';
import type { StaffingResult } from './StaffingResult.js';
import { type CheckedDemand, type CheckedTarget, checkDemand, checkTarget, type StaffingTarget } from './StaffingTarget.js';

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
 *
 * @param demand - `{ arrivalRate (calls/s), handleTime (s), patience? (s) }`
 * @param target - any of `serviceLevel` + `answerTime` (fraction, s), `asa` (s), `maxAbandon`,
 *   `maxOccupancy`, `maxProbWait` (fractions)
 * @param options - `{ maxAgents?, fractionalTolerance? }`
 * @returns `{ agents, fractionalAgents, binding, metrics }` (no calls: 0 agents)
 * @throws {QueueInputError} on bad demand or target, for a target no team can meet (service level
 *   1, ASA 0, a `maxAbandon` of 0) and when more than `maxAgents` agents would be needed
 * @example
 * requiredAgents({ arrivalRate: 100 / 180, handleTime: 180 }, { serviceLevel: 0.8, answerTime: 20 }).agents; // => 107
 * requiredAgents({ arrivalRate: 5, handleTime: 180, patience: 300 }, { serviceLevel: 0.8, answerTime: 20 }).agents; // => 864
 * requiredAgents({ arrivalRate: 100 / 180, handleTime: 180 }, { serviceLevel: 0.8, answerTime: 20 }).binding; // => 'serviceLevel'
 */
export function requiredAgents(demand: Demand, target: StaffingTarget, options: RequiredAgentsOptions = {}): StaffingResult {
  const d = checkDemand(demand);
  const t = checkTarget(target);
  const o = optionsObject(options);
  const maxAgents = o.maxAgents === undefined ? 1e9 : positiveInteger('options.maxAgents', o.maxAgents);
  const tolerance = o.fractionalTolerance === undefined ? 1e-9 : positiveOrInfinite('options.fractionalTolerance', o.fractionalTolerance);
  return requiredAgentsKernel(d, t, maxAgents, 'target', tolerance);
}

/**
 * {@link requiredAgents} for checked input; `where` names the target in errors, `tolerance` is
 * the accuracy of `fractionalAgents` in agents. @internal
 */
export function requiredAgentsKernel(
  d: CheckedDemand,
  t: CheckedTarget,
  maxAgentsAsked: number,
  where: string,
  tolerance = 1e-9,
): StaffingResult {
  // Teams are counted exactly: above 2^52 a step of one agent is lost in rounding.
  const maxAgents = Math.min(maxAgentsAsked, MAX_COUNTED_AGENTS);
  const answerTime = Number.isNaN(t.answerTime) ? undefined : t.answerTime;
  let p: AgentProblem | undefined;
  // the metrics analyze() gives (Erlang C reuses the search's exact kernel value at n, if any)
  const metricsAt = (agents: number): QueueMetrics => {
    const q = { arrivalRate: d.arrivalRate, handleTime: d.handleTime, agents, patience: d.patience };
    return d.patience === Infinity ? erlangCMetrics(q, answerTime, p?.kernelB(agents)) : erlangAMetrics(q, answerTime);
  };
  if (d.arrivalRate === 0) {
    return { agents: 0, fractionalAgents: 0, binding: 'stability', metrics: metricsAt(0) };
  }
  // a load that overflows needs more agents than any limit
  if (!Number.isFinite(d.arrivalRate * d.handleTime)) throw tooMany(where, t, maxAgents);
  p = new AgentProblem(d, t);
  if (p.nLow > maxAgents) throw tooMany(where, t, maxAgents);
  const s = searchAgents(p, maxAgents);
  if (s === undefined) throw tooMany(where, t, maxAgents);
  let n = s.n;
  let metrics = metricsAt(n);
  // The search used the same formulas; settle last-digit disagreements with the metrics.
  for (let k = 0; k < 64 && !meets(metrics, t); k++) metrics = metricsAt(++n);
  if (n === s.n && s.below !== undefined && nearMiss(s.below, p.active)) {
    const m = metricsAt(n - 1);
    if (meets(m, t)) {
      n -= 1;
      metrics = m;
    }
  }
  const { x, binding } = fractionalRoot(p, n === s.n ? s : { n, atHiN: p.atInt(n), below: undefined }, tolerance);
  return { agents: n, fractionalAgents: x, binding, metrics };
}

/** The largest team the search counts agent by agent (2^52: beyond it n + 1 rounds to n). */
const MAX_COUNTED_AGENTS = 2 ** 52;

function tooMany(where: string, t: CheckedTarget, maxAgents: number): QueueInputError {
  return new QueueInputError(where, t, `a target that at most ${maxAgents} agents can meet (options.maxAgents)`, 'limit-reached');
}

/** True when a failing constraint missed by a relative 1e-9 or less (rounding could flip it). */
function nearMiss(pt: { slack: number[]; metEach: boolean[] }, active: boolean[]): boolean {
  for (let i = 0; i < CONSTRAINT_COUNT; i++) {
    if (active[i] && !pt.metEach[i] && Math.abs(pt.slack[i] as number) < 1e-9) return true;
  }
  return false;
}

/** Whether metrics meet every constraint of a checked target (exact comparisons). @internal */
export function meets(m: QueueMetrics, t: CheckedTarget): boolean {
  if (!Number.isNaN(t.serviceLevel)) {
    const sl = m[t.definition];
    if (sl === undefined || !(sl >= t.serviceLevel)) return false;
  }
  if (m.model === 'erlang-c' && !m.stable) return false;
  if (!Number.isNaN(t.asa) && !(m.asa <= t.asa)) return false;
  if (!Number.isNaN(t.maxAbandon) && !(m.probAbandon <= t.maxAbandon)) return false;
  if (!Number.isNaN(t.maxOccupancy) && !(m.occupancy <= t.maxOccupancy)) return false;
  if (!Number.isNaN(t.maxProbWait) && !(m.probWait <= t.maxProbWait)) return false;
  return true;
}
