import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { AgentRoster } from '../../../src/realtime/centre/AgentRoster.js';
import { RoutingView } from '../../../src/realtime/centre/RoutingView.js';
import { Tracker } from '../../../src/realtime/tracker/Tracker.js';
import { checkTrackerOptions } from '../../../src/realtime/tracker/TrackerOptions.js';

const QUEUES = ['q', 'r', 's'] as const;

/** A roster row: the penalty of each queue for one agent (undefined: does not serve it). */
const penalties = fc.tuple(
  fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }),
  fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }),
  fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }),
);

const centre = fc.record({
  agents: fc.array(penalties, { minLength: 1, maxLength: 8 }),
  waiting: fc.tuple(fc.nat(12), fc.nat(12), fc.nat(12)),
  handleTimes: fc.tuple(fc.integer({ min: 10, max: 600 }), fc.integer({ min: 10, max: 600 }), fc.integer({ min: 10, max: 600 })),
  patience: fc.option(fc.integer({ min: 5, max: 2000 }), { nil: undefined }),
  joined: fc.integer({ min: 0, max: 3 }),
});
type Centre = typeof centre extends fc.Arbitrary<infer T> ? T : never;

/** The centre's trackers (each queue's callers joined, its agents logged in) and its routing view. */
function build(c: Centre, extra: Partial<Record<(typeof QUEUES)[number], number>> = {}, away = -1): RoutingView {
  const roster = new Map(
    c.agents.map((row, a) => [
      `a${a}`,
      new Map(QUEUES.flatMap((queue, i) => (row[i] === undefined ? [] : [[queue, row[i] as number] as [string, number]]))),
    ]),
  );
  const agents = new AgentRoster(QUEUES, roster);
  const trackers = new Map(
    QUEUES.map((queue, i) => {
      const tracker = new Tracker(
        checkTrackerOptions({ handleTime: c.handleTimes[i], ...(c.patience === undefined ? {} : { patience: c.patience }) }),
      );
      const served = [...roster.values()].filter((serves) => serves.has(queue)).length;
      if (served > 0) tracker.record({ type: 'login', time: 0, count: served });
      for (let k = 0; k < (c.waiting[i] as number) + (extra[queue] ?? 0); k++)
        tracker.record({ type: 'joined', time: 1, id: `${queue}${k}` });
      return [queue, tracker] as [string, Tracker];
    }),
  );
  for (const agent of roster.keys()) agents.setLoggedIn(agent, true);
  if (away >= 0) agents.setState(`a${away}`, 'not-ready');
  // each queue's callers joined three a second from time 0 (q's: those ahead of the one asked about, first)
  return new RoutingView(trackers, agents, (queue) =>
    Array.from({ length: (trackers.get(queue) as Tracker).waiting }, (_, k) => [Math.floor(k / 3)] as [number]),
  );
}

describe('RoutingView', () => {
  test.prop([centre, fc.nat(20)])('is never negative or NaN: a wait ≥ 0, or NaN only while nobody serves the queue', (c, ahead) => {
    const mean = build(c).mean('q', ahead, c.joined);
    const served = c.agents.some((row) => row[0] !== undefined);
    if (served) expect(mean).toBeGreaterThanOrEqual(0);
    if (served) expect(Number.isFinite(mean)).toBe(true);
    else expect(mean).toBeNaN();
  });

  test.prop([centre, fc.integer({ min: 1, max: 300 })])(
    "with no other queue, is M/M/N's wait (ahead + 1)·h/N without abandonment (callers ahead in blocks past 64), and no longer with it",
    (c, ahead) => {
      const alone = { ...c, agents: c.agents.map((row) => [row[0] ?? 0, undefined, undefined] as typeof row) };
      const n = alone.agents.length;
      const h = c.handleTimes[0];
      const exact = ((ahead + 1) * h) / n;
      const mean = build(alone).mean('q', ahead, 4);
      if (c.patience === undefined) expect(mean).toBeCloseTo(exact, 6);
      else expect(mean).toBeLessThanOrEqual(exact * (1 + 1e-9));
    },
  );

  test.prop([centre, fc.nat(20), fc.integer({ min: 1, max: 10 }), fc.constantFrom('r', 's' as const)])(
    "more callers waiting in another queue never shorten the estimate, with equal handle times and nobody hanging up (else the other queue's calls shift the agents' mix, and the callers ahead hang up meanwhile)",
    (given, ahead, more, other) => {
      const h = given.handleTimes[0];
      const c = { ...given, handleTimes: [h, h, h] as typeof given.handleTimes, patience: undefined };
      const before = build(c).mean('q', ahead, c.joined);
      fc.pre(Number.isFinite(before));
      expect(build(c, { [other]: more }).mean('q', ahead, c.joined)).toBeGreaterThanOrEqual(before - 1e-9 * before);
    },
  );

  test.prop([centre, fc.nat(20), fc.nat(7)])(
    'an agent reported not ready never shortens the estimate (equal handle times, nobody hanging up); with none left to serve the queue, no view',
    (given, ahead, away) => {
      const h = given.handleTimes[0];
      const c = { ...given, handleTimes: [h, h, h] as typeof given.handleTimes, patience: undefined };
      fc.pre(away < c.agents.length);
      const before = build(c).mean('q', ahead, c.joined);
      fc.pre(Number.isFinite(before));
      const after = build(c, {}, away).mean('q', ahead, c.joined);
      const left = c.agents.some((row, a) => a !== away && row[0] !== undefined);
      if (left) expect(after).toBeGreaterThanOrEqual(before - 1e-9 * before);
      else expect(after).toBeNaN();
    },
  );

  test('an agent group that prefers another queue with callers waiting starts on this queue only after them', () => {
    const c: Centre = {
      agents: [
        [0, undefined, undefined],
        [1, 0, undefined],
      ],
      waiting: [0, 4, 0],
      handleTimes: [100, 100, 100],
      patience: undefined,
      joined: 0,
    };
    // a1 clears r's 4 callers first (400 s), a0 answers q from the start: 1 ahead at a0's 1 per
    // 100 s, then the caller's turn at the next finish of a0
    const mean = build(c).mean('q', 1, 5);
    expect(mean).toBeGreaterThan(100);
    expect(mean).toBeLessThan(200);
  });
});
