import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { QueueEvent, QueueTracker } from '../../../src/index.js';
import { createQueueTracker, restoreQueueTracker } from '../../../src/index.js';
import { simulateStream } from '../simulatedStream.js';

/** An hour of a small centre: joins, answers, abandons, completions, in time order. */
const hour = (seed: number) =>
  simulateStream({ seed, hours: 1, agents: 4, rate: (4 / 200) * 0.9, swing: 0.2, period: 1800, handleTime: 200, cv: 0.8, patience: 300 });

const feed = (t: QueueTracker, events: readonly QueueEvent[]) => {
  for (const e of events) t.record(e);
};
const isEnd = (e: QueueEvent) => e.type === 'answered' || e.type === 'abandoned' || e.type === 'completed';
/** The snapshot without the counters of events. */
const state = (t: QueueTracker) => {
  const s = t.snapshot();
  return JSON.stringify({ ...s, state: { ...s.state, accepted: 0, late: 0 } });
};

describe('events stamped a little before the latest time seen (a reordering feed)', () => {
  test.prop(
    [
      fc.integer({ min: 1, max: 10_000 }),
      // where (an index's share, below 1: seed 1 with where 1 pointed past the last event) and how early
      fc.array(fc.tuple(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })), {
        minLength: 1,
        maxLength: 40,
      }),
    ],
    { numRuns: 25 },
  )('are all accepted, exactly as if stamped at the latest time seen; the clock never goes back', (seed, moves) => {
    const clean = hour(seed);
    // events stamped up to reorderTolerance (5 s) early, each delivered in its place
    const early = clean.map((e) => ({ ...e }));
    for (const [where, by] of moves) {
      const e = early[Math.floor(where * early.length)] as QueueEvent;
      e.time -= 5 * by;
    }
    let latest = -Infinity;
    const atLatest = early.map((e) => {
      latest = Math.max(latest, e.time);
      return { ...e, time: latest };
    });
    const a = createQueueTracker({ agents: 4, handleTime: 200 });
    const b = createQueueTracker({ agents: 4, handleTime: 200 });
    let seen = -Infinity;
    for (const e of early) {
      expect(a.record(e).ok).toBe(true);
      expect(a.stats().time).toBeGreaterThanOrEqual(seen);
      seen = a.stats().time;
    }
    feed(b, atLatest);
    expect(a.stats().rejected).toBe(0);
    expect(a.stats().late).toBe(early.filter((e, i) => e.time < (atLatest[i] as QueueEvent).time).length);
    expect(state(a)).toBe(state(b));
    // no caller's end is lost: the line and the calls in service are as with the clean feed
    const c = createQueueTracker({ agents: 4, handleTime: 200 });
    feed(c, clean);
    expect([a.stats().waiting, a.stats().busy]).toEqual([c.stats().waiting, c.stats().busy]);
  });

  it('beyond reorderTolerance, an event is rejected as out of order and changes nothing', () => {
    const t = createQueueTracker({ agents: 1, reorderTolerance: 2 });
    t.record({ type: 'joined', time: 10, id: 'a' });
    t.record({ type: 'joined', time: 20, id: 'b' });
    const before = t.snapshot();
    const result = t.record({ type: 'answered', time: 17.5, id: 'a' });
    expect(result.ok ? undefined : [result.error.code, result.error.parameter]).toEqual(['out-of-order', 'time']);
    expect(t.snapshot()).toEqual({ ...before, state: { ...before.state, rejected: 1 } });
    // within it: taken at 20, the latest time seen (a wait of 10 s)
    expect(t.record({ type: 'answered', time: 18, id: 'a' }).ok).toBe(true);
    expect([t.stats().time, t.stats().late, t.position('b')]).toEqual([20, 1, 0]);
  });

  it('reorderTolerance 0 rejects every event stamped before the last one, as before 0.2.0', () => {
    const t = createQueueTracker({ reorderTolerance: 0 });
    t.record({ type: 'joined', time: 10, id: 'a' });
    expect(t.record({ type: 'joined', time: 9.999, id: 'b' }).ok).toBe(false);
  });
});

