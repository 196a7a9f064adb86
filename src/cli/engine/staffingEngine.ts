// Bridge from the command line to the staffing layer: the commands see only these functions,
// and errors of the library come back named after the command-line flags.
import {
  analyze,
  type Demand,
  type Queue,
  QueueInputError,
  type QueueMetrics,
  requiredAgents,
  requiredChatAgents,
  type StaffingTarget,
} from '../../index.js';
import { rethrowAsFlag, TARGET_PARAMETER_FLAGS } from '../flags/libraryError.js';

/** The fewest agents meeting every target. */
export interface StaffAnswer {
  agents: number;
  /** Conversations one agent handles at once (1 for voice). */
  concurrency: number;
  /** Servers of the queue model: agents × concurrency. */
  slots: number;
  /** The continuous number of agents at which the binding target is met exactly. */
  fractionalAgents: number;
  /** Which target decided the answer. */
  binding: string;
  metrics: QueueMetrics;
}

/** Largest team (in slots) the command line searches for. */
export const MAX_AGENTS = 10_000_000;

/**
 * The fewest agents meeting every target, the binding target and the metrics there
 * (`requiredAgents` of the staffing layer; `requiredChatAgents` when one agent handles
 * `concurrency` > 1 conversations at once). Returns `undefined` when more than
 * {@link MAX_AGENTS} slots would be needed; a target no team can meet throws a UsageError naming the flag.
 */
export function fewestAgents(d: Demand, t: StaffingTarget, concurrency = 1): StaffAnswer | undefined {
  try {
    const chat = concurrency === 1 ? undefined : requiredChatAgents(d, t, { concurrency });
    const r = chat ?? requiredAgents(d, t, { maxAgents: MAX_AGENTS });
    const slots = chat === undefined ? r.agents : chat.slots;
    if (slots > MAX_AGENTS) return undefined;
    return { agents: r.agents, concurrency, slots, fractionalAgents: r.fractionalAgents, binding: r.binding, metrics: r.metrics };
  } catch (e) {
    if (e instanceof QueueInputError && e.code === 'limit-reached') return undefined;
    rethrowAsFlag(e, TARGET_PARAMETER_FLAGS);
  }
}

/** The library's {@link Queue}: a demand answered by `agents` agents. */
export function queueOf(d: Demand, agents: number): Queue {
  const q: Queue = { arrivalRate: d.arrivalRate, handleTime: d.handleTime, agents };
  if (d.patience !== undefined) q.patience = d.patience;
  return q;
}

/** Metrics of a given team (`agents` servers: slots for chat) against the targets' answer time. */
export function teamMetrics(d: Demand, agents: number, t: StaffingTarget): QueueMetrics {
  return analyze(queueOf(d, agents), t.answerTime === undefined ? {} : { answerTime: t.answerTime });
}
