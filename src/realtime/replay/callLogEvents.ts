import type { CallRecord } from '../../calllog/CallRecord.js';
import { callRecordError } from '../../calllog/callRecordError.js';
import { addAt } from '../../math/addAt.js';
import type { QueueEvent } from '../tracker/QueueEvent.js';
import { timeOrder } from './timeOrder.js';

/**
 * Order of events at one instant: log-ins (and agent states), completions, joins, answers and
 * abandons, completions at their answer's instant, log-outs.
 */
const RANK: Record<QueueEvent['type'], number> = { login: 0, agent: 0, completed: 1, joined: 2, answered: 3, abandoned: 3, logout: 5 };
const COMPLETED_AT_ANSWER = 4;
const RANKS = 6;

/** What an event is, as {@link CallLogEvents} keeps it until it is read. */
const JOINED = 0;
const ANSWERED = 1;
const LEFT = 2;
const COMPLETED = 3;
const AGENT = 4;
/** A call's event's type per kind; a joined with a priority is reused apart (after the kinds). */
const TYPES = ['joined', 'answered', 'abandoned', 'completed', 'joined'] as const;
const PRIORITIZED = 4;

/** An agent's event in a log's stream: a tracker's (`login`, `logout`, `agent`), or a centre's naming the agent. */
export interface LogAgentEvent {
  type: QueueEvent['type'];
  time: number;
}
/** A call's event in a log's stream. */
export type LogCallEvent = Extract<QueueEvent, { id: unknown }>;

/**
 * The tracker events a call log stands for, in time order: each call joined at `offeredAt` (with
 * its priority), answered or abandoned, completed at `endedAt`; agents as `agentEvents` when
 * given, else inferred as the distinct named agents with a call within `agentWindow` seconds
 * (each agent present from `agentWindow` before its first call's answer to `agentWindow` after
 * its last call's end, in merged spans), sent as `login`/`logout` (naming the agent when `named`,
 * as a centre takes them). A call that left the queue
 * unanswered (`exitedAt`) leaves it as an abandon does. Call ids are the record's index in
 * `records`. Events at one instant go in the order of {@link RANK}, then as built (call by call,
 * each call's in the order above, the agents' last).
 *
 * Kept compact (a few numbers per event, sorted by counting passes) and built one at a time by
 * {@link CallLogEvents.event} (or read into a few reused objects), so that a month's replay
 * neither sorts with a comparator nor makes a hundred thousand event objects.
 */
export class CallLogEvents<Agent extends LogAgentEvent = QueueEvent> {
  /** Events in the log. */
  readonly length: number;
  /** Per record, when it was offered and its priority (0 when none), as read once. */
  readonly offeredAt: Float64Array;
  private readonly priority: Float64Array;
  private readonly agents: readonly Agent[];
  /** Per event as built: its time, what it is, and its record's (or agent event's) index. */
  private readonly times: Float64Array;
  private readonly kind: Uint8Array;
  private readonly source: Int32Array;
  /** The events as built, in time order. */
  private readonly order: Int32Array;
  /** The objects {@link CallLogEvents.event} reuses, per kind of call event (a joined with a priority apart). */
  private readonly reused = TYPES.map((type): LogCallEvent => ({ type, time: 0, id: 0 }));

  /**
   * Reads each record once, in one pass (what a replay needs of it later is kept in columns).
   * @param checkedAs - when given, each record is checked as it is read (`checkCallRecords`'s
   *   rules and errors, naming it `${checkedAs}[i]`)
   * @throws {@link QueueInputError} at the first record that is not sound, when `checkedAs` is given
   */
  constructor(
    records: readonly CallRecord[],
    agentEvents: readonly Agent[] | undefined,
    agentWindow: number,
    named = false,
    checkedAs?: string,
  ) {
    const calls = records.length;
    // inferred while the calls are read: a login and a logout per span, at most one span per call
    const spans = agentEvents === undefined ? new AgentSpans(calls) : undefined;
    const most = 3 * calls + (agentEvents === undefined ? 2 * calls : agentEvents.length);
    const times = new Float64Array(most);
    const ranks = new Uint8Array(most);
    const kind = new Uint8Array(most);
    const source = new Int32Array(most);
    const offered = new Float64Array(calls);
    const priorities = new Float64Array(calls);
    this.offeredAt = offered;
    this.priority = priorities;
    let n = 0;
    // each event written out in place (no closure called per event)
    for (let id = 0; id < calls; id++) {
      const call = records[id] as CallRecord;
      if (checkedAs !== undefined) {
        const error = callRecordError(call, checkedAs, id);
        if (error !== undefined) throw error;
      }
      const { offeredAt, answeredAt, endedAt } = call;
      offered[id] = offeredAt;
      priorities[id] = call.priority ?? 0;
      times[n] = offeredAt;
      ranks[n] = RANK.joined;
      kind[n] = JOINED;
      source[n++] = id;
      if (answeredAt !== undefined) {
        times[n] = answeredAt;
        ranks[n] = RANK.answered;
        kind[n] = ANSWERED;
        source[n++] = id;
        // A call that ends the instant it is answered completes after its answer.
        if (endedAt !== undefined) {
          times[n] = Math.max(endedAt, answeredAt);
          ranks[n] = endedAt > answeredAt ? RANK.completed : COMPLETED_AT_ANSWER;
          kind[n] = COMPLETED;
          source[n++] = id;
        }
        if (spans !== undefined && call.agent !== undefined)
          spans.add(call.agent, answeredAt - agentWindow, Math.max(endedAt ?? answeredAt, answeredAt) + agentWindow);
      } else {
        const leftAt = call.abandonedAt ?? call.exitedAt;
        if (leftAt !== undefined) {
          times[n] = leftAt;
          ranks[n] = RANK.abandoned;
          kind[n] = LEFT;
          source[n++] = id;
        }
      }
    }
    const agents = agentEvents ?? ((spans as AgentSpans).merged(named) as Agent[]);
    this.agents = agents;
    for (let i = 0; i < agents.length; i++) {
      const agent = agents[i] as Agent;
      times[n] = agent.time;
      ranks[n] = RANK[agent.type];
      kind[n] = AGENT;
      source[n++] = i;
    }
    this.length = n;
    this.times = times.subarray(0, n);
    this.kind = kind.subarray(0, n);
    this.source = source.subarray(0, n);
    this.order = timeOrder(this.times, ranks.subarray(0, n), RANKS);
  }

