import { erlangBKernel } from '../../models/erlangBKernel.js';
import type { Tracker } from '../tracker/Tracker.js';
import type { AgentKind, AgentRoster } from './AgentRoster.js';

/**
 * Least share of an agent's completions taken as still going to the callers present when the new
 * callers of the queues it prefers would take them all: a fluid model has no finite wait in
 * overload, while agents who finish a call of a preferred queue whose line is momentarily empty
 * answer the others. A structural floor (one completion in ten), not fitted to any log.
 */
const LEAST_FREE_SHARE = 0.1;

/** Most fronts (blocks of consecutive callers) a queue's waiting callers are followed in. */
const MAX_FRONTS = 64;

/** Chance of still waiting below which the caller's turn is taken as over (its rest adds under a billionth of its mean). */
const LEAST_CHANCE = 1e-9;

/** Time (s) for a front of `mass` callers to go at `rate` answers per second while each hangs up at `theta` per second (fluid: m′ = −rate − θm). */
function drainTime(mass: number, rate: number, theta: number): number {
  return theta > 0 ? Math.log1p((theta * mass) / rate) / theta : mass / rate;
}

/** The mass left of a front of `mass` callers after `span` s of `rate` answers per second and hang-ups at `theta` (see {@link drainTime}); never below 0. */
function drained(mass: number, rate: number, theta: number, span: number): number {
  if (!(theta > 0)) return Math.max(0, mass - rate * span);
  return Math.max(0, (mass + rate / theta) * Math.exp(-theta * span) - rate / theta);
}

/** One kind of agent being weighed: its agents, their finishes per second, and per queue it serves (lowest penalty first) its index, penalty and the share of its finishes left for the callers present. */
interface Weighed {
  readonly agents: number;
  rate: number;
  readonly queues: readonly number[];
  readonly penalties: readonly number[];
  readonly free: number[];
}

/**
 * A centre queue's routing-aware view of a caller's wait: the callers waiting now in every queue, by
 * join time, and the agents by kind ({@link AgentRoster.kinds}), followed as an ACD routes them
 * (each agent who finishes a call takes the longest-waiting caller of the queues it serves at its
 * lowest penalty with callers waiting), in expectation (a fluid of callers: Whitt 2006's fluid
 * Erlang-A, one front per queue): each kind's agents finish calls at their count ÷ their mean
 * handle time (the queues' handle times weighted by the calls each of their agents gets: arrival
 * rate ÷ agents present) and each finish takes the front caller of the queue it would route to, so
 * a caller competes only with the callers older than it in the queues its agents serve at the same
 * penalty (younger ones and new arrivals never overtake it), with every caller of the queues they
 * prefer, and with the callers the other kinds take off the same fronts; callers ahead hang up at
 * their queue's learned patience. The new callers of a preferred queue take a share of a kind's
 * completions: that queue's load beyond what the agents serving it alone carry (Erlang's loss
 * formula as an overflow model, Erlang 1917, Wilkinson 1956), per agent serving it (at most all but
 * {@link LEAST_FREE_SHARE}). The wait is the time the caller's own front reaches it and the next
 * finish of an agent routed to it takes it (memoryless), told as the mean wait of a caller who is
 * answered (each stage of its wait an exponential one, weighed by the chance of not hanging up):
 * what the centre's duel and `replay` score. A queue's callers are followed in at most
 * {@link MAX_FRONTS} fronts, so an estimate costs O(callers waiting) to read them and
 * O(kinds × queues × fronts) to follow them. With one queue, its agents and nobody hanging up it
 * is M/M/N's (ahead + 1)·h/N.
 */
export class RoutingView {
  private readonly trackers: ReadonlyMap<string, Tracker>;
  private readonly roster: AgentRoster;
  private readonly joins: (queue: string) => Iterable<readonly [number, ...number[]]>;
  private readonly names: string[];
  private readonly index: Map<string, number>;
  private readonly theta: Float64Array;
  private readonly handle: Float64Array;
  private readonly perAgent: Float64Array;
  private readonly overflow: Float64Array;
  private readonly front: Int32Array;
  private readonly mass: Float64Array;
  private readonly rates: Float64Array;
  private readonly times: number[][];
  /** Per queue, the callers in each of its fronts (blocks). */
  private readonly sizes: number[][];

