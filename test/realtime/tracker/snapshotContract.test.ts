import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { QueueEvent, QueueTracker, TrackerOptions } from '../../../src/index.js';
import { announce, createQueueTracker, restoreQueueTracker } from '../../../src/index.js';

const PREDICTORS = ['model', 'les', 'hol', 'history', 'auto'] as const;

/** A tracker through JSON, as a backend persists it. */
const throughJson = (t: QueueTracker): QueueTracker => restoreQueueTracker(JSON.parse(JSON.stringify(t.snapshot())));

/** JSON that keeps NaN, ±Infinity and −0 apart, for comparing answers exactly. */
const exact = (value: unknown): string =>
  JSON.stringify(value, (_, v) =>
    typeof v === 'number' && (!Number.isFinite(v) || Object.is(v, -0)) ? `#${Object.is(v, -0) ? '-0' : v}` : v,
  );

/** Everything a tracker answers: estimates of every waiting caller and of a newcomer by every predictor, stats, accuracy, live state. */
function answers(t: QueueTracker): string {
  const shape = (e: ReturnType<QueueTracker['predict']>) => [e.mean, e.sd, e.probAnswered, e.quantile(0.5), e.quantile(0.8), e.cdf(60)];
  return exact({
    estimates: PREDICTORS.map((predictor) => t.estimateAll({ predictor }).map((c) => [c.id, c.position, shape(c.estimate)])),
    newcomers: PREDICTORS.map((predictor) => [0, 1, -1, 1_000_000, 7].map((priority) => shape(t.predict({ predictor, priority })))),
    stats: t.stats(),
    accuracy: t.accuracy(),
    chosen: t.chosen(),
    live: t.liveState(),
  });
}

const ids = fc.constantFrom<string | number>(0, 1, 2, 3, 'a', 'b');
const step = fc.oneof(fc.constant(0), fc.double({ min: 0, max: 600, noNaN: true }), fc.constantFrom(1e-9, 1e6, 1e14, 2e15));
const event = fc.oneof(
  { weight: 4, arbitrary: fc.record({ type: fc.constant('joined' as const), id: ids, priority: fc.constantFrom(0, 0, 1, -1, 1_000_000) }) },
  { weight: 3, arbitrary: fc.record({ type: fc.constantFrom('answered' as const, 'abandoned' as const), id: ids }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('completed' as const), id: ids }) },
  {
    weight: 2,
    arbitrary: fc.record({
      type: fc.constantFrom('answered' as const, 'completed' as const),
      id: ids,
      agent: fc.constantFrom('x', 'y', 7),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ type: fc.constantFrom('login' as const, 'logout' as const), count: fc.integer({ min: 1, max: 3 }) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('agent' as const),
      agent: fc.constantFrom('x', 'y'),
      state: fc.constantFrom('available' as const, 'on-call' as const, 'wrap-up' as const, 'not-ready' as const, 'logged-out' as const),
    }),
  },
);
/** Events with times from −1e15 s up (the documented range), some beyond it (refused). */
const randomStream = fc.tuple(fc.constantFrom(-1e15, 0, 1e9), fc.array(fc.tuple(event, step), { maxLength: 60 })).map(([start, steps]) => {
  let time: number = start;
  return steps.map(([e, dt]) => {
    time = Math.min(time + dt, 1e15 + (dt > 1e14 ? 1 : 0));
    return { ...e, time } as QueueEvent;
  });
});
/** A busy queue: callers of two classes join, wait, are answered or hang up, and complete; agents log in first. */
const busyStream = fc
  .tuple(
    fc.constantFrom(-1e15, 0, 1e12),
    fc.array(
      fc.tuple(
        fc.double({ min: 0, max: 60, noNaN: true }),
        fc.oneof(fc.constant(0), fc.double({ min: 0.5, max: 200, noNaN: true })),
        fc.boolean(),
      ),
      { minLength: 10, maxLength: 80 },
    ),
  )
  .map(([start, callers]) => {
    const events: QueueEvent[] = [{ type: 'login', time: start, count: 2 }];
    let time = start;
    callers.forEach(([gap, wait, answered], id) => {
      time += gap;
      events.push({ type: 'joined', time, id, priority: id % 4 === 0 ? 1 : 0 });
      events.push({ type: answered ? 'answered' : 'abandoned', time: time + wait, id });
      if (answered) events.push({ type: 'completed', time: time + wait + 3 * gap, id });
    });
    return events.sort((a, b) => a.time - b.time);
  });
const stream = fc.oneof(randomStream, busyStream, busyStream);
const seconds = (fc: typeof import('@fast-check/vitest').fc) =>
  fc.oneof(fc.constantFrom(1e-6, 1, 1e12), fc.double({ min: 1e-6, max: 1e12, noNaN: true }));
const options: fc.Arbitrary<TrackerOptions> = fc.record(
  {
    agents: fc.constantFrom(0, 1, 3, 1_000_000),
    handleTime: seconds(fc),
    patience: fc.oneof(fc.constant(Infinity), seconds(fc)),
    halfLife: seconds(fc),
    capacity: fc.constantFrom(1, 50, 50, 2 ** 24),
    history: fc.constantFrom(1, 2, 3, 30, 200),
    announceQuantile: fc.constantFrom(1e-9, 0.5, 0.8, 1 - 1e-9),
    reorderTolerance: fc.constantFrom(0, 5, 1e12),
    maxWait: fc.oneof(fc.constant(Infinity), seconds(fc)),
  },
  { requiredKeys: [] },
);

