import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { QueueEvent, QueueTracker } from '../../src/index.js';
import {
  createQueueTracker,
  estimateWait,
  forecastInterval,
  QueueInputError,
  restoreQueueTracker,
  TrackerEventError,
} from '../../src/index.js';
import { simulateStream } from './simulatedStream.js';

/** The snapshot without the accepted/rejected counters. */
const state = (t: QueueTracker) => {
  const s = t.snapshot();
  return JSON.stringify({ ...s, state: { ...s.state, accepted: 0, rejected: 0 } });
};

/** Random events over a small id space, including every kind of fault. */
const eventArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.record({
    type: fc.constantFrom('joined', 'answered', 'abandoned', 'completed'),
    dt: fc.oneof(fc.double({ min: 0, max: 100, noNaN: true }), fc.double({ min: -50, max: 0, noNaN: true })),
    id: fc.oneof(fc.integer({ min: 0, max: 12 }), fc.constantFrom('x', 'y'), fc.constant(NaN), fc.constant(null)),
  }),
  fc.record({
    type: fc.constantFrom('login', 'logout'),
    dt: fc.double({ min: 0, max: 50, noNaN: true }),
    count: fc.oneof(fc.integer({ min: -2, max: 4 }), fc.constant(1.5)),
  }),
  fc.record({ type: fc.constantFrom('bogus', 42), dt: fc.constant(1), id: fc.constant(1) }),
  fc.record({ type: fc.constant('joined'), dt: fc.constantFrom(NaN, Infinity), id: fc.integer({ min: 0, max: 3 }) }),
  fc.constantFrom(null, undefined, 'joined', 7),
);

describe('createQueueTracker with faulty event streams (fast-check)', () => {
  test.prop([fc.array(eventArb, { maxLength: 150 }), fc.integer({ min: 0, max: 5 })], { numRuns: 150 })(
    'tracker.record never throws, a rejected event leaves the state unchanged, and positions stay 0..q−1',
    (raw, agents) => {
      const tracker = createQueueTracker({ agents, capacity: 8, history: 16 });
      let clock = 0;
      for (const r of raw) {
        let event: unknown = r;
        if (typeof r === 'object' && r !== null && 'dt' in r) {
          const { dt, ...rest } = r as { dt: number };
          event = { ...rest, time: clock + dt };
        }
        const before = state(tracker);
        const latest = tracker.stats().time;
        const result = tracker.record(event as QueueEvent);
        if (result.ok) {
          // an event stamped a little early is taken at the latest time seen: the clock never goes back
          expect(tracker.stats().time).toBeGreaterThanOrEqual(latest);
          clock = tracker.stats().time;
        } else {
          expect(result.error).toBeInstanceOf(TrackerEventError);
          expect(state(tracker)).toBe(before);
        }
        const s = tracker.stats();
        expect(s.agents).toBeGreaterThanOrEqual(0);
        expect(s.waiting).toBeLessThanOrEqual(8);
        for (const v of [s.arrivalRate, s.handleTime]) expect(Number.isFinite(v)).toBe(true);
        expect(s.patience).toBeGreaterThan(0);
        const all = tracker.estimateAll({ predictor: 'model' });
        expect(all.map((c) => c.position)).toEqual(all.map((_, i) => i));
        for (const c of all) {
          expect(tracker.position(c.id)).toBe(c.position);
          expect(Number.isNaN(c.estimate.mean)).toBe(false);
        }
      }
    },
  );

  it('tracker.record rejects each fault with its code', () => {
    const t = createQueueTracker({ agents: 1 });
    const codes = [
      t.record({ type: 'joined', time: 10, id: 'a' }),
      t.record({ type: 'joined', time: 11, id: 'a' }),
      t.record({ type: 'answered', time: 4, id: 'a' }),
      t.record({ type: 'answered', time: 12, id: 'nobody' }),
      t.record({ type: 'logout', time: 12, count: 2 }),
      t.record({ type: 'joined', time: NaN, id: 'b' }),
      t.record({ type: 'completed', time: 13, id: 'a' }),
      t.record({ type: 'nonsense', time: 13 } as never),
    ].map((r) => (r.ok ? 'ok' : r.error.code));
    expect(codes).toEqual([
      'ok',
      'duplicate-call',
      'out-of-order',
      'ok', // an answer for a call not known yet is held for its join (pending)
      'agents-below-zero',
      'bad-event',
      'unknown-call',
      'bad-event',
    ]);
    expect(t.stats().rejected).toBe(6);
    expect(t.position('a')).toBe(0);
  });

  it('tracker.record rejects a join beyond capacity', () => {
    const t = createQueueTracker({ capacity: 2 });
    expect([0, 1, 2].map((i) => t.record({ type: 'joined', time: i, id: i }).ok)).toEqual([true, true, false]);
  });
});