  /** `joins(queue)`: `queue`'s waiting callers, first joined first, each with its join time (s) first. */
  constructor(
    trackers: ReadonlyMap<string, Tracker>,
    roster: AgentRoster,
    joins: (queue: string) => Iterable<readonly [number, ...number[]]>,
  ) {
    this.trackers = trackers;
    this.roster = roster;
    this.joins = joins;
    this.names = [...trackers.keys()];
    this.index = new Map(this.names.map((name, i) => [name, i]));
    const n = this.names.length;
    this.theta = new Float64Array(n);
    this.handle = new Float64Array(n);
    this.perAgent = new Float64Array(n);
    this.overflow = new Float64Array(n);
    this.front = new Int32Array(n);
    this.mass = new Float64Array(n);
    this.rates = new Float64Array(n);
    this.times = this.names.map(() => []);
    this.sizes = this.names.map(() => []);
    this.alone = new Float64Array(n);
  }

  /** The kinds of agent as weighed, kept while the roster's kinds stay the same; per queue, the agents of the kinds serving it alone. */
  private weighed: Weighed[] = [];
  private weighedFor: readonly AgentKind[] | undefined;
  private readonly alone: Float64Array;

  /** The roster's kinds with their queues by index (rates and shares filled by {@link RoutingView.weigh}). */
  private kinds(): Weighed[] {
    const kinds = this.roster.kinds();
    if (kinds === this.weighedFor) return this.weighed;
    this.alone.fill(0);
    this.weighed = kinds.map((kind) => {
      const queues = kind.serves.map(([name]) => this.index.get(name) as number);
      const j = queues[0] as number;
      if (queues.length === 1) this.alone[j] = (this.alone[j] as number) + kind.agents;
      return { agents: kind.agents, rate: 0, queues, penalties: kind.serves.map(([, penalty]) => penalty), free: queues.map(() => 1) };
    });
    this.weighedFor = kinds;
    return this.weighed;
  }

  /** Per queue: 1/patience, handle time, calls per agent per second, and the load per agent its new callers put on the agents who also serve another queue. */
  private readQueues(): void {
    this.names.forEach((name, j) => {
      const s = (this.trackers.get(name) as Tracker).stats();
      const servers = this.roster.presentIn(name);
      const first = this.alone[j] as number;
      const load = s.arrivalRate * s.handleTime;
      this.theta[j] = s.patience < Infinity ? 1 / s.patience : 0;
      this.handle[j] = s.handleTime;
      this.perAgent[j] = servers > 0 ? s.arrivalRate / servers : 0;
      this.overflow[j] = first < servers && load > 0 ? (load * erlangBKernel(first, load)) / (servers - first) : 0;
    });
  }

  /** Each kind's finishes per second, and per queue it serves the share left after the preferred queues' new callers. */
  private weigh(kinds: readonly Weighed[]): void {
    for (const kind of kinds) {
      const { queues, penalties, free } = kind;
      let weights = 0;
      let work = 0;
      let plain = 0;
      for (const j of queues) {
        weights += this.perAgent[j] as number;
        work += (this.perAgent[j] as number) * (this.handle[j] as number);
        plain += this.handle[j] as number;
      }
      kind.rate = kind.agents / (weights > 0 ? work / weights : plain / queues.length);
      for (let i = 0; i < queues.length; i++) {
        let taken = 0;
        for (let k = 0; k < i && (penalties[k] as number) < (penalties[i] as number); k++)
          taken += this.overflow[queues[k] as number] as number;
        free[i] = Math.max(LEAST_FREE_SHARE, 1 - taken);
      }
    }
  }

  /**
   * Mean wait (s), if answered, of a caller of `queue` with `ahead` of its queue's callers ahead of it, who joined
   * at `joined` (s); NaN while no agent who answers (present, not reported not ready) serves the queue (no view), 0 when fewer callers
   * are ahead than the queue's idle agents.
   */
  mean(queue: string, ahead: number, joined: number): number {
    const q = this.index.get(queue) as number;
    const idle = (this.trackers.get(queue) as Tracker).stats().idle;
    if (ahead < idle) return 0;
    const kinds = this.kinds();
    if (!kinds.some((kind) => kind.queues.includes(q))) return Number.NaN;
    this.readQueues();
    this.weigh(kinds);
    this.names.forEach((name, j) => {
      const list = this.times[j] as number[];
      list.length = 0;
      for (const caller of this.joins(name)) {
        if (j === q && list.length >= ahead) break;
        list.push(caller[0]);
      }
      if (j === q) {
        // callers ahead not told (none: joined with the caller), less those the queue's idle agents take at once
        while (list.length < ahead) list.push(joined);
        list.splice(0, idle);
      }
      this.block(j);
      if (j === q) {
        list.push(joined);
        (this.sizes[j] as number[]).push(1);
      }
    });
    return this.dispatch(q, kinds);
  }

