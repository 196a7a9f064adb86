import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { QueueEvent, QueueTracker } from '../../../src/index.js';
import { createQueueTracker, estimateWait, restoreQueueTracker } from '../../../src/index.js';

describe('priority classes', () => {
  it('tracker.position counts the callers served first: higher classes, then earlier callers of the class', () => {
    const t = createQueueTracker({ agents: 1 });
    t.record({ type: 'joined', time: 0, id: 'a' });
    t.record({ type: 'joined', time: 1, id: 'b' });
    t.record({ type: 'joined', time: 2, id: 'vip', priority: 2 });
    t.record({ type: 'joined', time: 3, id: 'low', priority: -1 });
    t.record({ type: 'joined', time: 4, id: 'gold', priority: 1 });
    expect(['vip', 'gold', 'a', 'b', 'low'].map((id) => t.position(id))).toEqual([0, 1, 2, 3, 4]);
    expect(t.estimateAll().map((c) => c.id)).toEqual(['vip', 'gold', 'a', 'b', 'low']);
  });

  it('tracker.predict: higher-priority arrivals overtake, so a regular caller waits longer than a priority one with as many ahead', () => {
    const t = createQueueTracker({ agents: 2, handleTime: 100 });
    for (let i = 0; i < 200; i++) t.record({ type: 'joined', time: i * 10, id: i, priority: i % 2 });
    const regular = t.predict({ ahead: 3, priority: 0, predictor: 'model' }).mean;
    const priority = t.predict({ ahead: 3, priority: 1, predictor: 'model' }).mean;
    expect(regular).toBeGreaterThan(priority * 1.2);
  });

  it('tracker.predict: the overtaking is learned from what happens (answers of higher classes that joined after a waiting regular caller), not from the arrival rates alone', () => {
    // Same arrivals and answers of priority callers in both centres; in one they join while a
    // regular caller waits and are answered before it (they overtake), in the other they join and
    // are answered before the regular caller joins.
    const centre = (overtake: boolean) => {
      const t = createQueueTracker({ agents: 1, handleTime: 100 });
      for (let k = 0; k < 60; k++) {
        const at = k * 300;
        const regular = `r${k}`;
        if (overtake) t.record({ type: 'joined', time: at, id: regular });
        for (let j = 0; j < 3; j++) {
          t.record({ type: 'joined', time: at + 10 * j + 1, id: `p${k}-${j}`, priority: 1 });
          t.record({ type: 'answered', time: at + 10 * j + 5, id: `p${k}-${j}` });
          t.record({ type: 'completed', time: at + 10 * j + 9, id: `p${k}-${j}` });
        }
        if (!overtake) t.record({ type: 'joined', time: at + 35, id: regular });
        t.record({ type: 'answered', time: at + 40, id: regular });
        t.record({ type: 'completed', time: at + 100, id: regular });
      }
      return t.predict({ ahead: 2, priority: 0, predictor: 'model' }).mean;
    };
    // Measured: 116 s against 14 s (with the arrival rates alone, 34 s against 15 s).
    expect(centre(true)).toBeGreaterThan(4 * centre(false));
  });

  it('estimateWait({ overtakeRate }) lengthens the wait as higher-priority arrivals take answering capacity', () => {
    const plain = estimateWait({ ahead: 4, agents: 10, handleTime: 200 });
    const overtaken = estimateWait({ ahead: 4, agents: 10, handleTime: 200, overtakeRate: 0.025 });
    // Capacity 10/200 = 0.05/s, half of it taken by overtakers: twice the wait.
    expect(overtaken.mean).toBeCloseTo(2 * plain.mean, 12);
  });
});

