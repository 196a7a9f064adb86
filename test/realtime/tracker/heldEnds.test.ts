import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { CentreTrackerEvent, QueueEvent, TrackerSnapshot } from '../../../src/index.js';
import { createCentreTracker, createQueueTracker, QueueInputError, restoreCentreTracker, restoreQueueTracker } from '../../../src/index.js';
import { simulateStream } from '../simulatedStream.js';

/** An hour of a small centre: joins, answers, abandons, completions, in time order. */
const hour = (seed: number) =>
  simulateStream({ seed, hours: 1, agents: 4, rate: (4 / 200) * 0.9, swing: 0.2, period: 1800, handleTime: 200, cv: 0.8, patience: 300 });

/** Index of an answered or abandoned event, its share of the stream (below 1), and how early it is stamped (a share of 5 s, above 0). */
const shifts = fc.array(
  fc.tuple(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), fc.double({ min: 0.01, max: 1, noNaN: true })),
  { minLength: 1, maxLength: 30 },
);

/**
 * The stream with the chosen ends stamped up to 5 s (the default `reorderTolerance`) early and
 * delivered in stamp order (a feed merged by timestamp), and the same stream as the tracker takes
 * it: each end stamped before its own join moved right after that join, stamped at the join's time.
 */
function perturbed(events: readonly QueueEvent[], moves: readonly (readonly [number, number])[]) {
  const stamped = events.map((e) => ({ ...e }));
  const ends = stamped.flatMap((e, i) => (e.type === 'answered' || e.type === 'abandoned' ? [i] : []));
  for (const [where, early] of moves) {
    const i = ends[Math.floor(where * ends.length)] as number;
    (stamped[i] as QueueEvent).time = (events[i] as QueueEvent).time - 5 * early;
  }
  const sorted = [...stamped].sort((a, b) => a.time - b.time);
  const joinedAt = new Map<unknown, number>();
  for (const e of sorted) if (e.type === 'joined') joinedAt.set(e.id, e.time);
  const before = (e: QueueEvent) => (e.type === 'answered' || e.type === 'abandoned') && e.time < (joinedAt.get(e.id) as number);
  const taken: QueueEvent[] = [];
  for (const e of sorted) {
    if (before(e)) continue;
    taken.push(e);
    if (e.type !== 'joined') continue;
    const end = sorted.find((x) => before(x) && 'id' in x && x.id === e.id);
    if (end !== undefined) taken.push({ ...end, time: e.time });
  }
  return { sorted, taken, held: sorted.filter(before).length };
}

/** The snapshot's state without the count of late events (a held end is late when applied, the moved one is not). */
const state = (snapshot: { state: Record<string, unknown> }) => JSON.stringify({ ...snapshot.state, late: 0 });