  /**
   * Queue `j`'s callers in at most {@link MAX_FRONTS} blocks of consecutive callers (each one front
   * of its callers, as old as its first), so that an estimate costs O(kinds × queues × blocks)
   * however many callers wait.
   */
  private block(j: number): void {
    const list = this.times[j] as number[];
    const sizes = this.sizes[j] as number[];
    const size = Math.ceil(list.length / MAX_FRONTS);
    sizes.length = 0;
    if (size <= 1) {
      for (let i = 0; i < list.length; i++) sizes.push(1);
      return;
    }
    let blocks = 0;
    for (let i = 0; i < list.length; i += size) {
      list[blocks++] = list[i] as number;
      sizes.push(Math.min(size, list.length - i));
    }
    list.length = blocks;
  }

  /**
   * Follows the fronts until the last caller of queue `q` (the one asked about) is taken; its mean
   * wait (s) if answered. The callers ahead go as a fluid; once the caller is at its front, it is
   * taken at the first finish of the agents routed to it, so its chance of still waiting decays at
   * their rate (memoryless, as exponential handle times make it) while the other fronts move on.
   * Each stretch between two of its queue's callers ahead taken, then the turn, is taken as an
   * exponential stage of its mean d, which a caller who hangs up at θ (its queue's 1/patience) and is answered waited
   * d/(1 + θd) on average (the stage's law weighed by e^{−θt}): the harness and `replay` score the
   * callers answered.
   */
  private dispatch(q: number, kinds: readonly Weighed[]): number {
    const times = this.times;
    const last = (times[q] as number[]).length - 1;
    const theta = this.theta[q] as number;
    this.front.fill(0);
    this.sizes.forEach((sizes, j) => {
      this.mass[j] = sizes[0] ?? 0;
    });
    let elapsed = 0;
    let answered = 0;
    let stage = 0;
    let turn = 0;
    let still = 1;
    for (;;) {
      this.route(kinds);
      const mine = this.front[q] === last;
      let span = Infinity;
      let next = -1;
      for (let j = 0; j < times.length; j++) {
        const rate = this.rates[j] as number;
        if (!(rate > 0) || (mine && j === q)) continue;
        const time = drainTime(this.mass[j] as number, rate, this.theta[j] as number);
        if (time < span) {
          span = time;
          next = j;
        }
      }
      if (mine) {
        const rate = this.rates[q] as number;
        if (next < 0 || still < LEAST_CHANCE) {
          if (still >= LEAST_CHANCE) {
            if (!(rate > 0)) return Infinity;
            turn += still / rate;
          }
          return answered + turn / (1 + theta * turn);
        }
        const gone = -Math.expm1(-rate * span);
        turn += rate > 0 ? (still * gone) / rate : still * span;
        still *= 1 - gone;
      } else if (next < 0) return Infinity;
      else stage += span;
      for (let j = 0; j < times.length; j++) {
        if ((this.front[j] as number) >= (times[j] as number[]).length || (mine && j === q)) continue;
        const rate = this.rates[j] as number;
        const decay = this.theta[j] as number;
        this.mass[j] = rate > 0 ? drained(this.mass[j] as number, rate, decay, span) : (this.mass[j] as number) * Math.exp(-decay * span);
      }
      elapsed += span;
      const sizes = this.sizes[next] as number[];
      const taken = sizes[this.front[next] as number] as number;
      if (next === q) {
        // a block of n callers ahead: n stages of stage/n each
        answered += stage / (1 + (theta * stage) / taken);
        stage = 0;
      }
      this.front[next] = (this.front[next] as number) + 1;
      this.mass[next] =
        ((sizes[this.front[next] as number] as number | undefined) ?? 0) * Math.exp(-(this.theta[next] as number) * elapsed);
    }
  }

  /** Per queue, the answers per second routed to its front caller: each kind's to the oldest front of its lowest penalty with callers. */
  private route(kinds: readonly Weighed[]): void {
    this.rates.fill(0);
    for (const kind of kinds) {
      let best = -1;
      let oldest = Infinity;
      let tier = Infinity;
      let free = 0;
      for (let i = 0; i < kind.queues.length && (kind.penalties[i] as number) <= tier; i++) {
        const j = kind.queues[i] as number;
        const at = this.front[j] as number;
        const list = this.times[j] as number[];
        if (at < list.length && (list[at] as number) < oldest) {
          best = j;
          oldest = list[at] as number;
          tier = kind.penalties[i] as number;
          free = kind.free[i] as number;
        }
      }
      if (best >= 0) this.rates[best] = (this.rates[best] as number) + kind.rate * free;
    }
  }
}
