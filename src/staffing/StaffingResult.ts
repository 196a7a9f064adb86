import type { QueueMetrics } from '../models/QueueMetrics.js';
import type { StaffingConstraint } from './StaffingTarget.js';

/**
 * The answer of {@link requiredAgents}. From `requiredAgents` itself, `fractionalAgents`,
 * `binding` and `metrics` are getters computed on first read (the same values): `JSON.stringify`
 * writes every field, spreading copies `agents` only.
 */
export interface StaffingResult {
  /** The fewest agents meeting every constraint of the target (an integer). */
  readonly agents: number;
  /**
   * The continuous number of agents at which the binding constraint is met exactly (in
   * (agents − 1, agents]), from the continuous extension of Erlang B in the number of servers
   * (Jagerman 1974); `load` when Erlang C stability binds.
   */
  readonly fractionalAgents: number;
  /**
   * The constraint that decided the answer: met at `agents`, not met at `agents − 1`.
   * `'stability'`: an Erlang C queue needs more agents than Erlangs (or a queue with calls needs
   * one agent) and every constraint is already met there.
   */
  readonly binding: StaffingConstraint | 'stability';
  /** Every metric at `agents`, with service levels at the target's answer time when given. */
  readonly metrics: QueueMetrics;
}
