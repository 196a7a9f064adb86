import { MAX_ABS_TIME, MAX_AGENTS } from './checkEvent.js';
import type { AgentState, CallId } from './QueueEvent.js';
import type { SnapshotFields } from './SnapshotFields.js';

/** Most named agents a tracker follows. */
export const MAX_NAMED_AGENTS = 100_000;
/** Most overdue calls remembered for a late completion. */
export const MAX_OVERDUE = 1024;

type Present = Exclude<AgentState, 'logged-out'>;
const PRESENT: ReadonlySet<string> = new Set(['available', 'on-call', 'wrap-up', 'not-ready']);

/** An agent board as a snapshot writes it (calls with their answer times, oldest first; calls in service with the agent who answered them). */
export interface SavedBoard {
  readonly anonymous: number;
  readonly named: [CallId, Present][];
  readonly inService: [CallId, number][];
  readonly overdue: [CallId, number][];
  readonly ties: [CallId, CallId][];
}

/**
 * Who is there to answer: anonymous agents counted by `login`/`logout` events, named agents with
 * their ACD state (available, on a call, wrap-up, not ready), and the calls in service with their
 * answer times, tied to the agent who answered them when `answered` names one (that agent is on
 * the call until its `completed`). In-service calls whose completion is long overdue expire (and
 * free their agent), so a lost `completed` cannot keep an agent busy for ever.
 */
export class AgentBoard {
  /** Agents logged in through `login`/`logout` events. */
  private anonymousAgents: number;
  /** Named agents present, by state. */
  private readonly named: Map<CallId, Present> = new Map();
  /** Calls answered and not completed, with their answer times, oldest first. */
  private readonly inService: Map<CallId, number> = new Map();
  /** Calls whose completion was long overdue, with their answer times, oldest first. */
  private readonly overdue: Map<CallId, number> = new Map();
  /**
   * The answer time of the first call in service when {@link AgentBoard.expire} last stopped at it
   * (−Infinity: look again), so that an expiry that would stop there at once skips the look.
   */
  private firstStart = -Infinity;
  private readonly counts: Record<Present, number> = { available: 0, 'on-call': 0, 'wrap-up': 0, 'not-ready': 0 };
  /** Calls in service named with the agent who answered them, and those agents' calls. */
  private readonly agentOf: Map<CallId, CallId> = new Map();
  private readonly callOf: Map<CallId, CallId> = new Map();

  constructor(anonymous: number) {
    this.anonymousAgents = anonymous;
  }

  /** Agents logged in through `login`/`logout` events. */
  get anonymous(): number {
    return this.anonymousAgents;
  }

  /** `count` anonymous agents logged in (negative: logged out; the caller keeps the total in 0..{@link MAX_AGENTS}). */
  logIn(count: number): void {
    this.anonymousAgents += count;
  }

  /** Named agents followed. */
  get namedAgents(): number {
    return this.named.size;
  }

  /** Whether agent `agent` is followed (present). */
  knows(agent: CallId): boolean {
    return this.named.has(agent);
  }

  /** The agent who answered call `id`, while it is in service and tied to one. */
  agentOn(id: CallId): CallId | undefined {
    return this.agentOf.get(id);
  }

  /** Named agent `agent`'s state (undefined: not followed). */
  stateOf(agent: CallId): AgentState | undefined {
    return this.named.get(agent);
  }

  /** Whether call `id` is in service (answered, not completed), overdue ones included. */
  serves(id: CallId): boolean {
    return this.inService.has(id) || this.overdue.has(id);
  }

  /** Agents logged in (anonymous and named). */
  get loggedIn(): number {
    return this.anonymousAgents + this.named.size;
  }

  /** Agents logged in and not in a not-ready state (the ones who may answer). */
  get working(): number {
    return this.loggedIn - this.counts['not-ready'];
  }

  /** Whether the backend reports agent states (a named agent is present). */
  get reportsStates(): boolean {
    return this.named.size > 0;
  }

  /** Calls in service, at most the agents logged in. */
  get busy(): number {
    return Math.min(this.inService.size, this.loggedIn);
  }

  /**
   * Agents idle right now: named agents available when the backend reports states; otherwise
   * logged-in minus busy when `trustLoggedIn` (such agents have lately answered at once), else 0.
   */
  idle(trustLoggedIn: boolean): number {
    if (this.reportsStates) return this.counts.available;
    return trustLoggedIn ? Math.max(0, this.anonymousAgents - this.inService.size) : 0;
  }

  /** Sets a named agent's state (`'logged-out'` removes it and unties its call, which stays in service). */
  setState(agent: CallId, state: AgentState): void {
    const old = this.named.get(agent);
    if (old !== undefined) this.counts[old] -= 1;
    if (state === 'logged-out') {
      this.named.delete(agent);
      this.untie(this.callOf.get(agent));
      return;
    }
    this.named.set(agent, state);
    this.counts[state] += 1;
  }

  /**
   * Why agent `agent` cannot have answered a call now (on another call in service; not logged in
   * while the backend reports agent states), or undefined when it can.
   */
  answerConflict(agent: CallId): string | undefined {
    const other = this.callOf.get(agent);
    if (other !== undefined) return `an agent not on another call (agent ${String(agent)} is on call ${String(other)})`;
    if (this.reportsStates && !this.named.has(agent)) return 'an agent logged in (followed through agent events)';
    return undefined;
  }

