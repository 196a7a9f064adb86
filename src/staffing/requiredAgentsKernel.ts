import { QueueInputError } from '../math/QueueInputError.js';
import { erlangAMetrics } from '../models/erlangAMetrics.js';
import { erlangCMetrics } from '../models/erlangCMetrics.js';
import type { QueueMetrics } from '../models/QueueMetrics.js';
import { AgentProblem } from './agentSearch/AgentProblem.js';
import { CONSTRAINT_COUNT } from './agentSearch/constraints.js';
import { fractionalRoot } from './agentSearch/fractionalRoot.js';
import { searchAgents } from './agentSearch/searchAgents.js';
import type { StaffingResult } from './StaffingResult.js';
import type { CheckedDemand, CheckedTarget, StaffingConstraint } from './StaffingTarget.js';

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
  const found = searchRequiredAgents(d, t, maxAgentsAsked, where, tolerance);
  const { x, binding } = found.finish();
  return { agents: found.agents, fractionalAgents: x, binding, metrics: found.metrics };
}

/** The exact search's answer before its last step (what {@link searchRequiredAgents} returns). @internal */
export interface RequiredAgentsSearch {
  /** The fewest agents meeting the target. */
  readonly agents: number;
  /** Every metric there. */
  readonly metrics: QueueMetrics;
  /** The search's last step, once: `fractionalAgents` (x) and the binding constraint. */
  readonly finish: () => { x: number; binding: StaffingConstraint | 'stability' };
}

/**
 * The search of {@link requiredAgentsKernel} up to the integer answer and its metrics (every
 * error is thrown here); `finish` continues from the search's state to `fractionalAgents`, so
 * calling it later gives the same values as calling it at once. @internal
 */
export function searchRequiredAgents(
  d: CheckedDemand,
  t: CheckedTarget,
  maxAgentsAsked: number,
  where: string,
  tolerance = 1e-9,
): RequiredAgentsSearch {
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
    return { agents: 0, metrics: metricsAt(0), finish: () => ({ x: 0, binding: 'stability' }) };
  }
  // a load that overflows needs more agents than any limit
  if (!Number.isFinite(d.arrivalRate * d.handleTime)) throw tooMany(where, maxAgents, d.arrivalRate * d.handleTime);
  const problem = new AgentProblem(d, t);
  p = problem;
  if (problem.nLow > maxAgents) throw tooMany(where, maxAgents, d.arrivalRate * d.handleTime);
  const s = searchAgents(problem, maxAgents);
  if (s === undefined) throw tooMany(where, maxAgents, d.arrivalRate * d.handleTime);
  let n = s.n;
  let metrics = metricsAt(n);
  // The search used the same formulas; settle last-digit disagreements with the metrics.
  for (let k = 0; k < 64 && !meets(metrics, t); k++) metrics = metricsAt(++n);
  if (n === s.n && s.below !== undefined && nearMiss(s.below, problem.active)) {
    const m = metricsAt(n - 1);
    if (meets(m, t)) {
      n -= 1;
      metrics = m;
    }
  }
  const agents = n;
  const finish = () =>
    fractionalRoot(problem, agents === s.n ? s : { n: agents, atHiN: problem.atInt(agents), below: undefined }, tolerance);
  return { agents, metrics, finish };
}

/** The largest team the search counts agent by agent (2^52: beyond it n + 1 rounds to n). */
const MAX_COUNTED_AGENTS = 2 ** 52;

/** The error for a target that needs more than `maxAgents` agents: it names the target (`where`), the limit and the offered load in Erlangs (its value). */
function tooMany(where: string, maxAgents: number, load: number): QueueInputError {
  return new QueueInputError(
    where,
    load,
    `met by at most ${maxAgents} agents (options.maxAgents) at its offered load in Erlangs`,
    'limit-reached',
  );
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
