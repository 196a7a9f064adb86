import type { QueueMetrics } from '../models/QueueMetrics.js';
import type { ServiceLevelQuestion } from './agentSearch/serviceLevelWalk.js';
import { requiredAgentsKernel } from './requiredAgentsKernel.js';
import type { StaffingResult } from './StaffingResult.js';
import type { StaffingConstraint } from './StaffingTarget.js';

/**
 * What {@link requiredAgents} returns: `agents` at once; `fractionalAgents`, `binding` and
 * `metrics` are getters that run the exact search on first access (once per result, then kept:
 * the values the search always gave). `toJSON()` (and the console) show every field; spreading
 * copies `agents` only.
 */
class LazyStaffingResult implements StaffingResult {
  readonly agents: number;
  /** The checked question until a field it does not answer is first read, then the full answer. */
  #answer: ServiceLevelQuestion | StaffingResult;

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

  /** Node's console shows every field too (the key it looks for). */
  [Symbol.for('nodejs.util.inspect.custom')](): StaffingResult {
    return this.toJSON();
  }

  #solved(): StaffingResult {
    const q = this.#answer;
    if ('metrics' in q) return q;
    const demand = { arrivalRate: q.arrivalRate, handleTime: q.handleTime, patience: Infinity };
    const target = {
      serviceLevel: q.serviceLevel,
      answerTime: q.answerTime,
      definition: 'serviceLevel' as const,
      asa: Number.NaN,
      maxAbandon: Number.NaN,
      maxOccupancy: Number.NaN,
      maxProbWait: Number.NaN,
    };
    const full = requiredAgentsKernel(demand, target, q.maxAgents, 'target', q.fractionalTolerance);
    this.#answer = full;
    return full;
  }
}

/**
 * The result of {@link requiredAgents}: `agents` now, the other fields from `answer`, the full
 * answer or the question whose exact search runs when they are first read. @internal
 */
export function lazyStaffingResult(agents: number, answer: ServiceLevelQuestion | StaffingResult): StaffingResult {
  return new LazyStaffingResult(agents, answer);
}
