import type { QueueMetrics } from '../models/QueueMetrics.js';
import type { ServiceLevelQuestion } from './agentSearch/serviceLevelWalk.js';
import { type RequiredAgentsSearch, searchRequiredAgents } from './requiredAgentsKernel.js';
import type { StaffingResult } from './StaffingResult.js';
import { checkDemand, checkTarget, type StaffingConstraint } from './StaffingTarget.js';

/** The key under which Node's `util.inspect` (and so `console.log`) asks an object how to show itself. */
const INSPECT: unique symbol = /* @__PURE__ */ Symbol.for('nodejs.util.inspect.custom');

/**
 * What {@link requiredAgents} returns: `agents` at once; `fractionalAgents`, `binding` and
 * `metrics` are getters that run the exact search (or its last step, when the search found
 * `agents`) on first access, once per result: the values the search always gave. `JSON.stringify` writes every field (`toJSON`); spreading,
 * `Object.keys` see `agents` only; Node's console (`util.inspect`) shows every field. The class is
 * made in a pure call so that bundles which never staff drop it with its computed console key. @internal
 */
export const LazyStaffingResult: new (
  agents: number,
  answer: ServiceLevelQuestion | RequiredAgentsSearch,
) => StaffingResult & { toJSON(): StaffingResult } = /* @__PURE__ */ (() =>
  class LazyStaffingResult implements StaffingResult {
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

    /** Every field, for Node's console (`console.log(result)`), as `toJSON` gives them. */
    [INSPECT](): StaffingResult {
      return this.toJSON();
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
  })();
