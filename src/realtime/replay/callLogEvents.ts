import type { CallRecord } from '../../calllog/CallRecord.js';
import { addAt } from '../../math/addAt.js';
import type { QueueEvent } from '../tracker/QueueEvent.js';

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
 * Kept compact (a few numbers per event, sorted by counting) and built one at a time by
 * {@link CallLogEvents.event}, so that a month's replay neither sorts with a comparator nor
 * holds a hundred thousand event objects at once.
 */
export class CallLogEvents<Agent extends LogAgentEvent = QueueEvent> {
  /** Events in the log. */
  readonly length: number;
  private readonly records: readonly CallRecord[];
  private readonly agents: readonly Agent[];
  /** Per event as built: its time, what it is, and its record's (or agent event's) index. */
  private readonly times: Float64Array;
  private readonly kind: Uint8Array;
  private readonly source: Int32Array;
  /** The events as built, in time order. */
  private readonly order: Int32Array;

  constructor(records: readonly CallRecord[], agentEvents: readonly Agent[] | undefined, agentWindow: number, named = false) {
    this.records = records;
    // inferred while the calls are read: a login and a logout per span, at most one span per call
    const spans: AgentSpans | undefined = agentEvents === undefined ? new Map() : undefined;
    const most = 3 * records.length + (agentEvents === undefined ? 2 * records.length : agentEvents.length);
    const times = new Float64Array(most);
    const ranks = new Uint8Array(most);
    const kind = new Uint8Array(most);
    const source = new Int32Array(most);
    let n = 0;
    const add = (time: number, rank: number, what: number, index: number) => {
      times[n] = time;
      ranks[n] = rank;
      kind[n] = what;
      source[n] = index;
      n += 1;
    };
    for (let id = 0; id < records.length; id++) {
      const call = records[id] as CallRecord;
      add(call.offeredAt, RANK.joined, JOINED, id);
      if (call.answeredAt !== undefined) {
        add(call.answeredAt, RANK.answered, ANSWERED, id);
        // A call that ends the instant it is answered completes after its answer.
        if (call.endedAt !== undefined)
          add(
            Math.max(call.endedAt, call.answeredAt),
            call.endedAt > call.answeredAt ? RANK.completed : COMPLETED_AT_ANSWER,
            COMPLETED,
            id,
          );
        if (spans !== undefined && call.agent !== undefined)
          addSpan(
            spans,
            call.agent,
            call.answeredAt - agentWindow,
            Math.max(call.endedAt ?? call.answeredAt, call.answeredAt) + agentWindow,
          );
      } else {
        const leftAt = call.abandonedAt ?? call.exitedAt;
        if (leftAt !== undefined) add(leftAt, RANK.abandoned, LEFT, id);
      }
    }
    const agents = agentEvents ?? (mergedSpans(spans as AgentSpans, named) as Agent[]);
    this.agents = agents;
    for (const [i, agent] of agents.entries()) add(agent.time, RANK[agent.type], AGENT, i);
    this.length = n;
    this.times = times.subarray(0, n);
    this.kind = kind.subarray(0, n);
    this.source = source.subarray(0, n);
    this.order = timeOrder(this.times, ranks.subarray(0, n));
  }

