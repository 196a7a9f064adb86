import type { QueueMetrics } from '../models/QueueMetrics.js';
import type { ServiceLevelQuestion } from './agentSearch/serviceLevelWalk.js';
import { type RequiredAgentsSearch, searchRequiredAgents } from './requiredAgentsKernel.js';
import type { StaffingResult } from './StaffingResult.js';
import { checkDemand, checkTarget, type StaffingConstraint } from './StaffingTarget.js';

/**
 * What {@link requiredAgents} returns: `agents` at once; `fractionalAgents`, `binding` and
 * `metrics` are getters that run the exact search (or its last step, when the search found
 * `agents`) on first access, once per result: the values the search always gave. `JSON.stringify` writes every field (`toJSON`); spreading,
 * `Object.keys` and the console see `agents` only. (A console method under a computed key would
 * keep the class in every bundle: esbuild cannot drop it.) @internal
 */
export class LazyStaffingResult implements StaffingResult {
  readonly agents: number;
  /**
   * The checked question (the walk's) or the exact search short of its last step until a lazy
   * field is first read, then the full answer.
   */
  #answer: ServiceLevelQuestion | RequiredAgentsSearch | StaffingResult;

  constructor(agents: number, answer: ServiceLevelQuestion | RequiredAgentsSearch) {
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
    if ('fractionalAgents' in q) return q;
    // the walk's question is a checked demand's and target's fields: the search with the default options
    const found = 'finish' in q ? q : searchRequiredAgents(checkDemand(q), checkTarget(q), 1e9, 'target');
    const { x, binding } = found.finish();
    const full = { agents: found.agents, fractionalAgents: x, binding, metrics: found.metrics };
    this.#answer = full;
    return full;
  }
}
