import { fc, test } from '@fast-check/vitest';
import { describe, expect, it, vi } from 'vitest';
import { createQueueTracker } from '../../../src/index.js';
import { ToldRows } from '../../../src/realtime/replay/ToldRows.js';
import { AUTO, PREDICTOR_SLOTS, PREDICTORS } from '../../../src/realtime/tracker/PredictorName.js';
import type { Tracker } from '../../../src/realtime/tracker/Tracker.js';
import { simulateStream } from '../simulatedStream.js';

/** An hour of a simulated queue of 4 agents, with a share of priority callers when `priorities`. */
const stream = (seed: number, priorities: boolean) =>
  simulateStream({
    seed,
    hours: 1,
    agents: 4,
    rate: 0.03,
    swing: 0.5,
    period: 3600,
    handleTime: 120,
    cv: 1,
    patience: 200,
    ...(priorities ? { priorityShare: 0.3 } : {}),
  });

describe("Tracker.estimateEach: replay's one-pass estimates (issue 24, replay at the tracker's speed)", () => {
  test.prop(
    [fc.integer({ min: 1, max: 1000 }), fc.double({ min: 0.05, max: 0.95, noNaN: true }), fc.integer({ min: 1, max: 60 }), fc.boolean()],
    {
      numRuns: 25,
    },
  )('gives exactly what estimate(id, { predictor }) gives, for every predictor and auto', (seed, quantile, history, priorities) => {
    const events = stream(seed, priorities);
    const tracker = createQueueTracker({ history, announceQuantile: quantile }) as unknown as Tracker;
    const out = new Float64Array(2 * PREDICTOR_SLOTS);
    let compared = 0;
    for (const event of events) {
      tracker.record(event);
      for (const { id } of tracker.estimateAll()) {
        expect(tracker.estimateEach(id, quantile, out)).toBe(true);
        [...PREDICTORS, 'auto' as const].forEach((predictor, p) => {
          const estimate = tracker.estimate(id, { predictor });
          expect([predictor, out[2 * p]]).toEqual([predictor, estimate?.mean]);
          expect([predictor, out[2 * p + 1]]).toEqual([predictor, estimate?.quantile(quantile)]);
        });
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(0);
    expect(out[2 * AUTO]).toBe(out[2 * PREDICTORS.indexOf(tracker.chosen())]);
  });

  test.prop(
    [fc.integer({ min: 1, max: 1000 }), fc.double({ min: 0.05, max: 0.95, noNaN: true }), fc.integer({ min: 1, max: 60 }), fc.boolean()],
    { numRuns: 25 },
  )(
    'joinedEach: right after a join, exactly what estimateEach gives at the announced quantile, and the callers ahead',
    (seed, quantile, history, priorities) => {
      const events = stream(seed, priorities);
      const tracker = createQueueTracker({ history, announceQuantile: quantile }) as unknown as Tracker;
      const recorded = new Float64Array(2 * PREDICTOR_SLOTS);
      const computed = new Float64Array(2 * PREDICTOR_SLOTS);
      const estimateEach = vi.spyOn(tracker, 'estimateEach');
      let joins = 0;
      let recomputed = 0;
      for (const event of events) {
        if (!tracker.record(event).ok || event.type !== 'joined') continue;
        const before = estimateEach.mock.calls.length;
        expect(tracker.joinedEach(event.id, recorded)).toBe(tracker.position(event.id));
        recomputed += estimateEach.mock.calls.length - before;
        tracker.estimateEach(event.id, quantile, computed);
        expect([...recorded]).toEqual([...computed]);
        joins += 1;
      }
      // read from the join's record, not recomputed, once the windows are calibrated
      expect(recomputed).toBeLessThan(joins);
    },
  );

  it('is false for a caller not waiting', () => {
    const tracker = createQueueTracker() as unknown as Tracker;
    expect(tracker.estimateEach('nobody', 0.8, new Float64Array(2 * PREDICTOR_SLOTS))).toBe(false);
    expect(tracker.joinedEach('nobody', new Float64Array(2 * PREDICTOR_SLOTS))).toBe(-1);
  });
});

describe('ToldRows', () => {
  it('reuses the rows of callers who left, grows past its first rows and keeps each row', () => {
    const rows = new ToldRows(200, 3);
    const row = (at: number) => [...rows.rows.subarray(at, at + 3)];
    for (let id = 0; id < 100; id++) {
      const at = rows.open(id);
      rows.rows.fill(id, at, at + 3);
    }
    expect(rows.size).toBe(100);
    expect(row(rows.close(70))).toEqual([70, 70, 70]);
    expect(rows.close(70)).toBe(-1);
    const at = rows.open(150);
    rows.rows.fill(150, at, at + 3);
    for (let id = 0; id < 100; id++) if (id !== 70) expect(row(rows.close(id))).toEqual([id, id, id]);
    expect(row(rows.close(150))).toEqual([150, 150, 150]);
    expect(rows.size).toBe(0);
  });
});
