import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { QueueEvent, QueueTracker, TrackerSnapshot } from '../../../src/index.js';
import { createQueueTracker, QueueInputError, restoreQueueTracker } from '../../../src/index.js';

const rejectedField = (r: ReturnType<ReturnType<typeof createQueueTracker>['record']>) =>
  r.ok ? 'ok' : `${r.error.code}:${r.error.parameter}`;

describe('tracker.record refuses unknown and misspelt fields, naming them', () => {
  it("tracker.record({ type: 'login', agents: 2 }) is refused naming 'agents' (the field is count)", () => {
    const t = createQueueTracker();
    expect(rejectedField(t.record({ type: 'login', time: 0, agents: 2 } as never))).toBe('bad-event:agents');
    expect(t.stats().agents).toBe(0);
    expect(t.record({ type: 'login', time: 0, count: 2 }).ok).toBe(true);
    expect(t.stats().agents).toBe(2);
  });

  it('tracker.record refuses a misspelt priority and a field the type does not have (agent on abandoned)', () => {
    const t = createQueueTracker();
    expect(rejectedField(t.record({ type: 'joined', time: 0, id: 1, priorty: 1 } as never))).toBe('bad-event:priorty');
    expect(rejectedField(t.record({ type: 'abandoned', time: 0, id: 1, agent: 'x' } as never))).toBe('bad-event:agent');
    expect(rejectedField(t.record({ type: 'agent', time: 0, agent: 'x', state: 'lunch' } as never))).toBe('bad-event:state');
    expect(rejectedField(t.record({ type: 'joined', time: 0, id: 1, priority: 0.5 }))).toBe('bad-event:priority');
    expect(t.stats().rejected).toBe(4);
  });
});

describe('tracker state stays bounded and finite', () => {
  it('one caller who never leaves does not lock later joins (capacity is the most waiting at once)', () => {
    const t = createQueueTracker({ capacity: 4, agents: 1, maxWait: Infinity });
    expect(t.record({ type: 'joined', time: 0, id: 'stuck' }).ok).toBe(true);
    for (let i = 0; i < 20_000; i++) {
      expect(t.record({ type: 'joined', time: i + 1, id: i }).ok).toBe(true);
      expect(t.record({ type: 'answered', time: i + 1, id: i }).ok).toBe(true);
    }
    expect(t.position('stuck')).toBe(0);
    for (let i = 0; i < 3; i++) expect(t.record({ type: 'joined', time: 30_000, id: `late${i}` }).ok).toBe(true);
    expect(rejectedField(t.record({ type: 'joined', time: 30_000, id: 'over' }))).toBe('capacity:id');
    expect(t.estimateAll().map((c) => c.id)).toEqual(['stuck', 'late0', 'late1', 'late2']);
  });

  it('login with count 1e308 is refused; agents stay finite and the snapshot restores', () => {
    const t = createQueueTracker();
    expect(rejectedField(t.record({ type: 'login', time: 0, count: 1e308 }))).toBe('bad-event:count');
    expect(t.record({ type: 'login', time: 0, count: 1_000_000 }).ok).toBe(true);
    expect(rejectedField(t.record({ type: 'login', time: 0, count: 1_000_000 }))).toBe('capacity:count');
    expect(t.stats().agents).toBe(1_000_000);
    expect(() => restoreQueueTracker(JSON.parse(JSON.stringify(t.snapshot())))).not.toThrow();
  });

  it('timestamps beyond ±1e15 s are refused; the extremes allowed keep every sum finite and the snapshot restorable', () => {
    const t = createQueueTracker({ agents: 1, maxWait: Infinity });
    expect(rejectedField(t.record({ type: 'joined', time: -1e308, id: 1 }))).toBe('bad-event:time');
    const events: QueueEvent[] = [
      { type: 'joined', time: -1e15, id: 1 },
      { type: 'answered', time: -1e15, id: 1 },
      { type: 'joined', time: 0, id: 2 },
      { type: 'completed', time: 1e15, id: 1 },
      { type: 'abandoned', time: 1e15, id: 2 },
    ];
    for (const e of events) expect(t.record(e).ok).toBe(true);
    const s = t.stats();
    for (const v of [s.arrivalRate, s.handleTime, s.answeringRate]) expect(Number.isFinite(v)).toBe(true);
    const copy = restoreQueueTracker(JSON.parse(JSON.stringify(t.snapshot())));
    expect(copy.stats()).toEqual(t.stats());
  });

  it('an in-service call whose completion is long overdue stops counting as busy; a late completion is still accepted', () => {
    const t = createQueueTracker({ agents: 1, handleTime: 100 });
    t.record({ type: 'joined', time: 0, id: 'a' });
    t.record({ type: 'answered', time: 0, id: 'a' });
    t.record({ type: 'joined', time: 10, id: 'b' });
    expect(t.stats().busy).toBe(1);
    t.record({ type: 'joined', time: 5000, id: 'c' });
    expect(t.stats().busy).toBe(0);
    expect(t.record({ type: 'completed', time: 5001, id: 'a' }).ok).toBe(true);
    expect(t.record({ type: 'completed', time: 5002, id: 'a' }).ok).toBe(false);
  });
});