describe('createQueueTracker estimates', () => {
  const events = simulateStream({
    seed: 3,
    hours: 6,
    agents: 10,
    rate: (10 / 240) * 0.95,
    swing: 0.2,
    period: 7200,
    handleTime: 240,
    cv: 1,
    patience: 400,
  });

  it('tracker.stats() estimates arrival rate, handle time and patience from the stream', () => {
    const t = createQueueTracker({ halfLife: 4 * 3600 });
    for (const e of events) t.record(e);
    const s = t.stats();
    expect(s.arrivalRate).toBeGreaterThan((10 / 240) * 0.95 * 0.75);
    expect(s.arrivalRate).toBeLessThan((10 / 240) * 0.95 * 1.25);
    expect(s.handleTime).toBeGreaterThan(240 * 0.8);
    expect(s.handleTime).toBeLessThan(240 * 1.2);
    expect(s.patience).toBeGreaterThan(400 * 0.5);
    expect(s.patience).toBeLessThan(400 * 2);
    expect(s.waiting).toBe(0);
  });

  it('tracker model estimate equals estimateWait with the live estimates', () => {
    const t = createQueueTracker({ agents: 3, handleTime: 200, patience: 300 });
    t.record({ type: 'joined', time: 0, id: 1 });
    t.record({ type: 'answered', time: 0, id: 1 });
    t.record({ type: 'joined', time: 1, id: 2 });
    t.record({ type: 'answered', time: 1, id: 2 });
    t.record({ type: 'joined', time: 2, id: 3 });
    t.record({ type: 'answered', time: 2, id: 3 });
    for (let i = 4; i < 9; i++) t.record({ type: 'joined', time: i, id: i });
    const s = t.stats();
    const e = t.estimate(7, { predictor: 'model' })!;
    expect(t.position(7)).toBe(3);
    expect(s.idle).toBe(0);
    expect(e.mean).toBeCloseTo(estimateWait({ ahead: 3, agents: 1, handleTime: 1 / s.answeringRate, patience: s.patience }).mean, 9);
  });

  it('snapshot() survives JSON and restores the same answers', () => {
    const t = createQueueTracker({ history: 50 });
    const half = Math.floor(events.length / 2);
    for (const e of events.slice(0, half)) t.record(e);
    const copy = restoreQueueTracker(JSON.parse(JSON.stringify(t.snapshot())));
    expect(JSON.stringify(copy.snapshot())).toBe(JSON.stringify(t.snapshot()));
    const [x, y] = [copy.accuracy(), t.accuracy()];
    for (const p of ['model', 'les', 'hol', 'history', 'auto'] as const) {
      expect(x[p].count).toBe(y[p].count);
      expect(x[p].withinAnnounced).toBe(y[p].withinAnnounced);
      for (const f of ['mae', 'bias', 'rmse'] as const)
        expect(Math.abs(x[p][f] - y[p][f])).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(y[p][f])));
    }
    for (const e of events.slice(half)) {
      expect(copy.record(e).ok).toBe(t.record(e).ok);
    }
    expect(copy.stats()).toEqual(t.stats());
    expect(copy.chosen()).toBe(t.chosen());
  });

  it('a version-2 snapshot written before auto kept its test sums restores, with auto on the model', () => {
    const t = createQueueTracker({ history: 50 });
    for (const e of events) t.record(e);
    const state = t.snapshot().state;
    const { duel, ...older } = state.predictors as Record<string, unknown>;
    expect(duel).toBeDefined();
    const copy = restoreQueueTracker({ ...t.snapshot(), state: { ...state, predictors: older } });
    expect(copy.chosen()).toBe('model');
    expect(copy.stats()).toEqual(t.stats());
    expect(() => restoreQueueTracker({ ...t.snapshot(), state: { ...state, predictors: { ...older, duel: [1, 2] } } })).toThrow(
      /snapshot\.state\.predictors\.duel/,
    );
  });

  it('liveState() is the queue as forecastInterval takes it: answering agents, busy, waits to now, handle time, patience', () => {
    const t = createQueueTracker({ handleTime: 100, patience: 200 });
    t.record({ type: 'login', time: 0, count: 3 });
    t.record({ type: 'joined', time: 0, id: 'a' });
    t.record({ type: 'answered', time: 0, id: 'a' });
    t.record({ type: 'joined', time: 5, id: 'b' });
    t.record({ type: 'joined', time: 8, id: 'c', priority: 1 });
    const live = t.liveState({ now: 10 });
    const s = t.stats();
    expect(live.waiting).toEqual([2, 5]);
    expect(live.busy).toBe(1);
    expect(live.handleTime).toBe(s.handleTime);
    expect(live.patience).toBe(s.patience);
    expect(live.agents).toBe(Math.min(3, Math.max(1, Math.round(s.answeringRate * s.handleTime))));
    expect(t.liveState().waiting).toEqual([0, 3]);
    const outlook = forecastInterval(live, { calls: 10, seconds: 600 }, { serviceLevel: 0.8, answerTime: 20 });
    expect(outlook.calls).toBe(12);
    expect(() => t.liveState({ now: Number.NaN })).toThrow(QueueInputError);
    expect(() => t.liveState({ when: 3 } as never)).toThrow(/options\.when/);
  });

  it('restoreQueueTracker throws QueueInputError for something that is not a snapshot', () => {
    expect(() => restoreQueueTracker({} as never)).toThrow(QueueInputError);
    const s = JSON.parse(JSON.stringify(createQueueTracker().snapshot()));
    s.state.queue.line.calls = 'nope';
    expect(() => restoreQueueTracker(s)).toThrow(QueueInputError);
  });

  it('tracker memory stays bounded: the snapshot does not grow with the number of events', () => {
    const t = createQueueTracker({ history: 100 });
    const long = simulateStream({
      seed: 9,
      hours: 48,
      agents: 10,
      rate: (10 / 240) * 0.95,
      swing: 0.2,
      period: 7200,
      handleTime: 240,
      cv: 1,
      patience: 400,
    });
    const sizes: number[] = [];
    long.forEach((e, i) => {
      t.record(e);
      if (i % 2000 === 1999) sizes.push(JSON.stringify(t.snapshot()).length);
    });
    expect(sizes.length).toBeGreaterThan(3);
    expect(Math.max(...sizes.slice(1))).toBeLessThan(60_000);
    // Forgotten completions cannot grow memory either.
    const u = createQueueTracker({ agents: 2 });
    for (let i = 0; i < 5000; i++) {
      u.record({ type: 'joined', time: i, id: i });
      u.record({ type: 'answered', time: i, id: i });
    }
    expect(JSON.stringify(u.snapshot()).length).toBeLessThan(60_000);
  });

  it('accuracy() reports count, mae, bias, rmse and withinAnnounced per predictor', () => {
    const t = createQueueTracker();
    for (const e of events) t.record(e);
    const a = t.accuracy();
    for (const p of ['model', 'les', 'hol', 'history', 'auto'] as const) {
      expect(a[p].count).toBe(200);
      expect(a[p].rmse).toBeGreaterThanOrEqual(a[p].mae * (1 - 1e-12));
      expect(Math.abs(a[p].bias)).toBeLessThanOrEqual(a[p].mae * (1 + 1e-12));
      expect(a[p].withinAnnounced).toBeGreaterThanOrEqual(0);
      expect(a[p].withinAnnounced).toBeLessThanOrEqual(1);
    }
    expect(a.model.withinAnnounced).toBeGreaterThan(0.6);
  });

  it('createQueueTracker throws QueueInputError for bad options', () => {
    expect(() => createQueueTracker({ capacity: 0 })).toThrow(QueueInputError);
    expect(() => createQueueTracker({ halfLife: -1 })).toThrow(QueueInputError);
    expect(() => createQueueTracker({ announceQuantile: 1 })).toThrow(QueueInputError);
  });
});
