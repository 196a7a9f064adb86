import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { CallRecord, CentreAgent, CentreEvent, CentreTracker, CentreTrackerEvent } from '../../../src/index.js';
import { parseCallLog, simulateCentre } from '../../../src/index.js';
import { CallLogEvents } from '../../../src/realtime/replay/callLogEvents.js';

/** A centre's events and the call log its backend writes (each record's `callType` its queue). */
export interface CentreLog {
  readonly queues: readonly string[];
  /** The live events, in time order (calls known by their index in `records`). */
  readonly events: readonly CentreTrackerEvent[];
  readonly records: readonly CallRecord[];
  /** The agents' events (log-ins by name, or states). */
  readonly agentEvents: readonly CentreTrackerEvent[];
  /** The roster a user declares. */
  readonly roster: readonly CentreAgent[];
}

/**
 * A simulated centre (three queues, a shared pool: sales, care, and a group serving both with
 * care at penalty 1) over `hours`: the simulator's events (its extra facts stripped) and the call
 * log they make.
 */
export function simulatedCentre(seed: number, hours: number): CentreLog {
  const queues = ['sales', 'care', 'tech'];
  const scenario = {
    queues: [
      { name: 'sales', arrivalRate: 0.02, handleTime: 180, patience: 400 },
      { name: 'care', arrivalRate: 0.015, handleTime: 240, patience: 600 },
      { name: 'tech', arrivalRate: 0.008, handleTime: 300, patience: 500 },
    ],
    agents: [
      { name: 's', count: 3, serves: ['sales'] },
      { name: 'c', count: 3, serves: ['care', 'tech'] },
      { name: 'x', count: 2, serves: ['sales', { queue: 'care', penalty: 1 }] },
    ],
  };
  const roster: CentreAgent[] = [];
  for (const group of scenario.agents)
    for (let k = 0; k < group.count; k++)
      roster.push({
        agent: `${group.name}:${k}`,
        serves: Object.fromEntries(group.serves.map((s) => (typeof s === 'string' ? [s, 0] : [s.queue, s.penalty]))),
      });
  const events: CentreTrackerEvent[] = [];
  const records: { offeredAt: number; answeredAt?: number; abandonedAt?: number; endedAt?: number; agent?: string; callType: string }[] =
    [];
  const strip = (e: CentreEvent): CentreTrackerEvent => {
    if (e.type === 'agent') return e;
    if (e.type === 'joined') {
      records[e.id] = { offeredAt: e.time, callType: e.queue };
      return e;
    }
    const record = records[e.id] as (typeof records)[number];
    if (e.type === 'answered') {
      record.answeredAt = e.time;
      record.agent = e.agent;
      return { type: e.type, time: e.time, id: e.id, queue: e.queue, agent: e.agent };
    }
    if (e.type === 'abandoned') {
      record.abandonedAt = e.time;
      return { type: e.type, time: e.time, id: e.id, queue: e.queue };
    }
    record.endedAt = e.time;
    return { type: e.type, time: e.time, id: e.id, queue: e.queue, agent: e.agent };
  };
  simulateCentre(scenario, { seed, duration: hours * 3600, onEvent: (e) => events.push(strip(e)) });
  return { queues, events, records, agentEvents: events.filter((e) => e.type === 'agent'), roster };
}

/**
 * The bank's two weeks (../shared/data) by call type, IN included, calls answered and never ended
 * left out (they would keep an agent busy for ever in a centre that ran all along): each named
 * agent logged in by name 15 minutes around its calls (from the whole log, as the ACD's log-ins
 * would be), the roster declared from the types each agent answered in the first quarter of the
 * calls (as `bench:replay-centre`), and the events a backend sends (answers naming their agent,
 * sent again without it when the log has the agent still on its previous call).
 */
export function bankCentre(): CentreLog {
  const text = gunzipSync(
    readFileSync(fileURLToPath(new URL('../../../../shared/data/anonymous-bank-1999-02-01-to-14.tsv.gz', import.meta.url))),
  ).toString('utf8');
  // (known by their index: the log's ids left out)
  const records = parseCallLog(text, { format: 'see' })
    .calls.filter((c) => c.answeredAt === undefined || c.endedAt !== undefined)
    .map(({ id: _id, ...call }) => call);
  const queues = [...new Set(records.map((c) => c.callType as string))].sort();
  const serves = new Map<string, Record<string, number>>();
  for (const c of records.slice(0, Math.floor(records.length / 4)))
    if (c.agent !== undefined && c.answeredAt !== undefined) serves.set(c.agent, { ...serves.get(c.agent), [c.callType as string]: 0 });
  const roster = [...serves].map(([agent, s]) => ({ agent, serves: s }));
  const events = centreEvents(records);
  const agentEvents = events.filter((e) => !('id' in e));
  return { queues, events, records, agentEvents, roster };
}

/**
 * The events a backend sends for `records` (calls known by their index), in time order: each call
 * joins its `callType`'s queue, answers name the record's agent; the agents as `agentEvents`, else
 * logged in by name 15 minutes around their calls.
 */
export function centreEvents(records: readonly CallRecord[], agentEvents?: readonly CentreTrackerEvent[]): CentreTrackerEvent[] {
  const log = new CallLogEvents<CentreTrackerEvent>(records, agentEvents, 900, true);
  const events: CentreTrackerEvent[] = [];
  for (let k = 0; k < log.length; k++) {
    const e = log.event(k);
    const call = 'id' in e ? (records[e.id as number] as CallRecord) : undefined;
    if (e.type === 'joined') events.push({ ...e, queue: call?.callType as string });
    else if (e.type === 'answered' && call?.agent !== undefined) events.push({ ...e, agent: call.agent });
    else events.push(e as CentreTrackerEvent);
  }
  return events;
}

/** Records `event`; an answer the centre refuses because its agent is on another call is recorded again without the agent. */
export function recordTied(centre: CentreTracker, event: CentreTrackerEvent): void {
  const result = centre.record(event);
  if (!result.ok && result.error.code === 'agent-mismatch' && event.type === 'answered')
    centre.record({ type: 'answered', time: event.time, id: event.id });
}

/**
 * Mean absolute difference, over the callers who join in the `span` seconds after `now`, between
 * two centres' mean waits told on joining, both fed the same events from `now` on; callers told an
 * infinite wait by either are left out.
 */
export function centreJoinGap(
  a: CentreTracker,
  b: CentreTracker,
  events: readonly CentreTrackerEvent[],
  now: number,
  span: number,
): number {
  let sum = 0;
  let count = 0;
  for (const event of events) {
    if (event.time < now) continue;
    if (event.time >= now + span) break;
    recordTied(a, event);
    recordTied(b, event);
    if (event.type !== 'joined') continue;
    const gap = Math.abs((a.estimate(event.id)?.mean ?? Infinity) - (b.estimate(event.id)?.mean ?? Infinity));
    if (!Number.isFinite(gap)) continue;
    sum += gap;
    count += 1;
  }
  return count > 0 ? sum / count : 0;
}