interface SnapshotFixture {
  snapshot: TrackerSnapshot;
  positions: Record<string, number>;
  stats: { agents: number; waiting: number; busy: number; handleTime: number; arrivalRate: number; time: number };
  chosen: string;
}

/** Restores a snapshot an earlier tracker wrote (fixtures/), checking its callers' positions, its live estimates and `auto`'s choice. */
function restoreFixture(file: string, version: number): { t: QueueTracker; fixture: SnapshotFixture } {
  const fixture = JSON.parse(readFileSync(new URL(`./fixtures/${file}`, import.meta.url), 'utf8')) as SnapshotFixture;
  expect(fixture.snapshot.version).toBe(version);
  const t = restoreQueueTracker(fixture.snapshot);
  for (const [id, position] of Object.entries(fixture.positions)) expect(t.position(Number(id))).toBe(position);
  const s = t.stats();
  const f = fixture.stats;
  expect([s.waiting, s.agents, s.busy, s.time, s.handleTime, s.arrivalRate]).toEqual([
    f.waiting,
    f.agents,
    f.busy,
    f.time,
    f.handleTime,
    f.arrivalRate,
  ]);
  expect(t.chosen()).toBe(fixture.chosen);
  return { t, fixture };
}

const queuePart = (s: TrackerSnapshot) => (s.state as Record<string, any>).queue;
const calls = (s: TrackerSnapshot): unknown[][] => queuePart(s).line.calls;
const regression = (s: TrackerSnapshot): unknown => (s.state as Record<string, any>).predictors.history.regression;