describe('an answered or abandoned that comes before its own caller’s joined', () => {
  test.prop([fc.integer({ min: 1, max: 10_000 }), shifts], { numRuns: 40 })(
    'stamped up to reorderTolerance early in a feed sorted by stamp: the same state as the ordered feed with that end at its join’s time (a wait of 0)',
    (seed, moves) => {
      const { sorted, taken, held } = perturbed(hour(seed), moves);
      const t = createQueueTracker();
      const pending = sorted.map((e) => t.record(e)).filter((r) => r.ok && r.pending === true).length;
      const reference = createQueueTracker();
      for (const e of taken) expect(reference.record(e)).toEqual({ ok: true });
      expect(pending).toBe(held);
      expect(state(t.snapshot())).toBe(state(reference.snapshot()));
      expect(t.stats()).toMatchObject({ rejected: 0, unmatched: 0, accepted: sorted.length, late: held });
    },
  );

  test.prop([fc.integer({ min: 1, max: 10_000 }), shifts], { numRuns: 15 })(
    'the same in a centre: sorted feed and ordered feed reach the same state, queues A and B sharing an agent',
    (seed, moves) => {
      const { sorted, taken } = perturbed(hour(seed), moves);
      const centred = (e: QueueEvent): CentreTrackerEvent => {
        if (e.type === 'joined') return { ...e, queue: Number(e.id) % 2 === 0 ? 'A' : 'B' };
        if (e.type === 'login' || e.type === 'logout') return { ...e, queue: 'A' };
        return e as CentreTrackerEvent;
      };
      const make = () => createCentreTracker({ queues: { A: {}, B: {} }, agents: [{ agent: 'x', serves: { A: 0, B: 1 } }] });
      const c = make();
      const reference = make();
      for (const e of sorted) expect(c.record(centred(e)).ok).toBe(true);
      for (const e of taken) expect(reference.record(centred(e))).toEqual({ ok: true });
      expect(state(c.snapshot())).toBe(state(reference.snapshot()));
      expect(JSON.stringify(c.snapshot().queues)).toBe(JSON.stringify(reference.snapshot().queues));
      expect(c.stats()).toMatchObject({ rejected: 0, unmatched: 0 });
    },
  );

  test.prop([fc.integer({ min: 1, max: 10_000 }), shifts], { numRuns: 15 })(
    'a centre of one queue holds and applies them as the single-queue tracker does',
    (seed, moves) => {
      const { sorted } = perturbed(hour(seed), moves);
      const c = createCentreTracker({ queues: { A: {} } });
      const t = createQueueTracker();
      for (const e of sorted) {
        const centred = e.type === 'joined' || e.type === 'login' || e.type === 'logout' ? { ...e, queue: 'A' } : e;
        expect(c.record(centred as CentreTrackerEvent)).toEqual(t.record(e));
        expect(c.queue('A').estimateAll()).toEqual(t.estimateAll());
      }
      const { queues: _queues, ...counts } = c.stats();
      const { accepted, rejected, late, unmatched, time } = t.stats();
      expect(counts).toMatchObject({ accepted, rejected, late, unmatched, time });
    },
  );

  it('delivered before its join but stamped after it: applied right after the join at its own stamp (the stamped wait)', () => {
    const t = createQueueTracker({ agents: 1 });
    expect(t.record({ type: 'answered', time: 10, id: 'a' })).toEqual({ ok: true, pending: true });
    expect([t.stats().busy, t.stats().waiting, t.position('a')]).toEqual([0, 0, undefined]);
    expect(t.record({ type: 'joined', time: 4, id: 'a' })).toEqual({ ok: true });
    expect(t.stats()).toMatchObject({ busy: 1, waiting: 0, time: 10, accepted: 2, late: 0, unmatched: 0 });
    // the same as the ordered feed
    const ordered = createQueueTracker({ agents: 1 });
    ordered.record({ type: 'joined', time: 4, id: 'a' });
    ordered.record({ type: 'answered', time: 10, id: 'a' });
    expect(JSON.stringify(t.snapshot())).toBe(JSON.stringify(ordered.snapshot()));
  });

  it('an abandon held for its join leaves the caller as having hung up at once', () => {
    const t = createQueueTracker({ agents: 0, patience: 60 });
    t.record({ type: 'joined', time: 0, id: 'x' });
    t.record({ type: 'abandoned', time: 100, id: 'x' });
    expect(t.record({ type: 'abandoned', time: 101, id: 'y' })).toEqual({ ok: true, pending: true });
    t.record({ type: 'joined', time: 103, id: 'y' });
    expect(t.stats()).toMatchObject({ waiting: 0, late: 1, time: 103 });
  });

  it('whose join comes more than reorderTolerance after its stamp, or never: dropped when the clock passes that, counted unmatched, the state untouched', () => {
    const t = createQueueTracker({ agents: 1, reorderTolerance: 2 });
    expect(t.record({ type: 'answered', time: 10, id: 'a' })).toEqual({ ok: true, pending: true });
    expect(t.record({ type: 'joined', time: 12.5, id: 'a' })).toEqual({ ok: true });
    expect(t.stats()).toMatchObject({ waiting: 1, busy: 0, unmatched: 1, accepted: 2, rejected: 0 });
    const never = createQueueTracker({ agents: 1, reorderTolerance: 2 });
    const without = createQueueTracker({ agents: 1, reorderTolerance: 2 });
    never.record({ type: 'abandoned', time: 10, id: 'a' });
    for (const tracker of [never, without]) tracker.record({ type: 'login', time: 12, count: 1 });
    expect(never.stats().unmatched).toBe(0);
    for (const tracker of [never, without]) tracker.record({ type: 'logout', time: 12.01, count: 1 });
    expect(never.stats().unmatched).toBe(1);
    expect(state(never.snapshot())).toBe(state({ state: { ...without.snapshot().state, accepted: 3, unmatched: 1 } }));
  });

  it('held when its call is not known at all: an answer for a caller in service, or a completion, is rejected at once as before', () => {
    const t = createQueueTracker({ agents: 1 });
    t.record({ type: 'joined', time: 0, id: 'a' });
    t.record({ type: 'answered', time: 1, id: 'a' });
    const codes = [
      t.record({ type: 'answered', time: 2, id: 'a' }),
      t.record({ type: 'abandoned', time: 2, id: 'a' }),
      t.record({ type: 'completed', time: 2, id: 'b' }),
    ].map((r) => (r.ok ? 'ok' : r.error.code));
    expect(codes).toEqual(['unknown-call', 'unknown-call', 'unknown-call']);
  });

  it('at most 16 held at once: beyond, rejected unknown-call at once', () => {
    const t = createQueueTracker();
    const results = Array.from({ length: 20 }, (_, i) => t.record({ type: 'answered', time: 0, id: i }));
    expect(results.filter((r) => r.ok).length).toBe(16);
    expect(results.slice(16).map((r) => (r.ok ? 'ok' : r.error.code))).toEqual(Array(4).fill('unknown-call'));
    t.record({ type: 'login', time: 6 });
    expect(t.stats()).toMatchObject({ accepted: 17, rejected: 4, unmatched: 16 });
  });

  it('refused when its join comes (an agent already on a call): counted unmatched', () => {
    const t = createQueueTracker();
    t.record({ type: 'agent', time: 0, agent: 'ann', state: 'available' });
    t.record({ type: 'joined', time: 0, id: 'a' });
    t.record({ type: 'answered', time: 1, id: 'a', agent: 'ann' });
    expect(t.record({ type: 'answered', time: 2, id: 'b', agent: 'ann' })).toEqual({ ok: true, pending: true });
    t.record({ type: 'joined', time: 3, id: 'b' });
    expect(t.stats()).toMatchObject({ waiting: 1, busy: 1, unmatched: 1 });
  });

  it('kept by a snapshot: the restored tracker applies it when the join comes; a snapshot without it (before 0.2.0) holds none; a tampered one is refused', () => {
    const t = createQueueTracker({ agents: 1 });
    t.record({ type: 'answered', time: 10, id: 'a' });
    const copy = restoreQueueTracker(JSON.parse(JSON.stringify(t.snapshot())));
    for (const tracker of [t, copy]) tracker.record({ type: 'joined', time: 9, id: 'a' });
    expect(JSON.stringify(copy.snapshot())).toBe(JSON.stringify(t.snapshot()));
    expect(copy.stats()).toMatchObject({ busy: 1, waiting: 0 });
    const { held: _held, unmatched: _unmatched, ...older } = createQueueTracker().snapshot().state;
    expect(restoreQueueTracker({ ...createQueueTracker().snapshot(), state: older }).stats().unmatched).toBe(0);
    const tampered = (held: unknown): TrackerSnapshot => ({ ...t.snapshot(), state: { ...t.snapshot().state, held } });
    for (const held of [
      [{ type: 'completed', time: 1, id: 'a' }],
      [{ type: 'answered', time: 1 }],
      Array(17).fill({ type: 'answered', time: 1, id: 1 }),
      7,
    ]) {
      expect(() => restoreQueueTracker(tampered(held))).toThrow(QueueInputError);
      expect(() => restoreQueueTracker(tampered(held))).toThrow(/snapshot\.state\.held/);
    }
  });

  it('a centre keeps its held events in its snapshot too', () => {
    const c = createCentreTracker({ queues: { A: {}, B: {} } });
    c.record({ type: 'login', time: 0, queue: 'B' });
    expect(c.record({ type: 'answered', time: 10, id: 'b', queue: 'B' })).toEqual({ ok: true, pending: true });
    const copy = restoreCentreTracker(JSON.parse(JSON.stringify(c.snapshot())));
    for (const centre of [c, copy]) centre.record({ type: 'joined', time: 11, id: 'b', queue: 'B' });
    expect(JSON.stringify(copy.snapshot())).toBe(JSON.stringify(c.snapshot()));
    expect([copy.queueOf('b'), copy.queue('B').stats().busy, copy.stats().late]).toEqual(['B', 1, 1]);
    const tampered = { ...c.snapshot(), state: { ...c.snapshot().state, held: [{ type: 'answered', time: 1, id: 2, queue: 'Z' }] } };
    expect(() => restoreCentreTracker(tampered)).toThrow(/snapshot\.state\.held/);
  });
});
