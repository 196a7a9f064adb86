import { MAX_AGENTS } from '../tracker/checkEvent.js';
import type { AgentState, CallId } from '../tracker/QueueEvent.js';
import type { SnapshotFields } from '../tracker/SnapshotFields.js';
import { checkServes } from './CentreOptions.js';

type Present = Exclude<AgentState, 'logged-out'>;
const PRESENT: ReadonlySet<string> = new Set(['available', 'on-call', 'wrap-up', 'not-ready']);

/** A roster as a snapshot writes it: per agent [agent, { queue: penalty }, logged in (0/1), state or null]; per queue its anonymous agents. */
export interface SavedRoster {
  readonly agents: [CallId, Record<string, number>, number, Present | null][];
  readonly anonymous: Record<string, number>;
}

/** Agents of a centre who answer (present, not reported not ready) and serve the same queues at the same penalties ({@link AgentRoster.kinds}). */
export interface AgentKind {
  readonly agents: number;
  /** The queues they serve with their penalties, lowest penalty first. */
  readonly serves: readonly (readonly [string, number])[];
}

/**
 * Who serves which queue in a centre: each named agent's queues with their penalties, whether it
 * is logged in (`login`/`logout` by name) or in which state (`agent` events), and the anonymous
 * agents of each queue; and the present agents by kind (the queues they serve, with their
 * penalties), as the centre's routing view follows them.
 */
export class AgentRoster {
  private readonly serves: Map<CallId, Map<string, number>>;
  /** Per queue, the agents who serve it. */
  private readonly servers: Map<string, Set<CallId>> = new Map();
  private readonly loggedIn: Set<CallId> = new Set();
  private readonly states: Map<CallId, Present> = new Map();
  private readonly anonymous: Map<string, number> = new Map();
  /** Per queue, its present named agents. */
  private readonly present: Map<string, number> = new Map();
  /** The {@link AgentKind}s while present agents and their queues stay as they are. */
  private allKinds: AgentKind[] | undefined;

  constructor(queues: Iterable<string>, agents: ReadonlyMap<CallId, ReadonlyMap<string, number>>) {
    this.serves = new Map([...agents].map(([agent, serves]) => [agent, new Map(serves)]));
    for (const queue of queues) {
      this.servers.set(queue, new Set());
      this.anonymous.set(queue, 0);
      this.present.set(queue, 0);
    }
    for (const [agent, serves] of this.serves) for (const queue of serves.keys()) this.servers.get(queue)?.add(agent);
  }

  /** Named agents known (in the roster, logged in, in a state or learned). */
  get size(): number {
    return this.serves.size;
  }

  /** Named agents present (logged in or in a present state). */
  get presentAgents(): number {
    let n = 0;
    for (const agent of this.serves.keys()) if (this.isPresent(agent)) n += 1;
    return n;
  }

  /** Whether `agent` is known. */
  knows(agent: CallId): boolean {
    return this.serves.has(agent);
  }

  /** The queues `agent` serves (empty when unknown). */
  queuesOf(agent: CallId): Iterable<string> {
    return this.serves.get(agent)?.keys() ?? [];
  }

  /** The agents who serve `queue`. */
  agentsOf(queue: string): Iterable<CallId> {
    return this.servers.get(queue) as Set<CallId>;
  }

  /** `agent`'s penalty for `queue` (undefined: it does not serve it). */
  penalty(agent: CallId, queue: string): number | undefined {
    return this.serves.get(agent)?.get(queue);
  }

  /** `agent`'s queues with their penalties (empty when unknown). */
  penalties(agent: CallId): Iterable<[string, number]> {
    return this.serves.get(agent) ?? [];
  }

  /** Whether `agent` serves `queue`. */
  servesQueue(agent: CallId, queue: string): boolean {
    return this.serves.get(agent)?.has(queue) ?? false;
  }

  /** Whether `agent` is logged in by name. */
  isLoggedIn(agent: CallId): boolean {
    return this.loggedIn.has(agent);
  }

  /** `agent`'s state (undefined: none reported, or logged out). */
  stateOf(agent: CallId): Present | undefined {
    return this.states.get(agent);
  }

  /** Anonymous agents of `queue`. */
  anonymousIn(queue: string): number {
    return this.anonymous.get(queue) as number;
  }

  private isPresent(agent: CallId): boolean {
    return this.loggedIn.has(agent) || this.states.has(agent);
  }

  /** Whether `agent` is present and not reported not ready: one who answers. */
  private answers(agent: CallId): boolean {
    return this.isPresent(agent) && this.states.get(agent) !== 'not-ready';
  }

  /** Adds (`sign` 1) or removes (−1) `agent` from its queues' counts, when present. */
  private contribute(agent: CallId, sign: number): void {
    const serves = this.serves.get(agent);
    if (serves === undefined || !this.isPresent(agent)) return;
    for (const queue of serves.keys()) this.present.set(queue, (this.present.get(queue) as number) + sign);
  }

