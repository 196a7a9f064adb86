import type { CallRecord } from '../../calllog/CallRecord.js';
import { callRecordError } from '../../calllog/callRecordError.js';
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
    const spans = agentEvents === undefined ? new AgentSpans() : undefined;
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
    // the times' range and whether all are whole, for the sort, taken as they are written (no pass of their own)
    let earliest = Infinity;
    let latest = -Infinity;
    let whole = true;
    // each event written out in place (no closure called per event); a call's first event, its join,
    // is its earliest when the record is sound, its last event its latest
    for (let id = 0; id < calls; id++) {
      const call = records[id] as CallRecord;
      if (checkedAs !== undefined) {
        const error = callRecordError(call, checkedAs, id);
        if (error !== undefined) throw error;
      }
      const { offeredAt, answeredAt, endedAt } = call;
      offered[id] = offeredAt;
      priorities[id] = call.priority ?? 0;
      const first = n;
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
      // every time of the call looked at (an unchecked record may have them in any order)
      for (let e = first; e < n; e++) {
        const t = times[e] as number;
        if (t < earliest) earliest = t;
        if (t > latest) latest = t;
        // a finite time is whole when it leaves no remainder (no call per time: this runs cold, once per log)
        if (t % 1 !== 0) whole = false;
      }
    }
    const agents = agentEvents ?? ((spans as AgentSpans).merged(named) as Agent[]);
    this.agents = agents;
    for (let i = 0; i < agents.length; i++) {
      const agent = agents[i] as Agent;
      const t = agent.time;
      if (t < earliest) earliest = t;
      if (t > latest) latest = t;
      if (t % 1 !== 0) whole = false;
      times[n] = t;
      ranks[n] = RANK[agent.type];
      kind[n] = AGENT;
      source[n++] = i;
    }
    this.length = n;
    this.times = times.subarray(0, n);
    this.kind = kind.subarray(0, n);
    this.source = source.subarray(0, n);
    this.order = timeOrder(this.times, ranks.subarray(0, n), RANKS, { earliest, latest, whole });
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

/** One agent's spans as read: starts and ends in columns (grown by doubling), the first `count` in use. */
interface SpanList {
  starts: Float64Array;
  ends: Float64Array;
  count: number;
}

/**
 * The spans [answer − window, end + window] of the calls of each named agent, as read: per agent
 * (in order of first call), its spans' starts and ends in columns, kept apart as they are read so
 * that no pass over all the spans groups them afterwards.
 */
class AgentSpans {
  private readonly lists = new Map<string, SpanList>();

  /** Adds a call's span [`start`, `end`] to its agent's. */
  add(name: string, start: number, end: number): void {
    let list = this.lists.get(name);
    if (list === undefined) {
      list = { starts: new Float64Array(64), ends: new Float64Array(64), count: 0 };
      this.lists.set(name, list);
    } else if (list.count === list.starts.length) {
      const starts = new Float64Array(2 * list.count);
      const ends = new Float64Array(2 * list.count);
      starts.set(list.starts);
      ends.set(list.ends);
      list.starts = starts;
      list.ends = ends;
    }
    list.starts[list.count] = start;
    list.ends[list.count] = end;
    list.count += 1;
  }

  /**
   * `login`/`logout` events of the named agents, each present within its calls' spans: per agent
   * (in order of first call), the union of its spans, spans that touch merged, from the spans'
   * starts and ends each sorted (a start before an end at one time), in order; each naming its
   * agent when `named`.
   */
  merged(named: boolean): LogAgentEvent[] {
    const out: LogAgentEvent[] = [];
    for (const [name, list] of this.lists) {
      const to = list.count;
      const starts = list.starts.subarray(0, to).sort();
      const ends = list.ends.subarray(0, to).sort();
      let open = 0;
      let start = 0;
      let i = 0;
      for (let e = 0; e < to; e++) {
        const end = ends[e] as number;
        // the starts up to this end open spans; then the end closes one
        for (; i < to; i++) {
          const at = starts[i] as number;
          if (!(at <= end)) break;
          if (open === 0) start = at;
          open += 1;
        }
        open -= 1;
        if (open === 0)
          out.push(
            named ? ({ type: 'login', time: start, agent: name } as LogAgentEvent) : { type: 'login', time: start },
            named ? ({ type: 'logout', time: end, agent: name } as LogAgentEvent) : { type: 'logout', time: end },
          );
      }
    }
    return out;
  }
}
