import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { announce, createQueueTracker, estimateWait } from '../../../src/index.js';
import { simulateStream } from '../simulatedStream.js';

/** Whether `a` and `b` are within a factor of `factor` of each other. */
const within = (a: number, b: number, factor: number) => a <= factor * b && b <= factor * a;

describe('a fresh tracker: sound from the first event (issue 24)', () => {
  it("README snippet: the first callers hear what the prior model says, within a factor of 2, never 'more than 20 minutes'", () => {
    const tracker = createQueueTracker({ handleTime: 300 });
    tracker.record({ type: 'login', time: 0, count: 2 });
    tracker.record({ type: 'joined', time: 1, id: 'a' });
    tracker.record({ type: 'joined', time: 2, id: 'b', priority: 1 });
    // The true model: both agents on 5-minute calls, one caller ahead (b), no overtaking expected.
    const truth = estimateWait({ ahead: 1, agents: 2, handleTime: 300 });
    const estimate = tracker.estimate('a', { predictor: 'auto' });
    expect(estimate).toBeDefined();
    const said = announce(estimate as NonNullable<typeof estimate>);
    expect(said.kind).not.toBe('over');
    expect(within(said.seconds, announce(truth).seconds, 2)).toBe(true);
    expect(within((estimate as NonNullable<typeof estimate>).mean, truth.mean, 2)).toBe(true);
    // Two joins a second apart are not a rate of one per second: the prior (no arrivals over one handle time) weighs.
    expect(tracker.stats().arrivalRate).toBeLessThan(2 / 300);
  });

  test.prop(
    {
      agents: fc.integer({ min: 6, max: 60 }),
      handleTime: fc.integer({ min: 30, max: 900 }),
      joins: fc.array(fc.record({ gap: fc.double({ min: 0, max: 1, noNaN: true }), priority: fc.integer({ min: -1, max: 1 }) }), {
        minLength: 1,
        maxLength: 3,
      }),
    },
    { seed: 24 },
  )(
    'early estimates (up to 3 joins within one expected answer, all agents taken as busy) stay within [1, 2] × the prior model’s mean',
    ({ agents, handleTime, joins }) => {
      const tracker = createQueueTracker({ agents, handleTime });
      // Gaps in units of a third of the time between answers the prior expects (handleTime / agents):
      // longer spans without an answer are evidence the estimate rightly follows.
      let time = 0;
      joins.forEach((j, id) => {
        time += (j.gap * handleTime) / agents / 3;
        expect(tracker.record({ type: 'joined', time, id, priority: j.priority }).ok).toBe(true);
      });
      for (const { position, estimate } of tracker.estimateAll({ predictor: 'model' })) {
        const prior = estimateWait({ ahead: position, agents, handleTime }).mean;
        expect(estimate.mean).toBeGreaterThanOrEqual(prior * (1 - 1e-9));
        expect(estimate.mean).toBeLessThanOrEqual(2 * prior * (1 + 1e-9));
        expect(announce(estimate).kind).not.toBe('over');
      }
    },
  );

  it('a simulated morning: the first callers who find every agent busy hear the true model’s announcement within a factor of 2', () => {
    const agents = 5;
    const handleTime = 240;
    const patience = 600;
    // Load 4.5 erlangs on 5 agents: queues build within minutes.
    const events = simulateStream({
      seed: 7,
      hours: 2,
      agents,
      rate: 4.5 / handleTime,
      swing: 0,
      period: 3600,
      handleTime,
      cv: 1,
      patience,
      priorityShare: 0.3,
    });
    const tracker = createQueueTracker({ handleTime, patience });
    const ratios: number[] = [];
    for (const event of events) {
      expect(tracker.record(event).ok).toBe(true);
      if (event.type !== 'joined') continue;
      const s = tracker.stats();
      if (s.busy < agents) continue;
      const position = tracker.position(event.id) as number;
      const estimate = tracker.estimate(event.id) as NonNullable<ReturnType<typeof tracker.estimate>>;
      const truth = estimateWait({ ahead: position, agents, handleTime, patience });
      const said = announce(estimate);
      const told = announce(truth);
      if (told.seconds < 300) expect(said.kind).not.toBe('over');
      ratios.push(Math.max(1, said.seconds) / Math.max(1, told.seconds));
      if (ratios.length === 15) break;
    }
    expect(ratios.length).toBe(15);
    for (const r of ratios) expect(within(r, 1, 2)).toBe(true);
  });

  it('the prior fades: after five half-lives of steady arrivals, the arrival rate is the data’s', () => {
    const tracker = createQueueTracker({ handleTime: 300, halfLife: 600 });
    for (let i = 0; i <= 300; i++) tracker.record({ type: 'joined', time: 10 * i, id: i });
    expect(tracker.stats().arrivalRate).toBeCloseTo(0.1, 2);
  });
});
