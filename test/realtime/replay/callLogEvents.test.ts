import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import type { CallRecord, QueueEvent } from '../../../src/index.js';
import { CallLogEvents, callLogEvents } from '../../../src/realtime/replay/callLogEvents.js';

/** The order callLogEvents promises, by a plain sort: time, then login/agent, completed, joined, answered or abandoned, logout (a completion at its answer's instant after it), then as built. */
/** A call's event's id (undefined for agent events). */
const idOf = (e: QueueEvent): unknown => ('id' in e ? e.id : undefined);
const RANK: Record<QueueEvent['type'], number> = { login: 0, agent: 0, completed: 1, joined: 2, answered: 3, abandoned: 3, logout: 4 };
const call = fc
  .record({
    // whole seconds mostly (sorted by exact keys), sometimes fractions, −0 or times far apart (sorted by the times' places)
    offeredAt: fc.oneof(
      { weight: 4, arbitrary: fc.integer({ min: 0, max: 20 }) },
      fc.integer({ min: -8, max: 80 }).map((x) => x / 4),
      fc.constantFrom(-0, 2 ** 53 + 2, 1e300, -1e300),
      // whole seconds over two decades: sort keys of up to 32 bits
      fc.integer({ min: 0, max: 700_000_000 }),
    ),
    wait: fc.integer({ min: 0, max: 5 }),
    talk: fc.integer({ min: -2, max: 5 }),
  })
  .chain(({ offeredAt, wait, talk }) =>
    fc.constantFrom<CallRecord>(
      { offeredAt, answeredAt: offeredAt + wait, endedAt: offeredAt + wait + Math.max(talk, 0), agent: `A${talk & 3}` },
      { offeredAt, answeredAt: offeredAt + wait, agent: 'B' },
      { offeredAt, abandonedAt: offeredAt + wait, priority: 1 },
      { offeredAt, exitedAt: offeredAt + wait },
      { offeredAt },
    ),
  );

describe("callLogEvents: the log's events in time order, ties as documented", () => {
  test.prop([fc.array(call, { maxLength: 40 }), fc.integer({ min: 1, max: 10 }), fc.boolean()], { numRuns: 200 })(
    'puts every event of the calls (and agents) in the order of a plain sort on (time, rank, place built)',
    (records, window, given) => {
      const agentEvents: QueueEvent[] | undefined = given
        ? [
            { type: 'logout', time: 7 },
            { type: 'login', time: 7 },
            { type: 'agent', time: 3, agent: 'A', state: 'available' },
          ]
        : undefined;
      const events = callLogEvents(records, agentEvents, window);
      const rank = (e: QueueEvent) => (e.type === 'completed' && records[idOf(e) as number]?.answeredAt === e.time ? 3.5 : RANK[e.type]);
      for (let i = 1; i < events.length; i++) {
        const [a, b] = [events[i - 1] as QueueEvent, events[i] as QueueEvent];
        expect(a.time < b.time || (a.time === b.time && rank(a) <= rank(b))).toBe(true);
        // among calls' events tied on time and rank, the earlier record first
        if (a.time === b.time && rank(a) === rank(b) && idOf(a) !== undefined && idOf(b) !== undefined)
          expect((idOf(a) as number) < (idOf(b) as number)).toBe(true);
      }
      const perCall = records.reduce(
        (n, c) =>
          n +
          1 +
          (c.answeredAt !== undefined
            ? c.endedAt !== undefined
              ? 2
              : 1
            : c.abandonedAt !== undefined || c.exitedAt !== undefined
              ? 1
              : 0),
        0,
      );
      expect(events.filter((e) => idOf(e) !== undefined)).toHaveLength(perCall);
      if (agentEvents !== undefined) expect(events.filter((e) => idOf(e) === undefined)).toHaveLength(3);
      // read into the log's reused objects, each event is the same as a new one
      const log = new CallLogEvents(records, agentEvents, window);
      for (let k = 0; k < log.length; k++) expect({ ...log.event(k, true) }).toEqual(events[k]);
    },
  );
});

/** The agents' spans merged pairwise (sorted by start, a span that starts by the current end extends it): a reference. */
function mergedSpans(records: readonly CallRecord[], window: number): [number, number][] {
  const byAgent = new Map<string, [number, number][]>();
  for (const c of records) {
    if (c.agent === undefined || c.answeredAt === undefined) continue;
    byAgent.set(c.agent, [
      ...(byAgent.get(c.agent) ?? []),
      [c.answeredAt - window, Math.max(c.endedAt ?? c.answeredAt, c.answeredAt) + window],
    ]);
  }
  const out: [number, number][] = [];
  for (const spans of byAgent.values()) {
    spans.sort((a, b) => a[0] - b[0]);
    let [start, end] = spans[0] as [number, number];
    for (const [s, e] of spans.slice(1)) {
      if (s <= end) end = Math.max(end, e);
      else {
        out.push([start, end]);
        [start, end] = [s, e];
      }
    }
    out.push([start, end]);
  }
  return out;
}

describe('callLogEvents without agent events: agents inferred from the calls', () => {
  const named = fc.record({
    offeredAt: fc.integer({ min: 0, max: 100 }),
    wait: fc.integer({ min: 0, max: 20 }),
    talk: fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }),
    agent: fc.constantFrom('A', 'B', 'C'),
  });
  test.prop([fc.array(named, { maxLength: 40 }), fc.integer({ min: 0, max: 15 })], { numRuns: 200 })(
    "logs each agent in and out over the union of its calls' spans (touching spans merged), as a pairwise merge does",
    (drawn, window) => {
      const records: CallRecord[] = drawn.map(({ offeredAt, wait, talk, agent }) =>
        talk === undefined
          ? { offeredAt, answeredAt: offeredAt + wait, agent }
          : { offeredAt, answeredAt: offeredAt + wait, endedAt: offeredAt + wait + talk, agent },
      );
      const agents = callLogEvents(records, undefined, window).filter((e) => e.type === 'login' || e.type === 'logout');
      const logins = agents.filter((e) => e.type === 'login').map((e) => e.time);
      const logouts = agents.filter((e) => e.type === 'logout').map((e) => e.time);
      const spans = mergedSpans(records, window);
      const sorted = (list: number[]) => [...list].sort((a, b) => a - b);
      expect(sorted(logins)).toEqual(sorted(spans.map((s) => s[0])));
      expect(sorted(logouts)).toEqual(sorted(spans.map((s) => s[1])));
    },
  );
});
