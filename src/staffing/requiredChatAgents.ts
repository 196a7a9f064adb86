import { plainObject, positiveInteger } from '../math/checks.js';
import { analyze } from '../models/analyze.js';
import type { Demand } from './Demand.js';
import { requiredAgentsKernel } from './requiredAgentsKernel.js';
import type { StaffingResult } from './StaffingResult.js';
import { checkDemand, checkTarget, type StaffingTarget } from './StaffingTarget.js';

/** Options for {@link requiredChatAgents}. */
export interface ChatOptions {
  /**
   * c: the most conversations one agent handles at once (an integer ≥ 1).
   * @defaultValue 2
   */
  concurrency?: number;
}

/** The answer of {@link requiredChatAgents}: agents, plus the conversation slots they give. */
export interface ChatStaffingResult extends StaffingResult {
  /** Conversation slots needed: agents × concurrency ≥ the fewest slots meeting the target. */
  readonly slots: number;
  /** c: conversations one agent handles at once, as used (`options.concurrency` or 2). */
  readonly concurrency: number;
}

/**
 * The fewest chat agents meeting a target when each agent handles up to `concurrency`
 * conversations at once.
 *
 * Model (slots): an agent is c parallel servers ("slots"), each serving one conversation with
 * the mean conversation duration *at concurrency c* (`demand.handleTime`: conversations last
 * longer the more an agent juggles). Conversations queue for the first free slot: Erlang C over
 * slots, or Erlang A with `patience` (customers leave the chat queue). The fewest slots S meeting
 * the target come from `requiredAgents`, and agents = ⌈S/c⌉ (metrics are monotone in slots).
 * Assumptions: Poisson arrivals, exponential durations, any free slot takes the next chat.
 * Conservative when an agent with fewer than c chats works them faster than at c (the usual
 * case): the real queue then drains at least as fast as the model's. With c = 1 it is exactly
 * `requiredAgents`.
 *
 * @param demand - `{ arrivalRate (chats/s), handleTime (s per conversation at full concurrency), patience? (s) }`
 * @param target - as for `requiredAgents` (occupancy is per slot)
 * @param options - `{ concurrency? }`
 * @returns `{ agents, slots, concurrency, fractionalAgents (slots/c), binding, metrics (over slots) }`
 * @throws {QueueInputError} on bad input or a target no team can meet
 * @example
 * requiredChatAgents({ arrivalRate: 300 / 1800, handleTime: 600 }, { serviceLevel: 0.8, answerTime: 60 }, { concurrency: 3 }).agents; // => 36
 * requiredChatAgents({ arrivalRate: 300 / 1800, handleTime: 600 }, { serviceLevel: 0.8, answerTime: 60 }, { concurrency: 3 }).slots; // => 108
 */
export function requiredChatAgents(demand: Demand, target: StaffingTarget, options: ChatOptions = {}): ChatStaffingResult {
  const d = checkDemand(demand);
  const t = checkTarget(target);
  const o = plainObject('options', options);
  const c = positiveInteger('options.concurrency', o.concurrency ?? 2, 'an integer ≥ 1');
  const r = requiredAgentsKernel(d, t, 1e9, 'target');
  const agents = Math.ceil(r.agents / c);
  const slots = agents * c;
  if (slots === r.agents) {
    return { agents, slots, concurrency: c, fractionalAgents: r.fractionalAgents / c, binding: r.binding, metrics: r.metrics };
  }
  // metrics at the rounded-up slot count (more slots than the minimum)
  const q = { arrivalRate: d.arrivalRate, handleTime: d.handleTime, agents: slots, patience: d.patience };
  const metrics = Number.isNaN(t.answerTime) ? analyze(q) : analyze(q, { answerTime: t.answerTime });
  return { agents, slots, concurrency: c, fractionalAgents: r.fractionalAgents / c, binding: r.binding, metrics };
}