  /**
   * The `k`-th event in time order (0 ≤ k < {@link CallLogEvents.length}): a new object (an agent
   * event as given); with `reuse`, a call's event is one of the log's own objects, rewritten by
   * the next such read (a month's replay then makes no object per event).
   */
  event(k: number, reuse = false): LogCallEvent | Agent {
    const built = this.order[k] as number;
    const index = this.source[built] as number;
    const what = this.kind[built] as number;
    if (what === AGENT) return this.agents[index] as Agent;
    // the time it was placed at: the offer, the answer, the later of the end and the answer, the abandon or exit
    const time = this.times[built] as number;
    const priority = what === JOINED ? (this.priority[index] as number) : 0;
    if (!reuse) {
      const event = { type: TYPES[what] as LogCallEvent['type'], time, id: index };
      if (priority !== 0) (event as { priority?: number }).priority = priority;
      return event;
    }
    const event = this.reused[priority === 0 ? what : PRIORITIZED] as LogCallEvent;
    event.time = time;
    event.id = index;
    if (priority !== 0) (event as { priority?: number }).priority = priority;
    return event;
  }
}

/** Every event of {@link CallLogEvents} (see there), in time order, as an array. */
export function callLogEvents(
  records: readonly CallRecord[],
  agentEvents: readonly QueueEvent[] | undefined,
  agentWindow: number,
): QueueEvent[] {
  const log = new CallLogEvents(records, agentEvents, agentWindow);
  const events: QueueEvent[] = [];
  for (let k = 0; k < log.length; k++) events.push(log.event(k));
  return events;
}

/**
 * The spans [answer − window, end + window] of the calls of each named agent, as read: the
 * agents numbered in order of first call, each span's agent, start and end in columns.
 */
class AgentSpans {
  private readonly names = new Map<string, number>();
  private readonly agent: Int32Array;
  private readonly starts: Float64Array;
  private readonly ends: Float64Array;
  private count = 0;

  constructor(most: number) {
    this.agent = new Int32Array(most);
    this.starts = new Float64Array(most);
    this.ends = new Float64Array(most);
  }

  /** Adds a call's span [`start`, `end`] to its agent's. */
  add(name: string, start: number, end: number): void {
    let agent = this.names.get(name);
    if (agent === undefined) {
      agent = this.names.size;
      this.names.set(name, agent);
    }
    this.agent[this.count] = agent;
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.count += 1;
  }

  /**
   * `login`/`logout` events of the named agents, each present within its calls' spans: per agent
   * (in order of first call), the union of its spans, spans that touch merged, from the spans'
   * starts and ends each sorted (a start before an end at one time), in order; each naming its
   * agent when `named`.
   */
  merged(named: boolean): LogAgentEvent[] {
    // the spans grouped by agent (a counting sort), then each agent's starts and ends sorted in place
    const firsts = new Int32Array(this.names.size + 1);
    for (let i = 0; i < this.count; i++) addAt(firsts, (this.agent[i] as number) + 1, 1);
    for (let agent = 1; agent < firsts.length; agent++) addAt(firsts, agent, firsts[agent - 1] as number);
    const next = firsts.slice();
    const starts = new Float64Array(this.count);
    const ends = new Float64Array(this.count);
    for (let i = 0; i < this.count; i++) {
      const agent = this.agent[i] as number;
      const at = next[agent] as number;
      starts[at] = this.starts[i] as number;
      ends[at] = this.ends[i] as number;
      next[agent] = at + 1;
    }
    const out: LogAgentEvent[] = [];
    for (const [name, agent] of this.names) {
      const from = firsts[agent] as number;
      const to = firsts[agent + 1] as number;
      starts.subarray(from, to).sort();
      ends.subarray(from, to).sort();
      const who = named ? { agent: name } : {};
      let open = 0;
      let start = 0;
      let i = from;
      for (let e = from; e < to; e++) {
        const end = ends[e] as number;
        // the starts up to this end open spans; then the end closes one
        for (; i < to; i++) {
          const at = starts[i] as number;
          if (!(at <= end)) break;
          if (open === 0) start = at;
          open += 1;
        }
        open -= 1;
        if (open === 0) out.push({ type: 'login', time: start, ...who }, { type: 'logout', time: end, ...who });
      }
    }
    return out;
  }
}