describe('restoreQueueTracker', () => {
  const fixture = JSON.parse(readFileSync(new URL('./fixtures/snapshot-v1.json', import.meta.url), 'utf8')) as {
    snapshot: TrackerSnapshot;
    positions: Record<string, number>;
    stats: { agents: number; waiting: number; busy: number; handleTime: number; arrivalRate: number; time: number };
  };

  it('restores a version-1 snapshot written by the tracker before priority classes (same callers, positions, live estimates)', () => {
    const t = restoreQueueTracker(fixture.snapshot);
    for (const [id, position] of Object.entries(fixture.positions)) expect(t.position(id)).toBe(position);
    const s = t.stats();
    expect(s.waiting).toBe(fixture.stats.waiting);
    expect(s.agents).toBe(fixture.stats.agents);
    expect(s.busy).toBe(fixture.stats.busy);
    expect(s.time).toBe(fixture.stats.time);
    expect(s.handleTime).toBeCloseTo(fixture.stats.handleTime, 9);
    expect(s.arrivalRate).toBeCloseTo(fixture.stats.arrivalRate, 12);
    expect(t.snapshot().version).toBe(6);
  });

  it('restores a version-2 snapshot (before the learned predictor took the head of line’s wait): callers, positions, live estimates; its per-class regressions are left out', () => {
    const { t } = restoreFixture('snapshot-v2.json', 2);
    const again = t.snapshot();
    expect(again.version).toBe(6);
    expect(regression(again)).toEqual(regression(createQueueTracker({ history: 30 }).snapshot()));
    expect(calls(again).every((row) => row.length === 10 && row[7] === null && row[8] === null && row[9] === 0)).toBe(true);
    // A version-5 snapshot must carry what the learned predictor saw on every waiting caller.
    const cut = structuredClone(again) as Record<string, any>;
    cut.state.queue.line.calls = calls(again).map((row) => row.slice(0, 8));
    expect(() => restoreQueueTracker(cut as TrackerSnapshot)).toThrow(/snapshot\.state\.queue\.line\.calls/);
  });

  it('a snapshot keeps what the learned predictor reads: the freed agents and the recent waits per class', () => {
    const t = createQueueTracker({ agents: 3, history: 30 });
    for (let i = 0; i < 150; i++) {
      t.record({ type: 'joined', time: 10 * i, id: i, priority: i % 3 === 0 ? 1 : 0 });
      if (i >= 3) t.record({ type: 'answered', time: 10 * i + 5 + (i % 7), id: i - 3 });
      if (i >= 6) t.record({ type: 'completed', time: 10 * i + 6 + (i % 7), id: i - 6 });
    }
    // Two completions in a row free two agents; one answer takes one of them.
    t.record({ type: 'completed', time: 1500, id: 144 });
    t.record({ type: 'completed', time: 1501, id: 145 });
    t.record({ type: 'answered', time: 1502, id: 147 });
    const snapshot = JSON.parse(JSON.stringify(t.snapshot())) as TrackerSnapshot;
    const state = snapshot.state as Record<string, any>;
    expect(state.queue.freed.stamps.length).toBeGreaterThan(0);
    const copy = restoreQueueTracker(snapshot);
    const means = (q: QueueTracker) => q.estimateAll({ predictor: 'history' }).map((c) => c.estimate.mean);
    expect(means(copy)).toEqual(means(t));
    expect(means(t).length).toBeGreaterThan(0);
    // Without them, the learned predictions differ.
    const bare = structuredClone(snapshot) as Record<string, any>;
    bare.state.queue.freed = { ...bare.state.queue.freed, sum: 0, stamps: [] };
    const stripped = restoreQueueTracker(bare as TrackerSnapshot);
    expect(means(stripped)).not.toEqual(means(t));
  });

  it('restores a version-3 snapshot (before the learned predictor took the recent class wait and the freed agents): callers, positions, live estimates, overtaking; its regression is left out', () => {
    const { t, fixture: v3 } = restoreFixture('snapshot-v3.json', 3);
    const again = t.snapshot();
    expect(again.version).toBe(6);
    // The learned overtaking is kept; the regression on the old features refits from the next callers.
    const queue = (again.state as Record<string, any>).queue;
    const old = v3.snapshot.state.classes as number[][];
    expect(queue.line.classes).toEqual(old.map((c) => c[0]));
    expect(queue.rates.classes).toEqual(old.map(([, arrivals, last, overtakes, waited]) => [arrivals, overtakes, waited, 0, 0, last]));
    expect(regression(again)).toEqual(regression(createQueueTracker({ history: 30 }).snapshot()));
    expect(queue.freed.stamps).toEqual([]);
    expect(calls(again).every((row) => row.length === 10 && row[8] === null && row[9] === 0)).toBe(true);
    // And it goes on: the next callers are learned from.
    const waiting = (v3.snapshot.state.calls as [number][]).map(([id]) => id).sort((a, b) => a - b);
    const inService = [...(v3.snapshot.state.inService as [number, number][]).map(([id]) => id)];
    for (let i = 0; i < 40; i++) {
      expect(t.record({ type: 'completed', time: 1200 + 10 * i, id: inService.shift() as number }).ok).toBe(true);
      const next = waiting.shift() as number;
      expect(t.record({ type: 'answered', time: 1201 + 10 * i, id: next }).ok).toBe(true);
      inService.push(next);
      expect(t.record({ type: 'joined', time: 1205 + 10 * i, id: 200 + i }).ok).toBe(true);
      waiting.push(200 + i);
    }
    expect(t.estimate(239, { predictor: 'history' })?.mean).toBeGreaterThan(0);
  });

  it.each([
    [4, 'before the parts saved themselves'],
    [5, 'before calls in service were tied to agents'],
  ])('restores a version-%i snapshot (%s) to the same answers, to the last bit', (version) => {
    const fixture = JSON.parse(readFileSync(new URL(`./fixtures/snapshot-v${version}.json`, import.meta.url), 'utf8')) as {
      snapshot: TrackerSnapshot;
      estimates: Record<string, [number, number, number][]>;
      accuracy: unknown;
      chosen: string;
      stats: object;
    };
    expect(fixture.snapshot.version).toBe(version);
    const t = restoreQueueTracker(fixture.snapshot);
    for (const [predictor, rows] of Object.entries(fixture.estimates)) {
      const now = t.estimateAll({ predictor: predictor as 'auto' }).map((c) => [c.id, c.estimate.mean, c.estimate.quantile(0.8)]);
      expect(now).toEqual(rows);
    }
    expect(t.accuracy()).toEqual(fixture.accuracy);
    expect(t.chosen()).toBe(fixture.chosen);
    expect(t.stats()).toEqual({ ...fixture.stats, late: 0, lost: 0, unmatched: 0 }); // counted since 0.2.0
    const again = JSON.parse(JSON.stringify(t.snapshot()));
    expect(again.version).toBe(6);
    expect(
      restoreQueueTracker(again)
        .estimateAll()
        .map((c) => c.estimate.mean),
    ).toEqual(fixture.estimates.auto?.map((row) => row[1]));
  });

  const base = (): Record<string, any> => {
    const t = createQueueTracker({ agents: 2, history: 30 });
    for (let i = 0; i < 60; i++) {
      t.record({ type: 'joined', time: 10 * i, id: i, priority: i % 3 === 0 ? 1 : 0 });
      if (i >= 3) t.record({ type: 'answered', time: 10 * i + 5, id: i - 3 });
      if (i >= 6) t.record({ type: 'completed', time: 10 * i + 6, id: i - 6 });
    }
    t.record({ type: 'agent', time: 700, agent: 'ann', state: 'wrap-up' });
    return JSON.parse(JSON.stringify(t.snapshot()));
  };
  const tamperings: [string, (s: Record<string, any>) => void][] = [
    ['snapshot.state.queue.rates.waited', (s) => (s.state.queue.rates.waited = -1)],
    ['snapshot.state.queue.rates.handleCount', (s) => (s.state.queue.rates.handleCount = -1)],
    ['snapshot.state.queue.rates.exposure', (s) => (s.state.queue.rates.exposure = 1e308)],
    ['snapshot.state.queue.rates.classes.served', (s) => (s.state.queue.rates.classes[0][4] = -1)],
    ['snapshot.state.queue.board.anonymous', (s) => (s.state.queue.board.anonymous = -2)],
    ['snapshot.state.queue.board.anonymous', (s) => (s.state.queue.board.anonymous = 1e308)],
    ['snapshot.state.queue.line.calls.joinTime', (s) => (s.state.queue.line.calls[0][2] = s.state.queue.time + 1)],
    ['snapshot.state.queue.line.calls.id', (s) => (s.state.queue.line.calls[1][0] = s.state.queue.line.calls[0][0])],
    ['snapshot.state.queue.line.calls.predicted', (s) => (s.state.queue.line.calls[0][5][0] = -3)],
    ['snapshot.state.queue.board.inService.answerTime', (s) => (s.state.queue.board.inService[0][1] = s.state.queue.time + 1)],
    ['snapshot.state.accepted', (s) => (s.state.accepted = -1)],
    ['snapshot.state.queue.time', (s) => (s.state.queue.time = 1e308)],
    ['snapshot.state.queue.line.classes.priority', (s) => (s.state.queue.line.classes[0] = 0.5)],
    ['snapshot.state.queue.freed.stamps', (s) => (s.state.queue.freed.stamps = [s.state.queue.freed.clock + 1])],
    ['snapshot.state.predictors.history.cells.count', (s) => (s.state.predictors.history.cells[0][2] = -1)],
    ['snapshot.state.predictors.windows.entries.actual', (s) => (s.state.predictors.windows[0].entries[0][1] = -1)],
    ['snapshot.state.predictors.windows.position', (s) => (s.state.predictors.windows[0].position = 1.5)],
    ['snapshot.state.queue.board.named', (s) => (s.state.queue.board.named[0][1] = 'lunch')],
    ['snapshot.options.history', (s) => (s.options.history = -1)],
    ['snapshot.options.capacity', (s) => (s.options.capacity = 1e308)],
    ['snapshot.state.predictors.history.regression.sums', (s) => (s.state.predictors.history.regression.sums[1] = 'many')],
    ['snapshot.state.predictors.duel', (s) => (s.state.predictors.duel[0] = null)],
  ];
  for (const [field, tamper] of tamperings) {
    it(`restoreQueueTracker refuses a snapshot with a bad ${field}, naming it`, () => {
      const s = base();
      expect(() => restoreQueueTracker(s as TrackerSnapshot)).not.toThrow();
      tamper(s);
      let error: unknown;
      try {
        restoreQueueTracker(JSON.parse(JSON.stringify(s)));
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(QueueInputError);
      expect((error as QueueInputError).parameter).toBe(field);
    });
  }
});
