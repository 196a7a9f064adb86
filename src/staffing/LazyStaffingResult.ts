import type { QueueMetrics } from '../models/QueueMetrics.js';
import type { ServiceLevelQuestion } from './agentSearch/serviceLevelWalk.js';
import { requiredAgentsKernel } from './requiredAgentsKernel.js';
import type { StaffingResult } from './StaffingResult.js';
import { checkDemand, checkTarget, type StaffingConstraint } from './StaffingTarget.js';

/**
 * What {@link requiredAgents} returns: `agents` at once; `fractionalAgents`, `binding` and
 * `metrics` are getters that run the exact search on first access (once per result, then kept:
 * the values the search always gave). `JSON.stringify` writes every field (`toJSON`); spreading,
 * `Object.keys` and the console see `agents` only. (A console method under a computed key would
 * keep the class in every bundle: esbuild cannot drop it.) @internal
 */
export class LazyStaffingResult implements StaffingResult {
  readonly agents: number;
  /** The checked question until a field it does not answer is first read, then the full answer. */
  #answer: ServiceLevelQuestion | StaffingResult;

  /** `answer`: the full answer, or the question whose exact search runs when a field needs it. */
  constructor(agents: number, answer: ServiceLevelQuestion | StaffingResult) {
    this.agents = agents;
    this.#answer = answer;
  }

  get fractionalAgents(): number {
    return this.#solved().fractionalAgents;
  }

  get binding(): StaffingConstraint | 'stability' {
    return this.#solved().binding;
  }

  get metrics(): QueueMetrics {
    return this.#solved().metrics;
  }

  /** Every field as a plain object (what `JSON.stringify` writes). */
  toJSON(): StaffingResult {
    const { fractionalAgents, binding, metrics } = this.#solved();
    return { agents: this.agents, fractionalAgents, binding, metrics };
  }

  #solved(): StaffingResult {
    const q = this.#answer;
    if ('metrics' in q) return q;
    // the question's fields are a demand's and a target's (checking them again costs nothing here)
    const full = requiredAgentsKernel(checkDemand(q), checkTarget(q), 1e9, 'target'); // the default options
    this.#answer = full;
    return full;
  }
}
