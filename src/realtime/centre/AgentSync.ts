import type { AgentState, CallId } from '../tracker/QueueEvent.js';
import type { Tracker } from '../tracker/Tracker.js';
import type { AgentRoster } from './AgentRoster.js';

/**
 * Keeps each queue's tracker's view of the named agents in step with the roster: an agent counts
 * in a queue it serves (its state, or one more agent logged in), except while it is held by a
 * queue it prefers (serves at a lower penalty) that has callers waiting: it then answers that
 * queue's callers first (as an ACD with penalties routes them), so in this one it counts as not
 * ready, or not logged in. A queue's own tracker thus learns and predicts with the agents really
 * free to answer it.
 */
export class AgentSync {
  private readonly trackers: ReadonlyMap<string, Tracker>;
  private readonly roster: AgentRoster;
  /** Per agent logged in by name, the queues it counts in as one more agent logged in. */
  private readonly counted: Map<CallId, Set<string>> = new Map();

  constructor(trackers: ReadonlyMap<string, Tracker>, roster: AgentRoster) {
    this.trackers = trackers;
    this.roster = roster;
  }

  /** Whether `agent` is held from `queue`: a queue it serves at a lower penalty has callers waiting. */
  private held(agent: CallId, queue: string): boolean {
    const own = this.roster.penalty(agent, queue) as number;
    for (const [other, penalty] of this.roster.penalties(agent))
      if (penalty < own && (this.trackers.get(other) as Tracker).waiting > 0) return true;
    return false;
  }

  /**
   * Brings `agent`'s standing in `queues` (default: the queues it serves) in line with the roster,
   * at `time`; `stated`: the agent's state was just reported, and each of its queues takes the
   * report (as a single queue's tracker would, its clock moving on) even when it changes nothing there.
   */
  sync(agent: CallId, time: number, queues: Iterable<string> = this.roster.queuesOf(agent), stated = false): void {
    for (const queue of queues) {
      const tracker = this.trackers.get(queue) as Tracker;
      const serves = this.roster.servesQueue(agent, queue);
      const held = serves && this.held(agent, queue);
      const state = serves ? this.roster.stateOf(agent) : undefined;
      const want: AgentState | undefined = state !== undefined && held ? 'not-ready' : state;
      if (want !== tracker.agentState(agent) || (stated && serves))
        tracker.record({ type: 'agent', time, agent, state: want ?? 'logged-out' });
      const count = serves && this.roster.isLoggedIn(agent) && !held;
      const counted = this.counted.get(agent) ?? new Set<string>();
      if (count === counted.has(queue)) continue;
      if (tracker.record({ type: count ? 'login' : 'logout', time }).ok) {
        if (count) counted.add(queue);
        else counted.delete(queue);
      }
      if (counted.size > 0) this.counted.set(agent, counted);
      else this.counted.delete(agent);
    }
  }

  /** After `queue`'s callers waiting went from none to some or back at `time`: its agents' other queues follow. */
  toggled(queue: string, time: number): void {
    for (const agent of [...this.roster.agentsOf(queue)]) this.sync(agent, time);
  }

  /** Rebuilds the log-ins counted from restored trackers (each agent logged in by name counts where it serves and is not held). */
  rebuild(): void {
    this.counted.clear();
    for (const queue of this.trackers.keys())
      for (const agent of this.roster.agentsOf(queue))
        if (this.roster.isLoggedIn(agent) && !this.held(agent, queue)) {
          const counted = this.counted.get(agent) ?? new Set<string>();
          counted.add(queue);
          this.counted.set(agent, counted);
        }
  }
}
