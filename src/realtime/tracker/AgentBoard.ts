import type { AgentState, CallId } from './QueueEvent.js';

/** Most named agents a tracker follows. */
export const MAX_NAMED_AGENTS = 100_000;
/** Most overdue calls remembered for a late completion. */
export const MAX_OVERDUE = 1024;

type Present = Exclude<AgentState, 'logged-out'>;

/**
 * Who is there to answer: anonymous agents counted by `login`/`logout` events, named agents with
 * their ACD state (available, on a call, wrap-up, not ready), and the calls in service with their
 * answer times. In-service calls whose completion is long overdue expire, so a lost `completed`
 * cannot keep an agent busy for ever.
 */
export class AgentBoard {
  /** Agents logged in through `login`/`logout` events. */
  anonymous: number;
  /** Named agents present, by state. */
  readonly named: Map<CallId, Present> = new Map();
  /** Calls answered and not completed, with their answer times, oldest first. */
  readonly inService: Map<CallId, number> = new Map();
  /** Calls whose completion was long overdue, with their answer times, oldest first. */
  readonly overdue: Map<CallId, number> = new Map();
  private readonly counts: Record<Present, number> = { available: 0, 'on-call': 0, 'wrap-up': 0, 'not-ready': 0 };

  constructor(anonymous: number) {
    this.anonymous = anonymous;
  }

  /** Agents logged in (anonymous and named). */
  get loggedIn(): number {
    return this.anonymous + this.named.size;
  }

  /** Agents logged in and not in a not-ready state (the ones who may answer). */
  get working(): number {
    return this.loggedIn - this.counts['not-ready'];
  }

  /** Named agents in a state. */
  count(state: Present): number {
    return this.counts[state];
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
    return trustLoggedIn ? Math.max(0, this.anonymous - this.inService.size) : 0;
  }

  /** Sets a named agent's state (`'logged-out'` removes it). */
  setState(agent: CallId, state: AgentState): void {
    const old = this.named.get(agent);
    if (old !== undefined) this.counts[old] -= 1;
    if (state === 'logged-out') {
      this.named.delete(agent);
      return;
    }
    this.named.set(agent, state);
    this.counts[state] += 1;
  }

  /** Starts a call's service at `time`; the oldest calls are forgotten beyond a bound on memory. */
  answer(id: CallId, time: number): void {
    this.inService.set(id, time);
    if (this.inService.size > 4 * this.loggedIn + 1024) this.inService.delete(this.inService.keys().next().value as CallId);
  }

  /**
   * Stops counting as busy the calls answered before `before` (their completion is long overdue);
   * the last {@link MAX_OVERDUE} of them are remembered, so a late `completed` is still accepted.
   */
  expire(before: number): void {
    for (const [id, start] of this.inService) {
      if (start >= before) return;
      this.inService.delete(id);
      this.overdue.set(id, start);
      if (this.overdue.size > MAX_OVERDUE) this.overdue.delete(this.overdue.keys().next().value as CallId);
    }
  }

  /** Ends a call's service; returns its answer time (undefined when it is neither in service nor overdue). */
  complete(id: CallId): number | undefined {
    const start = this.inService.get(id) ?? this.overdue.get(id);
    this.inService.delete(id);
    this.overdue.delete(id);
    return start;
  }
}