describe('the snapshot is a contract: whatever state the documented options and events reach is written and restored', () => {
  test.prop([options, stream, stream], { numRuns: 200 })(
    'snapshot → JSON → restore answers the same, writes the same snapshot, and goes on the same',
    (opts, before, after) => {
      const t = createQueueTracker(opts);
      for (const e of before) t.record(e);
      const copy = throughJson(t);
      expect(answers(copy)).toBe(answers(t));
      expect(JSON.stringify(copy.snapshot())).toBe(JSON.stringify(t.snapshot()));
      // The next events, moved to start at the last one's time (ids may clash with earlier calls: refused alike).
      const last = t.stats().time;
      const shift = Number.isFinite(last) && after.length > 0 ? Math.max(0, last - (after[0] as QueueEvent).time) : 0;
      for (const e of after) {
        const moved = { ...e, time: Math.min(e.time + shift, 1e15) } as QueueEvent;
        expect(exact(copy.record(moved))).toBe(exact(t.record(moved)));
      }
      expect(answers(copy)).toBe(answers(t));
      expect(JSON.stringify(copy.snapshot())).toBe(JSON.stringify(t.snapshot()));
    },
  );

  it('issue 22 #3: a learned regression holding NaN (history 1) is written and restored', () => {
    const t = createQueueTracker({ history: 1 });
    t.record({ type: 'login', time: 0 });
    t.record({ type: 'joined', time: 1, id: 'a' });
    t.record({ type: 'answered', time: 2, id: 'a' });
    const copy = throughJson(t);
    expect(JSON.stringify(copy.snapshot())).toBe(JSON.stringify(t.snapshot()));
    expect(answers(copy)).toBe(answers(t));
  });

  it('issue 22 #3: joins at −1e15 s and +1e15 s (the documented extremes) are written and restored', () => {
    const t = createQueueTracker({ agents: 1, maxWait: Infinity });
    expect(t.record({ type: 'joined', time: -1e15, id: 1 }).ok).toBe(true);
    expect(t.record({ type: 'joined', time: 1e15, id: 2 }).ok).toBe(true);
    const copy = throughJson(t);
    expect(copy.position(2)).toBe(1);
    expect(JSON.stringify(copy.snapshot())).toBe(JSON.stringify(t.snapshot()));
    expect(answers(copy)).toBe(answers(t));
  });

  it("issue 22 #4: predict({ predictor: 'hol' }) with callers and no agents is honestly infinite, and announce takes it", () => {
    // agents: 0 given: no agent logged in is a fact (without it the staffing is unknown, and no time is told)
    expect(announce(createQueueTracker().predict({ predictor: 'hol' })).kind).toBe('unknown');
    const t = createQueueTracker({ agents: 0 });
    t.record({ type: 'joined', time: 0, id: 'a' });
    t.record({ type: 'joined', time: 10, id: 'b' });
    t.record({ type: 'joined', time: 20, id: 'c' });
    for (const predictor of ['les', 'hol', 'history'] as const) {
      const e = t.predict({ predictor });
      expect(e.sd).toBe(predictor === 'hol' ? Infinity : e.sd);
      for (const x of [e.mean, e.sd, e.quantile(0.2), e.quantile(0.5), e.quantile(0.8), e.cdf(30)]) expect(Number.isNaN(x)).toBe(false);
      expect(() => announce(e)).not.toThrow();
    }
    const hol = t.predict({ predictor: 'hol' });
    expect(hol.mean).toBeCloseTo(80 / 3, 12);
    expect([hol.quantile(0.2), hol.quantile(0.8), hol.cdf(30)]).toEqual([0, Infinity, 0.5]);
    expect(announce(hol).kind).toBe('over');
    // The announced times recorded for each caller are numbers too, so the snapshot restores them as they were.
    expect(answers(throughJson(t))).toBe(answers(t));
  });

  it('issue 22 #5: accuracy() has RMSE ≥ MAE over the same callers (history 2, a prior handle time of 1e12 s)', () => {
    const t = createQueueTracker({ history: 2, handleTime: 1e12, agents: 1 });
    const events: [number, 'joined' | 'answered', number][] = [
      [20, 'joined', 0],
      [66, 'joined', 1],
      [85, 'joined', 2],
      [94, 'answered', 0],
      [120, 'joined', 3],
      [134, 'answered', 1],
      [144, 'joined', 4],
      [173, 'joined', 5],
      [191, 'answered', 2],
    ];
    for (const [time, type, id] of events) expect(t.record({ type, time, id }).ok).toBe(true);
    const hol = t.accuracy().hol;
    // Errors +24 and −8.5 s (the first, about 1e12 s, has left the window): before, RMSE 6.0 s against MAE 16.25 s.
    expect(hol.count).toBe(2);
    expect(hol.mae).toBe(16.25);
    expect(hol.rmse).toBeCloseTo(Math.sqrt((24 ** 2 + 8.5 ** 2) / 2), 12);
    for (const figures of Object.values(t.accuracy())) expect(figures.rmse).toBeGreaterThanOrEqual(figures.mae);
  });
});