  /** The `k`-th event in time order (0 ≤ k < {@link CallLogEvents.length}), a new object (an agent event as given). */
  event(k: number): LogCallEvent | Agent {
    const built = this.order[k] as number;
    const index = this.source[built] as number;
    const what = this.kind[built] as number;
    if (what === AGENT) return this.agents[index] as Agent;
    const call = this.records[index] as CallRecord;
    if (what === JOINED) {
      const joined: LogCallEvent = { type: 'joined', time: call.offeredAt, id: index };
      if (call.priority !== undefined && call.priority !== 0) joined.priority = call.priority;
      return joined;
    }
    // the time it was placed at: the answer, the later of the end and the answer, the abandon or exit
    const time = this.times[built] as number;
    if (what === ANSWERED) return { type: 'answered', time, id: index };
    if (what === COMPLETED) return { type: 'completed', time, id: index };
    return { type: 'abandoned', time, id: index };
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
 * The indices of events sorted by (time, rank, index), exactly as a comparison sort on those
 * three keys would order them (every time a finite number; −0 ties with 0). Whole-second times
 * (most logs) in a range that leaves room: one numeric sort of the exact keys
 * ((time − earliest) × ranks + rank) × events + index. Any others: each time replaced by its
 * place among the distinct times (a numeric sort, then binary searches), then a counting sort on
 * place × ranks + rank, stable, so ties keep the index order.
 */
function timeOrder(times: Float64Array, ranks: Uint8Array): Int32Array {
  const n = times.length;
  let earliest = Infinity;
  let latest = -Infinity;
  let whole = true;
  // indexed: an iterator here, run once per log, allocated a result and a number per event
  for (let i = 0; i < n; i++) {
    const t = times[i] as number;
    if (t < earliest) earliest = t;
    if (t > latest) latest = t;
    if (!Number.isInteger(t)) whole = false;
  }
  // below 2^53 every key, and every time's offset from the earliest, is exact
  return whole && ((latest - earliest) * RANKS + RANKS) * n < 2 ** 53 ? wholeSecondOrder(times, ranks, earliest) : placeOrder(times, ranks);
}

/** {@link timeOrder} for whole-second times whose exact keys stay below 2^53. */
function wholeSecondOrder(times: Float64Array, ranks: Uint8Array, earliest: number): Int32Array {
  const n = times.length;
  const keys = new Float64Array(n);
  // indexed loops: forEach here made building a month's events 10% slower (measured)
  for (let i = 0; i < n; i++) keys[i] = (((times[i] as number) - earliest) * RANKS + (ranks[i] as number)) * n + i;
  keys.sort();
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = (keys[i] as number) % n;
  return order;
}

/** {@link timeOrder} for any finite times: by each time's place among the distinct times. */
function placeOrder(times: Float64Array, ranks: Uint8Array): Int32Array {
  const n = times.length;
  const distinct = times.slice().sort();
  let count = 0;
  let last = 0;
  // in place: the count never passes the index read
  distinct.forEach((t, i) => {
    // −0 and +0 are one time, as the tracker takes them
    if (i === 0 || t !== last) distinct[count++] = t;
    last = t;
  });
  const keys = new Int32Array(n);
  const starts = new Int32Array(count * RANKS + 1);
  for (let i = 0; i < n; i++) {
    const t = times[i] as number;
    let lo = 0;
    let hi = count - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((distinct[mid] as number) < t) lo = mid + 1;
      else hi = mid;
    }
    const key = lo * RANKS + (ranks[i] as number);
    keys[i] = key;
    addAt(starts, key + 1, 1);
  }
  for (let key = 1; key < starts.length; key++) starts[key] = (starts[key] as number) + (starts[key - 1] as number);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const key = keys[i] as number;
    order[starts[key] as number] = i;
    addAt(starts, key, 1);
  }
  return order;
}

/** Per named agent, in order of first call, the starts and ends of its calls' spans [answer − window, end + window]. */
type AgentSpans = Map<string, { starts: number[]; ends: number[] }>;

/** Adds a call's span [`start`, `end`] to its agent's. */
function addSpan(spans: AgentSpans, agent: string, start: number, end: number): void {
  let own = spans.get(agent);
  if (own === undefined) {
    own = { starts: [], ends: [] };
    spans.set(agent, own);
  }
  own.starts.push(start);
  own.ends.push(end);
}

/**
 * `login`/`logout` events of the named agents, each present within its calls' spans: per agent
 * (in order of first call), the union of its spans, spans that touch merged, from the spans'
 * starts and ends each sorted (a start before an end at one time), in order; each naming its
 * agent when `named`.
 */
function mergedSpans(spans: AgentSpans, named: boolean): LogAgentEvent[] {
  const out: LogAgentEvent[] = [];
  for (const [name, agent] of spans) {
    const who = named ? { agent: name } : {};
    const starts = new Float64Array(agent.starts).sort();
    const ends = new Float64Array(agent.ends).sort();
    let open = 0;
    let start = 0;
    let i = 0;
    for (let e = 0; e < ends.length; e++) {
      const end = ends[e] as number;
      // the starts up to this end open spans; then the end closes one
      for (; i < starts.length; i++) {
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
