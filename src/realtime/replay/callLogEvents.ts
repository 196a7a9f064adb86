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
  const rank: number[] = [];
  const add = (event: QueueEvent, order: number) => {
    events.push(event);
    rank.push(order);
  };
  for (let id = 0; id < records.length; id++) {
    const call = records[id] as CallRecord;
    const joined: QueueEvent = { type: 'joined', time: call.offeredAt, id };
    if (call.priority !== undefined && call.priority !== 0) joined.priority = call.priority;
    add(joined, RANK.joined);
    if (call.answeredAt !== undefined) {
      add({ type: 'answered', time: call.answeredAt, id }, RANK.answered);
      // A call that ends the instant it is answered completes after its answer.
      if (call.endedAt !== undefined)
        add(
          { type: 'completed', time: Math.max(call.endedAt, call.answeredAt), id },
          call.endedAt > call.answeredAt ? RANK.completed : RANK.answered + 0.5,
        );
    } else if (call.abandonedAt !== undefined || call.exitedAt !== undefined) {
      add({ type: 'abandoned', time: call.abandonedAt ?? (call.exitedAt as number), id }, RANK.abandoned);
    }
  }
  for (const event of agentEvents ?? inferAgents(records, agentWindow)) add(event, RANK[event.type]);
  const times = new Float64Array(events.length);
  const order: number[] = [];
  for (let i = 0; i < events.length; i++) {
    times[i] = (events[i] as QueueEvent).time;
    order.push(i);
  }
  order.sort((a, b) => (times[a] as number) - (times[b] as number) || (rank[a] as number) - (rank[b] as number) || a - b);
  const sorted: QueueEvent[] = [];
  for (const i of order) sorted.push(events[i] as QueueEvent);
  return sorted;
}

/** `login`/`logout` events of the named agents, each present within `window` seconds of its calls. */
function inferAgents(records: readonly CallRecord[], window: number): QueueEvent[] {
  const spans = new Map<string, number[]>();
  for (const call of records) {
    if (call.agent === undefined || call.answeredAt === undefined) continue;
    const list = spans.get(call.agent) ?? [];
    if (list.length === 0) spans.set(call.agent, list);
    list.push(call.answeredAt - window, Math.max(call.endedAt ?? call.answeredAt, call.answeredAt) + window);
  }
  const out: QueueEvent[] = [];
  for (const list of spans.values()) {
    // the agent's spans (start, end) in order of start, merged where they overlap
    const byStart: number[] = [];
    for (let i = 0; i < list.length; i += 2) byStart.push(i);
    byStart.sort((a, b) => (list[a] as number) - (list[b] as number));
    let start = list[byStart[0] as number] as number;
    let end = list[(byStart[0] as number) + 1] as number;
    for (let k = 1; k < byStart.length; k++) {
      const s = list[byStart[k] as number] as number;
      const e = list[(byStart[k] as number) + 1] as number;
      if (s <= end) end = Math.max(end, e);
      else {
        out.push({ type: 'login', time: start }, { type: 'logout', time: end });
        start = s;
        end = e;
      }
    }
    out.push({ type: 'login', time: start }, { type: 'logout', time: end });
  }
  return out;
}
