import { erlangBKernel } from '../../models/erlangBKernel.js';
import type { Tracker } from '../tracker/Tracker.js';
import type { AgentRoster } from './AgentRoster.js';

/**
 * Least share of a queue's agents taken as still answering it when the queues they prefer would
 * take all their time: a fluid model has no finite wait in overload, while agents who finish a
 * call of a preferred queue whose line is momentarily empty answer the queue's callers. A structural
 * floor (one agent in ten), not fitted to any log.
 */
const LEAST_DRAIN_SHARE = 0.1;

/**
 * Time (s) for `work` agent-seconds of waiting callers to be served by agents giving `drain`
 * agent-seconds per second (> 0), while the callers waiting hang up at rate 1/`patience` each
 * (fluid, as in the fluid approximation of Erlang-A, Whitt 2006): the work w(t) left obeys
 * w′ = −drain − w/patience, so it is gone at patience·ln(1 + work/(drain·patience)); without
 * abandonment (patience Infinity), work/drain.
 */
function drainTime(work: number, drain: number, patience: number): number {
  if (!(work > 0)) return 0;
  if (!(patience < Infinity)) return work / drain;
  return patience * Math.log1p(work / (drain * patience));
}

/** Work (agent-seconds) left of `work` after `span` seconds of `drain` agent-seconds per second, with abandonment at 1/`patience` (see {@link drainTime}); never below 0. */
function drained(work: number, drain: number, patience: number, span: number): number {
  if (!(patience < Infinity)) return Math.max(0, work - drain * span);
  const scale = drain * patience;
  return Math.max(0, (work + scale) * Math.exp(-span / patience) - scale);
}

/**
 * A centre queue's routing-aware view of a caller's wait: the time until the agents able to serve
 * its queue q have worked through (1) the callers of q ahead of it, (2) the callers of other queues
 * those agents take first — every caller waiting in a queue they serve at a lower penalty, and in a
 * queue they serve at the same penalty those who joined before the caller (the longest-waiting
 * rule; estimated as that queue's waiting count less its arrivals since the caller joined) — and (3)
 * the callers who arrive meanwhile in the queues they prefer. A fluid approximation by agent group
 * ({@link AgentRoster.groups}): each group first clears its share of the other queues' callers
 * ahead (each queue's waiting callers × its handle time, split evenly among its present agents),
 * then answers q's callers; all along, a share of its time goes to the new callers of the queues it
 * prefers (their load, arrival rate × handle time, beyond what the agents serving that queue alone
 * carry, by Erlang's overflow; at most all but {@link LEAST_DRAIN_SHARE}). q's callers ahead (ahead
 * × q's handle time) drain at the sum of the groups' rates as each joins, hanging up at q's learned
 * patience ({@link drainTime} on each stretch); then the caller's own turn, the next of q's agents
 * to finish, one handle time of q ÷ all the groups' rates (as in M/M/c, where a caller with k ahead
 * waits (k + 1)/(cμ)). Rates, handle times and patience are each queue's own tracker's learned ones
 * (from their priors). O(groups × queues they serve) per estimate, no simulation. With no other
 * queue (one group of N agents) it is patience·ln(1 + ahead·h/(N·patience)) + h/N, the fluid
 * Erlang-A wait; more callers waiting in a queue q's agents prefer never shorten it.
 */
export class RoutingView {
  private readonly trackers: ReadonlyMap<string, Tracker>;
  private readonly roster: AgentRoster;
  /** Per group being weighed: the time it starts answering the queue, and its rate then. */
  private starts: Float64Array = new Float64Array(8);
  private rates: Float64Array = new Float64Array(8);
  private order: number[] = [];

  constructor(trackers: ReadonlyMap<string, Tracker>, roster: AgentRoster) {
    this.trackers = trackers;
    this.roster = roster;
  }

  /**
   * Per agent, the work (agent-seconds) of `queue`'s callers ahead of a caller who joined `elapsed`
   * s ago (`all`: every caller waiting), shared evenly by its present agents; and the load a of its
   * arrivals on one of its agents: the c agents who serve it before any other queue (`first`) carry
   * a·(1 − B(c, a)) between them, the others share the overflow a·B(c, a) (Erlang's loss formula
   * as an overflow model, Erlang 1917, Wilkinson 1956).
   */
  private share(queue: string, all: boolean, elapsed: number): [number, number] {
    const servers = this.roster.presentIn(queue);
    if (!(servers > 0)) return [0, 0];
    const s = (this.trackers.get(queue) as Tracker).stats();
    const ahead = all ? s.waiting : Math.max(0, s.waiting - s.arrivalRate * elapsed);
    const load = s.arrivalRate * s.handleTime;
    let first = 0;
    for (const group of this.roster.groups(queue)) if (group.alone) first += group.agents;
    const overflow = first < servers && load > 0 ? (load * erlangBKernel(first, load)) / (servers - first) : 0;
    return [(ahead * s.handleTime) / servers, overflow];
  }

  /**
   * Mean wait (s) of a caller of `queue` with `ahead` of its queue's callers ahead of it, who joined
   * `elapsed` seconds ago; NaN while no agent is present to serve the queue (no view), 0 when fewer
   * callers are ahead than the queue's idle agents (each of whom takes one of them at once).
   */
  mean(queue: string, ahead: number, elapsed: number): number {
    const stats = (this.trackers.get(queue) as Tracker).stats();
    const groups = this.roster.groups(queue);
    if (groups.length === 0) return Number.NaN;
    // the queue's idle agents answer as many callers at once
    if (ahead < stats.idle) return 0;
    if (groups.length > this.starts.length) {
      this.starts = new Float64Array(2 * groups.length);
      this.rates = new Float64Array(2 * groups.length);
    }
    this.order.length = 0;
    groups.forEach((group, g) => {
      let before = 0;
      let load = 0;
      for (const other of group.preferred) {
        const [work, arriving] = this.share(other, true, elapsed);
        before += work;
        load += arriving;
      }
      for (const other of group.equal) before += this.share(other, false, elapsed)[0];
      const free = Math.max(LEAST_DRAIN_SHARE, 1 - load);
      this.starts[g] = before / free;
      this.rates[g] = group.agents * free;
      this.order.push(g);
    });
    this.order.sort((a, b) => (this.starts[a] as number) - (this.starts[b] as number));
    let total = 0;
    for (const g of this.order) total += this.rates[g] as number;
    return this.fill((ahead - stats.idle) * stats.handleTime, stats.patience) + stats.handleTime / total;
  }

  /**
   * When `work` (abandoning at `patience`) is done by the groups of {@link RoutingView.order}, each
   * answering from its start at its rate.
   */
  private fill(work: number, patience: number): number {
    let time = 0;
    let drain = 0;
    let left = work;
    for (let i = 0; i <= this.order.length; i++) {
      const next = i < this.order.length ? (this.starts[this.order[i] as number] as number) : Infinity;
      const clear = left > 0 && drain > 0 ? drainTime(left, drain, patience) : left > 0 ? Infinity : 0;
      if (time + clear < next) return time + clear;
      left = drained(left, drain, patience, next - time);
      time = next;
      drain += this.rates[this.order[i] as number] as number;
    }
    return time;
  }
}
