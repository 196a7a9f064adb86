import { TrackerEventError } from '../TrackerEventError.js';
import { MAX_NAMED_AGENTS } from '../tracker/AgentBoard.js';
import { MAX_AGENTS } from '../tracker/checkEvent.js';
import type { CallId, QueueEvent } from '../tracker/QueueEvent.js';
import type { Tracker } from '../tracker/Tracker.js';
import type { AgentRoster } from './AgentRoster.js';
import type { AgentSync } from './AgentSync.js';

/** What {@link CentreAgents} asks of its centre: a queue's tracker takes an event, the line takes one, views refreshed. */
interface AgentsCentre {
  forward(queue: string, event: QueueEvent): TrackerEventError | undefined;
  toLine(event: QueueEvent): void;
  refreshViews(queues: Iterable<string>): void;
}

/**
 * The agents' events of a centre ({@link Centre}): log-ins and log-outs by count or by name, an
 * agent on a call seen so in its other queues, and an answer by an agent not known to serve the
 * queue, each kept in the roster and carried into the queues' trackers.
 */
export class CentreAgents {
  constructor(
    private readonly trackers: Map<string, Tracker>,
    private readonly roster: AgentRoster,
    private readonly agents: AgentSync,
    private readonly centre: AgentsCentre,
  ) {}

  /**
   * An agent followed through agent events went on a call (`onCall`) or off it: its other queues
   * see it on the call, then available, as the call's queue does (backends that report every
   * state change send them too, and those apply as they come).
   */
  mirror(agent: CallId, time: number, onCall: boolean): void {
    const state = this.roster.stateOf(agent);
    if (state === undefined || (!onCall && state !== 'on-call')) return;
    this.roster.setState(agent, onCall ? 'on-call' : 'available');
    this.agents.sync(agent, time);
  }

  /** `count` anonymous agents of `queue` logged in or out. */
  queueAgents(queue: string, event: QueueEvent & { type: 'login' | 'logout' }): TrackerEventError | undefined {
    const count = event.count ?? 1;
    if (event.type === 'logout' && count > this.roster.anonymousIn(queue))
      return new TrackerEventError(
        'agents-below-zero',
        'count',
        count,
        `at most ${this.roster.anonymousIn(queue)} (agents of queue ${queue} logged in by count)`,
      );
    const error = this.centre.forward(queue, event);
    if (error !== undefined) return error;
    this.centre.toLine(event);
    this.roster.addAnonymous(queue, event.type === 'login' ? count : -count);
    this.centre.refreshViews([queue]);
    return undefined;
  }

  /** Agent `agent` logged in or out by name: one agent more or less in each queue it serves. */
  namedAgent(agent: CallId, event: QueueEvent & { type: 'login' | 'logout' }): TrackerEventError | undefined {
    const login = event.type === 'login';
    if (this.roster.isLoggedIn(agent) === login)
      return new TrackerEventError('agent-mismatch', 'agent', agent, `an agent ${login ? 'logged out' : 'logged in'} (by name)`);
    if (!this.roster.knows(agent) && this.roster.size >= MAX_NAMED_AGENTS)
      return new TrackerEventError('capacity', 'agent', agent, `at most ${MAX_NAMED_AGENTS} named agents`);
    const queues = [...this.roster.queuesOf(agent)];
    if (login && queues.some((queue) => (this.trackers.get(queue) as Tracker).agents >= MAX_AGENTS))
      return new TrackerEventError('capacity', 'agent', agent, `at most ${MAX_AGENTS} agents in each queue`);
    this.roster.setLoggedIn(agent, login);
    this.agents.sync(agent, event.time, queues);
    this.centre.toLine({ type: event.type, time: event.time });
    this.centre.refreshViews(queues);
    return undefined;
  }

  /**
   * An answer by an agent not known to serve `queue`: the agent serves it from now on (its state or
   * log-in carried into the queue first), unless the queue refuses the answer.
   */
  answerLearning(queue: string, event: QueueEvent, agent: CallId): TrackerEventError | undefined {
    if (!this.roster.knows(agent) && this.roster.size >= MAX_NAMED_AGENTS) return this.centre.forward(queue, event);
    const known = this.roster.knows(agent);
    this.roster.learn(agent, queue);
    this.agents.sync(agent, event.time, [queue]);
    const error = this.centre.forward(queue, event);
    if (error !== undefined) {
      this.roster.unlearn(agent, queue, known);
      this.agents.sync(agent, event.time, [queue]);
    }
    this.centre.refreshViews(this.roster.queuesOf(agent));
    this.centre.refreshViews([queue]);
    return error;
  }
}