describe('agent states and the answering capacity', () => {
  it("tracker.predict is zero only when an 'available' agent is there (backends reporting agent states)", () => {
    const t = createQueueTracker({ handleTime: 100 });
    t.record({ type: 'agent', time: 0, agent: 'ann', state: 'available' });
    t.record({ type: 'agent', time: 0, agent: 'bob', state: 'wrap-up' });
    expect(t.stats().idle).toBe(1);
    expect(t.predict({ ahead: 0 }).mean).toBe(0);
    expect(t.predict({ ahead: 1 }).mean).toBeGreaterThan(0);
    t.record({ type: 'agent', time: 1, agent: 'ann', state: 'on-call' });
    expect(t.stats().idle).toBe(0);
    expect(t.predict({ ahead: 0 }).mean).toBeGreaterThan(0);
    t.record({ type: 'agent', time: 2, agent: 'bob', state: 'logged-out' });
    expect(t.stats().agents).toBe(1);
  });

  it('logged-in agents are read as idle once callers who found them have been answered at once, significantly often', () => {
    const t = createQueueTracker({ agents: 3, handleTime: 100 });
    // A fresh tracker has no evidence yet: a caller with nobody ahead is told a wait, not "now".
    expect(t.stats().idle).toBe(0);
    expect(t.predict({ ahead: 0 }).mean).toBeGreaterThan(0);
    let trustedAfter = -1;
    for (let i = 0; i < 20 && trustedAfter < 0; i++) {
      t.record({ type: 'joined', time: 10 * i, id: i });
      t.record({ type: 'answered', time: 10 * i, id: i });
      t.record({ type: 'completed', time: 10 * i + 5, id: i });
      if (t.stats().idle === 3) trustedAfter = i + 1;
    }
    // Wilson's lower bound at the 5% level reaches 0.8 at n/(n + z²) ≥ 0.8, n ≥ 10.8 (the prior's one
    // and ten callers); the evidence decays with the half-life, so it takes an eleventh.
    expect(trustedAfter).toBe(11);
    expect(t.predict({ ahead: 0 }).mean).toBe(0);
    expect(t.predict({ ahead: 3 }).mean).toBeGreaterThan(0);
  });

  it('logged-in agents who do not answer at once stop being read as idle, and the learned answering rate follows the answers', () => {
    const t = createQueueTracker({ agents: 10, handleTime: 100 });
    // Ten agents logged in, but callers are answered one every 20 s while others wait.
    let time = 0;
    for (let i = 0; i < 400; i++) {
      t.record({ type: 'joined', time, id: i });
      if (i >= 2) t.record({ type: 'answered', time: time + 1, id: i - 2 });
      if (i >= 3) t.record({ type: 'completed', time: time + 2, id: i - 3 });
      time += 20;
    }
    const s = t.stats();
    expect(s.idle).toBe(0);
    expect(s.answeringRate).toBeGreaterThan(1 / 20 / 1.5);
    expect(s.answeringRate).toBeLessThan((1 / 20) * 1.5);
    expect(t.predict({ predictor: 'model' }).mean).toBeGreaterThan(20);
    expect(t.predict({ predictor: 'auto' }).quantile(0.8)).toBeGreaterThan(5);
  });

  it('tracker.accuracy() scores callers who waited; callers answered at once are counted apart', () => {
    const t = createQueueTracker({ agents: 1, handleTime: 50 });
    t.record({ type: 'joined', time: 0, id: 1 });
    t.record({ type: 'answered', time: 0, id: 1 });
    t.record({ type: 'joined', time: 1, id: 2 });
    t.record({ type: 'completed', time: 40, id: 1 });
    t.record({ type: 'answered', time: 40, id: 2 });
    const a = t.accuracy();
    expect(a.auto.count).toBe(1);
    expect(a.auto.answeredAtOnce).toBe(1);
    expect(Math.abs(a.model.bias)).toBeLessThan(40);
  });
});

/** Random streams: joins with priorities, answers of anyone waiting, abandons, completions that may be lost, duplicates, agent states. */
const step = fc.oneof(
  fc.record({
    kind: fc.constant('join' as const),
    priority: fc.integer({ min: -1, max: 2 }),
    dt: fc.double({ min: 0, max: 30, noNaN: true }),
  }),
  fc.record({
    kind: fc.constantFrom('answer' as const, 'abandon' as const),
    pick: fc.nat(),
    dt: fc.double({ min: 0, max: 30, noNaN: true }),
  }),
  fc.record({
    kind: fc.constantFrom('complete' as const, 'lose' as const, 'duplicate' as const),
    pick: fc.nat(),
    dt: fc.double({ min: 0, max: 600, noNaN: true }),
  }),
  fc.record({
    kind: fc.constant('agent' as const),
    agent: fc.integer({ min: 0, max: 3 }),
    state: fc.constantFrom('available', 'on-call', 'wrap-up', 'not-ready', 'logged-out'),
    dt: fc.constant(0),
  }),
  fc.record({ kind: fc.constantFrom('login' as const, 'logout' as const), dt: fc.double({ min: 0, max: 60, noNaN: true }) }),
);