describe('waiting callers whose end event never came (lost)', () => {
  test.prop([fc.integer({ min: 1, max: 10_000 }), fc.double({ min: 0, max: 0.2, noNaN: true })], { numRuns: 25 })(
    'nobody waits longer than maxWait; every caller who joined is waiting, answered, abandoned or lost',
    (seed, dropShare) => {
      const maxWait = 600;
      const t = createQueueTracker({ agents: 4, handleTime: 200, maxWait });
      const joins = new Map<unknown, number>();
      const left = { joined: 0, answered: 0, abandoned: 0 };
      let drop = seed;
      for (const e of hour(seed)) {
        drop = (drop * 48271) % 2147483647;
        if (isEnd(e) && drop / 2147483647 < dropShare) continue;
        if (!t.record(e).ok) continue;
        if (e.type === 'joined') joins.set(e.id, e.time);
        if (e.type === 'joined' || e.type === 'answered' || e.type === 'abandoned') left[e.type] += 1;
        for (const c of t.estimateAll()) expect(t.stats().time - (joins.get(c.id) as number)).toBeLessThanOrEqual(maxWait);
      }
      const s = t.stats();
      expect(s.waiting + left.answered + left.abandoned + s.lost).toBe(left.joined);
    },
  );

  it('a lost caller is dropped at the first event after maxWait, counted, and leaves patience as if it never waited', () => {
    const events = (ghost: boolean): QueueEvent[] => [
      ...(ghost ? [{ type: 'joined', time: 0, id: 'ghost' } as const] : []),
      { type: 'joined', time: 10, id: 'a' },
      { type: 'abandoned', time: 70, id: 'a' },
      { type: 'joined', time: 100, id: 'b' },
      { type: 'abandoned', time: 400, id: 'b' },
      { type: 'joined', time: 1000, id: 'c' },
    ];
    const withGhost = createQueueTracker({ maxWait: 900, patience: 120 });
    const without = createQueueTracker({ maxWait: 900, patience: 120 });
    feed(withGhost, events(true).slice(0, 5));
    expect([withGhost.position('ghost'), withGhost.stats().lost]).toEqual([0, 0]);
    feed(withGhost, events(true).slice(5));
    feed(without, events(false));
    expect([withGhost.position('ghost'), withGhost.position('c'), withGhost.stats().lost]).toEqual([undefined, 0, 1]);
    expect(withGhost.stats().patience).toBeCloseTo(without.stats().patience, 9);
    // its end, when it comes after all, is a call nobody waits for any more: held for a join that
    // never comes, then dropped as unmatched, the state untouched
    const queue = () => JSON.stringify(withGhost.snapshot().state.queue);
    const before = queue();
    expect(withGhost.record({ type: 'answered', time: 1001, id: 'ghost' })).toEqual({ ok: true, pending: true });
    expect(queue()).toBe(before);
    withGhost.record({ type: 'joined', time: 1007, id: 'd' });
    expect([withGhost.stats().unmatched, withGhost.stats().busy, withGhost.stats().waiting]).toEqual([1, 0, 2]);
  });

  it('the caller whose own end event comes after maxWait is not dropped by it', () => {
    const t = createQueueTracker({ agents: 1, maxWait: 60 });
    t.record({ type: 'joined', time: 0, id: 'a' });
    expect(t.record({ type: 'answered', time: 100, id: 'a' }).ok).toBe(true);
    expect(t.stats().lost).toBe(0);
  });

  it('the counts of late events and lost callers are kept in the snapshot; maxWait Infinity is written as null', () => {
    const t = createQueueTracker({ maxWait: 60 });
    t.record({ type: 'joined', time: 0, id: 'a' });
    t.record({ type: 'joined', time: 100, id: 'b' });
    t.record({ type: 'joined', time: 99, id: 'c' });
    const copy = restoreQueueTracker(JSON.parse(JSON.stringify(t.snapshot())));
    expect([copy.stats().late, copy.stats().lost, copy.stats().waiting]).toEqual([1, 1, 2]);
    const never = createQueueTracker({ maxWait: Infinity });
    expect(never.snapshot().options.maxWait).toBeNull();
    expect(restoreQueueTracker(JSON.parse(JSON.stringify(never.snapshot()))).snapshot()).toEqual(never.snapshot());
  });

  it('maxWait defaults to ten prior handle times, at least an hour', () => {
    expect(createQueueTracker().snapshot().options.maxWait).toBe(3600);
    expect(createQueueTracker({ handleTime: 900 }).snapshot().options.maxWait).toBe(9000);
  });
});
