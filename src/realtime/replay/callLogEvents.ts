import type { CallRecord } from '../../calllog/CallRecord.js';
import type { QueueEvent } from '../tracker/QueueEvent.js';

/** Order of events at one instant: log-ins, completions, joins, answers and abandons, log-outs. */
const RANK: Record<QueueEvent['type'], number> = { login: 0, agent: 0, completed: 1, joined: 2, answered: 3, abandoned: 3, logout: 4 };

/**
 * The tracker events a call log stands for, in time order: each call joined at `offeredAt` (with
 * its priority), answered or abandoned, completed at `endedAt`; agents as `agentEvents` when
 * given, else inferred as the distinct named agents with a call within `agentWindow` seconds
 * (each agent present from `agentWindow` before its first call's answer to `agentWindow` after
 * its last call's end, in merged spans), sent as `login`/`logout`. A call that left the queue
 * unanswered (`exitedAt`) leaves it as an abandon does. Call ids are the record's
 * index in `records`.
 */
export function callLogEvents(
  records: readonly CallRecord[],
  agentEvents: readonly QueueEvent[] | undefined,
  agentWindow: number,
): QueueEvent[] {
  const events: QueueEvent[] = [];
  records.forEach((call, id) => {
    const joined: QueueEvent = { type: 'joined', time: call.offeredAt, id };
    if (call.priority !== undefined && call.priority !== 0) joined.priority = call.priority;
    events.push(joined);
    if (call.answeredAt !== undefined) {
      events.push({ type: 'answered', time: call.answeredAt, id });
      if (call.endedAt !== undefined) events.push({ type: 'completed', time: Math.max(call.endedAt, call.answeredAt), id });
    } else if (call.abandonedAt !== undefined || call.exitedAt !== undefined) {
      events.push({ type: 'abandoned', time: call.abandonedAt ?? (call.exitedAt as number), id });
    }
  });
  events.push(...(agentEvents ?? inferAgents(records, agentWindow)));
  const times = new Float64Array(events.length);
  const rank = new Float64Array(events.length);
  const order = new Uint32Array(events.length);
  for (let i = 0; i < events.length; i++) {
    const e = events[i] as QueueEvent;
    times[i] = e.time;
    // A call that ends the instant it is answered completes after its answer.
    rank[i] = e.type === 'completed' && (records[e.id as number] as CallRecord).answeredAt === e.time ? RANK.answered + 0.5 : RANK[e.type];
    order[i] = i;
  }
  order.sort((a, b) => (times[a] as number) - (times[b] as number) || (rank[a] as number) - (rank[b] as number) || a - b);
  return Array.from(order, (i) => events[i] as QueueEvent);
}

/** `login`/`logout` events of the named agents, each present within `window` seconds of its calls. */
function inferAgents(records: readonly CallRecord[], window: number): QueueEvent[] {
  const spans = new Map<string, [number, number][]>();
  for (const call of records) {
    if (call.agent === undefined || call.answeredAt === undefined) continue;
    const list = spans.get(call.agent) ?? [];
    list.push([call.answeredAt - window, Math.max(call.endedAt ?? call.answeredAt, call.answeredAt) + window]);
    spans.set(call.agent, list);
  }
  const out: QueueEvent[] = [];
  for (const list of spans.values()) {
    list.sort((a, b) => a[0] - b[0]);
    let [start, end] = list[0] as [number, number];
    for (const [s, e] of list.slice(1)) {
      if (s <= end) end = Math.max(end, e);
      else {
        out.push({ type: 'login', time: start }, { type: 'logout', time: end });
        [start, end] = [s, e];
      }
    }
    out.push({ type: 'login', time: start }, { type: 'logout', time: end });
  }
  return out;
}