  /**
   * Runs `change` on `agent` with it taken out of the counts before and put back after; the routes
   * are recomputed when it came or went (or `rerouted`: its queues changed).
   */
  private changing(agent: CallId, change: () => void, rerouted = false): void {
    const answers = this.answers(agent);
    this.contribute(agent, -1);
    change();
    if (!this.serves.has(agent)) this.serves.set(agent, new Map());
    this.contribute(agent, 1);
    if (rerouted || answers !== this.answers(agent)) this.allKinds = undefined;
  }

  /**
   * The centre's agents who answer (present, not reported not ready) by the queues and penalties
   * they serve (each queue's anonymous agents a kind serving it alone); kept until an agent comes,
   * goes, turns (not) ready or learns a queue.
   */
  kinds(): readonly AgentKind[] {
    if (this.allKinds !== undefined) return this.allKinds;
    const byKey = new Map<string, { agents: number; serves: [string, number][] }>();
    for (const [queue, count] of this.anonymous) if (count > 0) byKey.set(`#${queue}`, { agents: count, serves: [[queue, 0]] });
    for (const [agent, serves] of this.serves) {
      if (!this.answers(agent) || serves.size === 0) continue;
      const sorted = [...serves].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1));
      const key = JSON.stringify(sorted);
      const kind = byKey.get(key) ?? { agents: 0, serves: sorted };
      kind.agents += 1;
      byKey.set(key, kind);
    }
    this.allKinds = [...byKey.values()];
    return this.allKinds;
  }

  /** Agents present to serve `queue`: its present named agents and its anonymous ones. */
  presentIn(queue: string): number {
    return (this.present.get(queue) as number) + (this.anonymous.get(queue) as number);
  }

  /** `agent` logged in (`true`) or out by name. */
  setLoggedIn(agent: CallId, loggedIn: boolean): void {
    this.changing(agent, () => (loggedIn ? this.loggedIn.add(agent) : this.loggedIn.delete(agent)));
  }

  /** `agent`'s state changed. */
  setState(agent: CallId, state: AgentState): void {
    this.changing(agent, () => (state === 'logged-out' ? this.states.delete(agent) : this.states.set(agent, state)));
  }

  /** `agent` serves `queue` from now on, ranked after its other queues (penalty one above its highest). */
  learn(agent: CallId, queue: string): void {
    this.changing(
      agent,
      () => {
        const serves = this.serves.get(agent) ?? new Map<string, number>();
        this.serves.set(agent, serves);
        serves.set(queue, serves.size === 0 ? 0 : Math.max(...serves.values()) + 1);
        this.servers.get(queue)?.add(agent);
      },
      true,
    );
  }

  /** Undoes {@link AgentRoster.learn} (`known`: whether the agent was known before it). */
  unlearn(agent: CallId, queue: string, known: boolean): void {
    this.changing(
      agent,
      () => {
        this.serves.get(agent)?.delete(queue);
        this.servers.get(queue)?.delete(agent);
      },
      true,
    );
    if (!known) this.serves.delete(agent);
  }

  /** `count` anonymous agents of `queue` logged in (negative: out). */
  addAnonymous(queue: string, count: number): void {
    this.anonymous.set(queue, (this.anonymous.get(queue) as number) + count);
    this.allKinds = undefined;
  }

  /** The roster, for a snapshot. */
  save(): SavedRoster {
    return {
      agents: [...this.serves].map(([agent, serves]) => [
        agent,
        Object.fromEntries(serves),
        this.loggedIn.has(agent) ? 1 : 0,
        this.states.get(agent) ?? null,
      ]),
      anonymous: Object.fromEntries(this.anonymous),
    };
  }

  /** Loads what {@link AgentRoster.save} wrote into a roster of the same queues (and no agents yet). */
  restore(f: SnapshotFields, most: number): void {
    const agents = f.array('agents');
    if (agents.length > most) throw f.error('agents', agents.length, `at most ${most} agents`);
    this.serves.clear();
    this.allKinds = undefined;
    for (const set of this.servers.values()) set.clear();
    for (const entry of agents) {
      const [agent, serves, loggedIn, state] = f.array('agents', entry, 4);
      if (this.serves.has(f.id('agents', agent))) throw f.error('agents', agent, 'distinct agents');
      const id = agent as CallId;
      this.serves.set(id, checkServes(`${'snapshot.state.roster.agents'}.serves`, serves, this.anonymous));
      for (const queue of (this.serves.get(id) as Map<string, number>).keys()) this.servers.get(queue)?.add(id);
      if (f.number('agents.loggedIn', loggedIn, 0, 1, true) === 1) this.loggedIn.add(id);
      if (state !== null) {
        if (typeof state !== 'string' || !PRESENT.has(state)) throw f.error('agents.state', state, 'a present state or null');
        this.states.set(id, state as Present);
      }
      this.contribute(id, 1);
    }
    const anonymous = f.part('anonymous');
    for (const queue of this.anonymous.keys()) this.anonymous.set(queue, anonymous.get(queue, 0, MAX_AGENTS, true));
  }
}