function check(t: QueueTracker, priorities: Map<number, number>): void {
  const all = t.estimateAll();
  const s = t.stats();
  expect(all.length).toBe(s.waiting);
  all.forEach((c, i) => {
    expect(c.position).toBe(i);
    expect(t.position(c.id)).toBe(i);
    if (i > 0) expect(priorities.get(c.id as number)!).toBeLessThanOrEqual(priorities.get(all[i - 1]!.id as number)!);
    expect(c.estimate.mean).toBeGreaterThanOrEqual(0);
    expect(Number.isNaN(c.estimate.quantile(0.8))).toBe(false);
  });
  for (const v of [s.arrivalRate, s.handleTime, s.answeringRate]) expect(Number.isFinite(v)).toBe(true);
  expect(s.idle).toBeLessThanOrEqual(s.agents);
}

describe('createQueueTracker on random event streams with priorities, agent states and faults (fast-check)', () => {
  test.prop([fc.array(step, { maxLength: 120 }), fc.integer({ min: 0, max: 3 })], { numRuns: 120 })(
    'positions, counts and estimates stay consistent, and snapshots round-trip at every step',
    (steps, agents) => {
      const t = createQueueTracker({ agents, capacity: 12, history: 8, handleTime: 60 });
      const priorities = new Map<number, number>();
      const waiting: number[] = [];
      const inService: number[] = [];
      let time = 0;
      let next = 0;
      for (const st of steps) {
        time += st.dt;
        let event: QueueEvent;
        if (st.kind === 'join') {
          priorities.set(next, st.priority);
          event = { type: 'joined', time, id: next, priority: st.priority };
        } else if (st.kind === 'answer' || st.kind === 'abandon') {
          if (waiting.length === 0) continue;
          const id = waiting[st.pick % waiting.length]!;
          event = { type: st.kind === 'answer' ? 'answered' : 'abandoned', time, id };
        } else if (st.kind === 'complete' || st.kind === 'lose' || st.kind === 'duplicate') {
          if (inService.length === 0) continue;
          const at = st.pick % inService.length;
          const id = inService[at]!;
          if (st.kind === 'lose') {
            inService.splice(at, 1);
            continue;
          }
          event = st.kind === 'duplicate' ? { type: 'joined', time, id } : { type: 'completed', time, id };
        } else if (st.kind === 'agent') event = { type: 'agent', time, agent: `agent${st.agent}`, state: st.state };
        else event = { type: st.kind, time };
        const before = JSON.stringify(t.snapshot());
        const r = t.record(event);
        if (!r.ok) {
          const after = t.snapshot();
          expect(JSON.stringify({ ...after, state: { ...after.state, rejected: (after.state.rejected as number) - 1 } })).toBe(before);
          continue;
        }
        if (event.type === 'joined') waiting.push(next++);
        if (event.type === 'answered' || event.type === 'abandoned') waiting.splice(waiting.indexOf(event.id as number), 1);
        if (event.type === 'answered') inService.push(event.id as number);
        if (event.type === 'completed') inService.splice(inService.indexOf(event.id as number), 1);
        check(t, priorities);
        expect(t.stats().waiting).toBe(waiting.length);
        const copy = restoreQueueTracker(JSON.parse(JSON.stringify(t.snapshot())));
        expect(JSON.stringify(copy.snapshot())).toBe(JSON.stringify(t.snapshot()));
        // The same predictions, the learned one included (nothing it reads is left out of the snapshot).
        const means = (q: QueueTracker) => q.estimateAll({ predictor: 'history' }).map((c) => c.estimate.mean);
        expect(means(copy)).toEqual(means(t));
      }
    },
  );
});
