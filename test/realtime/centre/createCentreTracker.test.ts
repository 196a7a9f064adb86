import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { CentreTracker, CentreTrackerEvent, QueueEvent, RecordResult } from '../../../src/index.js';
import {
  createCentreTracker,
  createQueueTracker,
  QueueInputError,
  restoreCentreTracker,
  restoreQueueTracker,
  TrackerEventError,
} from '../../../src/index.js';

const outcome = (r: RecordResult) => (r.ok ? 'ok' : `${r.error.code}:${r.error.parameter}`);
const again = (c: CentreTracker) => restoreCentreTracker(JSON.parse(JSON.stringify(c.snapshot())));

/** The centre's snapshot without its own and its trackers' accepted/rejected counters. */
function state(c: CentreTracker): string {
  const s = c.snapshot();
  const strip = (t: { state: Record<string, unknown> }) => ({ ...t, state: { ...t.state, accepted: 0, rejected: 0 } });
  const line = s.state.line as { state: Record<string, unknown> } | null;
  return JSON.stringify({
    queues: Object.fromEntries(Object.entries(s.queues).map(([q, t]) => [q, strip(t)])),
    state: { ...s.state, accepted: 0, rejected: 0, line: line === null ? null : strip(line) },
  });
}

const QUEUES = ['A', 'B', 'C'] as const;
const AGENTS = ['x', 'y', 'z', 'w'] as const;