  /** Why call `id` cannot have been completed by agent `agent` (another agent answered it), or undefined. */
  completionConflict(id: CallId, agent: CallId): string | undefined {
    const tied = this.agentOf.get(id);
    return tied === undefined || tied === agent ? undefined : `the agent who answered call ${String(id)} (${String(tied)})`;
  }

  /**
   * Starts a call's service at `time`, by agent `agent` when named (check {@link AgentBoard.answerConflict}
   * first): a named agent followed through agent events goes on the call. The oldest calls are
   * forgotten beyond a bound on memory.
   */
  answer(id: CallId, time: number, agent?: CallId): void {
    this.inService.set(id, time);
    if (agent !== undefined) {
      this.agentOf.set(id, agent);
      this.callOf.set(agent, id);
      if (this.named.has(agent)) this.setState(agent, 'on-call');
    }
    if (this.inService.size > 4 * this.loggedIn + 1024) {
      const oldest = this.inService.keys().next().value as CallId;
      this.inService.delete(oldest);
      this.firstStart = -Infinity;
      this.untie(oldest);
    }
  }

  /** Unties call `id` (if tied) from its agent. */
  private untie(id: CallId | undefined): void {
    if (id === undefined) return;
    const agent = this.agentOf.get(id);
    if (agent === undefined) return;
    this.agentOf.delete(id);
    this.callOf.delete(agent);
  }

  /**
   * Stops counting as busy the calls answered before `before` (their completion is long overdue);
   * the last {@link MAX_OVERDUE} of them are remembered, so a late `completed` is still accepted.
   */
  expire(before: number): void {
    if (before <= this.firstStart) return;
    for (const [id, start] of this.inService) {
      if (start >= before) {
        this.firstStart = start;
        return;
      }
      this.inService.delete(id);
      this.untie(id);
      this.overdue.set(id, start);
      if (this.overdue.size > MAX_OVERDUE) this.overdue.delete(this.overdue.keys().next().value as CallId);
    }
    this.firstStart = -Infinity;
  }

  /**
   * Ends a call's service; its agent (the one who answered it, else `agent` when named), if
   * followed through agent events, on a call and not tied to another one, becomes available. Returns the call's answer
   * time (undefined when it is neither in service nor overdue).
   */
  complete(id: CallId, agent?: CallId): number | undefined {
    const start = this.inService.get(id) ?? this.overdue.get(id);
    // the first call in service may be this one
    if (start === this.firstStart) this.firstStart = -Infinity;
    this.inService.delete(id);
    if (this.overdue.size > 0) this.overdue.delete(id);
    // no agent named here or on any call in service: nobody to free (the common case of a backend without agent states)
    if (agent === undefined && this.agentOf.size === 0) return start;
    const freed = this.agentOf.get(id) ?? agent;
    this.untie(id);
    if (freed !== undefined && !this.callOf.has(freed) && this.named.get(freed) === 'on-call') this.setState(freed, 'available');
    return start;
  }

  /** The board, for a snapshot. */
  save(): SavedBoard {
    return {
      anonymous: this.anonymousAgents,
      named: Array.from(this.named.entries()),
      inService: Array.from(this.inService.entries()),
      overdue: Array.from(this.overdue.entries()),
      ties: Array.from(this.agentOf.entries()),
    };
  }

  /** Loads what {@link AgentBoard.save} wrote into an empty board (calls answered by `clock`). */
  restore(f: SnapshotFields, clock: number): void {
    this.anonymousAgents = f.get('anonymous', 0, MAX_AGENTS, true);
    const named = f.array('named');
    if (named.length > MAX_NAMED_AGENTS) throw f.error('named', named.length, `at most ${MAX_NAMED_AGENTS} agents`);
    for (const entry of named) {
      const [agent, state] = f.array('named', entry, 2);
      if (typeof state !== 'string' || !PRESENT.has(state) || this.named.has(f.id('named', agent))) {
        throw f.error('named', entry, '[agent, state] with distinct agents and a present state');
      }
      this.setState(agent as CallId, state as Present);
    }
    readCalls(this.inService, f, 'inService', clock, 4 * MAX_AGENTS + 1024);
    readCalls(this.overdue, f, 'overdue', clock, MAX_OVERDUE);
    for (const entry of f.array('ties')) {
      const [call, agent] = f.array('ties', entry, 2);
      f.id('ties', agent);
      if (!this.inService.has(f.id('ties', call)) || this.agentOf.has(call as CallId) || this.callOf.has(agent as CallId)) {
        throw f.error('ties', entry, '[call, agent] with distinct calls in service and distinct agents');
      }
      this.agentOf.set(call as CallId, agent as CallId);
      this.callOf.set(agent as CallId, call as CallId);
    }
  }
}

function readCalls(calls: Map<CallId, number>, f: SnapshotFields, name: string, clock: number, most: number): void {
  const entries = f.array(name);
  if (entries.length > most) throw f.error(name, entries.length, `at most ${most} calls`);
  const rows = entries.map((entry) => {
    const [id, start] = f.array(name, entry, 2);
    return [f.id(name, id), f.number(`${name}.answerTime`, start, -MAX_ABS_TIME, clock)] as const;
  });
  rows.sort((a, b) => a[1] - b[1]);
  for (const [id, start] of rows) {
    if (calls.has(id)) throw f.error(name, id, 'distinct call ids');
    calls.set(id, start);
  }
}