/** Random centre events over small id spaces, every kind of fault included; `dt` is added to the clock. */
const eventArb: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record(
      {
        type: fc.constant('joined'),
        dt: fc.double({ min: 0, max: 60, noNaN: true }),
        id: fc.integer({ min: 0, max: 9 }),
        queue: fc.constantFrom(...QUEUES),
        priority: fc.constantFrom(undefined, 0, 1),
      },
      { requiredKeys: ['type', 'dt', 'id', 'queue'] },
    ),
  },
  {
    weight: 6,
    arbitrary: fc.record(
      {
        type: fc.constantFrom('answered', 'abandoned', 'completed'),
        dt: fc.double({ min: 0, max: 60, noNaN: true }),
        id: fc.integer({ min: 0, max: 9 }),
        agent: fc.constantFrom(...AGENTS),
      },
      { requiredKeys: ['type', 'dt', 'id'] },
    ),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      type: fc.constantFrom('login', 'logout'),
      dt: fc.double({ min: 0, max: 30, noNaN: true }),
      agent: fc.constantFrom(...AGENTS),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      type: fc.constantFrom('login', 'logout'),
      dt: fc.double({ min: 0, max: 30, noNaN: true }),
      queue: fc.constantFrom(...QUEUES),
      count: fc.integer({ min: 1, max: 3 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      type: fc.constant('agent'),
      dt: fc.double({ min: 0, max: 30, noNaN: true }),
      agent: fc.constantFrom(...AGENTS),
      state: fc.constantFrom('available', 'on-call', 'wrap-up', 'not-ready', 'logged-out'),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.oneof(
      fc.record({
        type: fc.constant('joined'),
        dt: fc.constantFrom(-5, NaN, 1),
        id: fc.constantFrom(1, NaN, null),
        queue: fc.constantFrom('A', 'Z', 3, undefined),
      }),
      fc.record({
        type: fc.constantFrom('login', 'logout'),
        dt: fc.constant(1),
        agent: fc.constantFrom('x', undefined, NaN),
        queue: fc.constantFrom('A', undefined),
        count: fc.constantFrom(undefined, 2, 0),
      }),
      fc.record({
        type: fc.constantFrom('abandoned', 'bogus'),
        dt: fc.constant(1),
        id: fc.constant(1),
        agent: fc.constant('x'),
        queue: fc.constantFrom('B', 'Z'),
      }),
      fc.constantFrom(null, undefined, 'joined', 7, []),
    ),
  },
);

/** Replays `raw` (events with `dt`) into `record`, returning the events with their times. */
function timed(raw: readonly unknown[], accepted: (event: unknown) => boolean): void {
  let clock = 0;
  for (const r of raw) {
    let event: unknown = r;
    if (typeof r === 'object' && r !== null && 'dt' in r) {
      const { dt, ...rest } = r as { dt: number };
      event = Object.fromEntries(Object.entries({ ...rest, time: clock + dt }).filter(([, v]) => v !== undefined));
    }
    if (accepted(event)) clock = (event as { time: number }).time;
  }
}

const ROSTER = [
  { agent: 'x', serves: { A: 0, B: 1 } },
  { agent: 'y', serves: { B: 0 } },
  { agent: 'z', serves: { A: 0, C: 0 } },
];

describe('createCentreTracker: queues sharing agents', () => {
  it('events name the queue; agents count in every queue they serve; an agent answering another queue serves it from then on', () => {
    const c = createCentreTracker({ queues: { A: {}, B: {}, C: {} }, agents: ROSTER });
    expect(c.queues).toEqual(['A', 'B', 'C']);
    expect(outcome(c.record({ type: 'login', time: 0, agent: 'x' }))).toBe('ok');
    expect(outcome(c.record({ type: 'login', time: 0, agent: 'y' }))).toBe('ok');
    expect(outcome(c.record({ type: 'login', time: 0, queue: 'C', count: 2 }))).toBe('ok');
    const agents = () => c.queues.map((q) => c.stats().queues[q]?.agents);
    expect(agents()).toEqual([1, 2, 2]);
    expect(c.stats().agents).toBe(2);
    expect(outcome(c.record({ type: 'joined', time: 1, id: 'c1', queue: 'B' }))).toBe('ok');
    expect(outcome(c.record({ type: 'joined', time: 2, id: 'c2', queue: 'A', priority: 1 }))).toBe('ok');
    // x prefers A (penalty 0): while A has a caller waiting, x does not count in B
    expect(agents()).toEqual([1, 1, 2]);
    expect([c.queueOf('c1'), c.queueOf('c2'), c.queueOf('c3')]).toEqual(['B', 'A', undefined]);
    expect([c.position('c1'), c.position('c2')]).toEqual([0, 0]);
    expect(c.queue('B').position('c1')).toBe(0);
    expect(c.estimate('c1')?.mean).toBeGreaterThan(0);
    expect(c.estimate('c3')).toBeUndefined();
    // y serves B only: its answer of an A caller teaches the centre that it serves A, after B
    // (which has c1 waiting, so y does not count in A yet); A is empty again, so x counts in B.
    expect(outcome(c.record({ type: 'answered', time: 3, id: 'c2', agent: 'y' }))).toBe('ok');
    expect(agents()).toEqual([1, 2, 2]);
    expect(outcome(c.record({ type: 'abandoned', time: 4, id: 'c1' }))).toBe('ok');
    expect(agents()).toEqual([2, 2, 2]);
    expect(c.queueOf('c2')).toBe('A');
    expect(outcome(c.record({ type: 'completed', time: 50, id: 'c2' }))).toBe('ok');
    expect(c.queueOf('c2')).toBeUndefined();
    expect(outcome(c.record({ type: 'logout', time: 60, agent: 'y' }))).toBe('ok');
    expect(agents()).toEqual([1, 1, 2]);
    expect(c.stats()).toMatchObject({ accepted: 9, rejected: 0, waiting: 0, time: 60 });
  });

  it('an agent followed through agent events is on a call of one queue in all its queues; a queue it prefers with callers waiting holds it from the others', () => {
    const c = createCentreTracker({ queues: { A: {}, B: {} }, agents: [{ agent: 'x', serves: { A: 0, B: 1 } }] });
    const idle = () => [c.queue('A').stats().idle, c.queue('B').stats().idle];
    c.record({ type: 'agent', time: 0, agent: 'x', state: 'available' });
    expect(idle()).toEqual([1, 1]);
    c.record({ type: 'joined', time: 1, id: 1, queue: 'A' });
    expect(idle()).toEqual([1, 0]);
    expect(outcome(c.record({ type: 'answered', time: 2, id: 1, agent: 'x' }))).toBe('ok');
    expect(idle()).toEqual([0, 0]);
    expect(outcome(c.record({ type: 'completed', time: 60, id: 1 }))).toBe('ok');
    expect(idle()).toEqual([1, 1]);
  });

  it('rejects each fault with its code, never throwing', () => {
    const c = createCentreTracker({ queues: { A: {}, B: {} } });
    const codes = [
      c.record({ type: 'joined', time: 1, id: 1, queue: 'Z' }),
      c.record({ type: 'joined', time: 1, id: 1 } as never),
      c.record({ type: 'joined', time: 1, id: 1, queue: 'A' }),
      c.record({ type: 'joined', time: 2, id: 1, queue: 'B' }),
      c.record({ type: 'answered', time: 3, id: 1, queue: 'B' }),
      c.record({ type: 'answered', time: -10, id: 1 }),
      c.record({ type: 'logout', time: 3, agent: 'ann' }),
      c.record({ type: 'logout', time: 3, queue: 'A', count: 1 }),
      c.record({ type: 'login', time: 3 }),
      c.record({ type: 'login', time: 3, agent: 'ann', queue: 'A' }),
      c.record({ type: 'login', time: 3, agent: 'ann', count: 2 }),
      c.record({ type: 'agent', time: 3, agent: 'ann', state: 'asleep' } as never),
      c.record({ type: 'abandoned', time: 3, id: 1, agent: 'ann' } as never),
      c.record({ type: 'completed', time: 3, id: 1 }),
      c.record(null as never),
    ].map(outcome);
    expect(codes).toEqual([
      'bad-event:queue',
      'bad-event:queue',
      'ok',
      'duplicate-call:id',
      'unknown-call:id',
      'out-of-order:time',
      'agent-mismatch:agent',
      'agents-below-zero:count',
      'bad-event:agent',
      'bad-event:agent',
      'bad-event:count',
      'bad-event:state',
      'bad-event:agent',
      'unknown-call:id',
      'bad-event:event',
    ]);
    expect(c.stats()).toMatchObject({ accepted: 1, rejected: 14 });
  });

  it('a misspelt field is named with the fields a centre event takes, and an object shown as such (were "fields: type, time, count", "got [object Object]")', () => {
    const c = createCentreTracker({ queues: { A: {} } });
    const login = c.record({ type: 'login', time: 1, agent: 'ann', serves: { A: 0 } } as never);
    expect(login.ok).toBe(false);
    expect(login.ok ? '' : login.error.message).toBe(
      "event rejected (bad-event): serves must be no such field on a 'login' event (fields: type, time, count, agent, queue), got object",
    );
    const joined = c.record({ type: 'joined', time: 1, id: 1, queue: 'A', skill: 'x' } as never);
    expect(joined.ok ? '' : joined.error.message).toBe(
      `event rejected (bad-event): skill must be no such field on a 'joined' event (fields: type, time, id, priority, queue), got "x"`,
    );
  });

  it('bad options and queries throw a QueueInputError naming the parameter', () => {
    const bad = (options: unknown) => () => createCentreTracker(options as never);
    expect(bad(undefined)).toThrow(QueueInputError);
    expect(bad({ queues: {} })).toThrow('options.queues');
    expect(bad({ queues: { A: { handleTime: -1 } } })).toThrow('options.queues.A.handleTime');
    expect(bad({ queues: { A: {} }, agents: [{ agent: 'x', serves: { B: 0 } }] })).toThrow('options.agents[0].serves.B');
    expect(bad({ queues: { A: {} }, agents: [{ agent: 'x', serves: { A: 0.5 } }] })).toThrow('options.agents[0].serves.A');
    expect(
      bad({
        queues: { A: {} },
        agents: [
          { agent: 'x', serves: {} },
          { agent: 'x', serves: {} },
        ],
      }),
    ).toThrow('options.agents[1].agent');
    expect(bad({ queues: { A: {} }, lines: {} })).toThrow('options.lines');
    expect(() => createCentreTracker({ queues: { A: {} } }).queue('B')).toThrow('name');
  });

  it('snapshots: a centre restores from JSON as it was; a single queue and a centre read only their own snapshots', () => {
    const c = createCentreTracker({ queues: { A: { handleTime: 120 }, B: {} }, agents: ROSTER.slice(0, 2) });
    c.record({ type: 'agent', time: 0, agent: 'x', state: 'available' });
    c.record({ type: 'login', time: 0, agent: 'y' });
    c.record({ type: 'joined', time: 1, id: 'c1', queue: 'B' });
    c.record({ type: 'joined', time: 2, id: 'c2', queue: 'A' });
    c.record({ type: 'answered', time: 3, id: 'c1', agent: 'x' });
    const r = again(c);
    expect(state(r)).toBe(state(c));
    expect(r.stats()).toEqual(c.stats());
    expect(r.estimate('c2')?.mean).toBe(c.estimate('c2')?.mean);
    expect(outcome(r.record({ type: 'completed', time: 9, id: 'c1' }))).toBe('ok');
    expect(() => restoreQueueTracker(c.snapshot() as never)).toThrow('snapshot.kind');
    expect(() => restoreCentreTracker(createQueueTracker().snapshot() as never)).toThrow('snapshot.kind');
    const tampered = JSON.parse(JSON.stringify(c.snapshot()));
    tampered.state.roster.agents[0][1] = { Z: 0 };
    expect(() => restoreCentreTracker(tampered)).toThrow(QueueInputError);
    // versions 1 (with the sums of a duel no longer kept) and 2 (no routing correction, callers told
    // the routing view's own mean) restore the same centre, its routing correction learned afresh
    type Duel = { duel: unknown; reverse?: unknown; calibration?: unknown; told: unknown[][] };
    const older = JSON.parse(JSON.stringify(c.snapshot()));
    const fresh = JSON.parse(JSON.stringify(c.snapshot()));
    for (const duel of Object.values(older.state.duels) as Duel[]) {
      duel.calibration = undefined;
      duel.told = duel.told.map((row) => [...row.slice(0, 4), row[5]]);
      duel.reverse = duel.duel;
    }
    for (const duel of Object.values(fresh.state.duels) as Duel[]) duel.calibration = [0, 0, 0];
    for (const version of [1, 2]) expect(state(restoreCentreTracker({ ...older, version }))).toBe(state(restoreCentreTracker(fresh)));
    expect(() => restoreCentreTracker({ ...older, version: 4 })).toThrow('snapshot.version');
    expect(() => restoreCentreTracker({ ...older, version: 3 })).toThrow(QueueInputError);
  });

  test.prop([fc.array(eventArb, { maxLength: 120 })], { numRuns: 120 })(
    'record never throws; a rejected event changes nothing; estimates are never negative or NaN; a snapshot restores the same centre',
    (raw) => {
      const c = createCentreTracker({ queues: { A: { capacity: 6, history: 8 }, B: { history: 8 }, C: {} }, agents: ROSTER });
      timed(raw, (event) => {
        const before = state(c);
        const result = c.record(event as CentreTrackerEvent);
        if (!result.ok) {
          expect(result.error).toBeInstanceOf(TrackerEventError);
          expect(state(c)).toBe(before);
        }
        for (const q of c.queues) {
          for (const { id, estimate } of c.queue(q).estimateAll()) {
            expect(c.queueOf(id)).toBe(q);
            for (const x of [estimate.mean, estimate.quantile(0.8), c.estimate(id)?.mean as number]) {
              expect(x).toBeGreaterThanOrEqual(0);
            }
          }
          expect(c.queue(q).predict().mean).toBeGreaterThanOrEqual(0);
        }
        return result.ok;
      });
      expect(state(again(c))).toBe(state(c));
    },
  );

  test.prop([fc.array(eventArb, { maxLength: 120 })], { numRuns: 80 })(
    'with log-ins by queue or by name only, every estimate is finite while its queue has agents',
    (raw) => {
      const c = createCentreTracker({ queues: { A: {}, B: {}, C: {} }, agents: ROSTER });
      const noStates = raw.filter((r) => (r as { type?: unknown } | null)?.type !== 'agent');
      timed(noStates, (event) => {
        const ok = c.record(event as CentreTrackerEvent).ok;
        for (const q of c.queues)
          if ((c.stats().queues[q]?.agents as number) > 0)
            for (const { estimate } of c.queue(q).estimateAll()) expect(Number.isFinite(estimate.mean)).toBe(true);
        return ok;
      });
    },
  );

  it('an answer by an agent nobody reported, refused where agents report states, leaves the centre as it was (found with seed 1747704037)', () => {
    const c = createCentreTracker({ queues: { A: {}, B: {} }, agents: [{ agent: 'x', serves: { A: 0, B: 1 } }] });
    c.record({ type: 'agent', time: 0, agent: 'x', state: 'available' });
    c.record({ type: 'joined', time: 0, id: 0, queue: 'A' });
    const before = state(c);
    expect(outcome(c.record({ type: 'answered', time: 0, id: 0, agent: 'w' }))).toBe('agent-mismatch:agent');
    expect(state(c)).toBe(before);
  });

  it('a state reported for an agent absent from its queue moves the queue on as a single tracker (found with seed -351279226)', () => {
    const c = createCentreTracker({
      queues: { A: {} },
      agents: [
        { agent: 'x', serves: { A: 0 } },
        { agent: 'y', serves: { A: 0 } },
      ],
    });
    const t = createQueueTracker();
    const events: QueueEvent[] = [
      { type: 'joined', time: 0, id: 0 },
      { type: 'agent', time: 0, agent: 'x', state: 'available' },
      { type: 'agent', time: 4.3246257801501394e-13, agent: 'y', state: 'logged-out' },
    ];
    for (const e of events) {
      expect(c.record(e.type === 'joined' ? { ...e, queue: 'A' } : e).ok).toBe(true);
      t.record(e);
    }
    expect(c.queue('A').predict()).toEqual(t.predict());
  });

  test.prop([fc.array(eventArb, { maxLength: 120 })], { numRuns: 80 })(
    'a centre of one queue answers as the single-queue tracker fed the same events',
    (raw) => {
      const c = createCentreTracker({ queues: { A: { history: 8 } }, agents: AGENTS.map((agent) => ({ agent, serves: { A: 0 } })) });
      const t = createQueueTracker({ history: 8 });
      timed(raw, (event) => {
        // one queue: joins name it, log-ins count its agents; the single queue's events name none
        let single = event;
        let centred = event;
        if (typeof event === 'object' && event !== null && !Array.isArray(event)) {
          const { queue: _queue, ...rest } = event as Record<string, unknown>;
          single = rest;
          centred = rest.type === 'joined' ? { ...rest, queue: 'A' } : rest;
          if (rest.type === 'login' || rest.type === 'logout') {
            const { agent: _agent, ...counted } = rest;
            single = counted;
            centred = { ...counted, queue: 'A' };
          }
        }
        const ok = c.record(centred as CentreTrackerEvent).ok;
        expect(t.record(single as QueueEvent).ok).toBe(ok);
        const view = c.queue('A');
        expect(view.estimateAll()).toEqual(t.estimateAll());
        expect(view.predict()).toEqual(t.predict());
        expect(view.accuracy()).toEqual(t.accuracy());
        return ok;
      });
    },
  );
});
