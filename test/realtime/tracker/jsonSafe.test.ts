import { describe, expect, it } from 'vitest';
import type { TrackerSnapshot } from '../../../src/index.js';
import { createQueueTracker, restoreQueueTracker } from '../../../src/index.js';

/** Paths of NaN numbers anywhere in a plain value (typed arrays included). */
function nanPaths(value: unknown, path = 'tracker', seen = new Set<unknown>()): string[] {
  if (typeof value === 'number') return Number.isNaN(value) ? [path] : [];
  if (typeof value !== 'object' || value === null || seen.has(value)) return [];
  seen.add(value);
  if (ArrayBuffer.isView(value)) return Array.from(value as Float64Array).flatMap((v, i) => nanPaths(v, `${path}.${i}`, seen));
  return Object.entries(value).flatMap(([k, v]) => nanPaths(v, `${path}.${k}`, seen));
}

describe('the tracker holds and reports no NaN (NaN does not survive JSON)', () => {
  it('a fresh tracker and one with a waiting caller hold no NaN, and accuracy() with count 0 is all 0', () => {
    const t = createQueueTracker({ agents: 3, handleTime: 180, patience: 300 });
    expect(nanPaths(t)).toEqual([]);
    t.record({ type: 'joined', time: 1, id: 'a' });
    t.predict();
    t.estimateAll();
    expect(nanPaths(t)).toEqual([]);
    const accuracy = t.accuracy();
    expect(accuracy.model).toEqual({ count: 0, mae: 0, bias: 0, rmse: 0, withinAnnounced: 0, answeredAtOnce: 0 });
    expect(nanPaths(accuracy)).toEqual([]);
    expect(nanPaths(t.snapshot())).toEqual([]);
  });

  it('accuracy() still scores a caller who waited (the 0 figures are only for count 0)', () => {
    const t = createQueueTracker({ agents: 1, handleTime: 100 });
    t.record({ type: 'login', time: 0, count: 1 });
    t.record({ type: 'joined', time: 0, id: 'a' });
    t.record({ type: 'answered', time: 0, id: 'a' });
    t.record({ type: 'joined', time: 1, id: 'b' });
    t.record({ type: 'completed', time: 100, id: 'a' });
    t.record({ type: 'answered', time: 100, id: 'b' });
    const { model } = t.accuracy();
    expect(model.count).toBe(1);
    expect(model.mae).toBeGreaterThan(0);
    expect(model.rmse).toBeGreaterThanOrEqual(model.mae);
  });

  it('a snapshot writes no served wait as null, and restore reads null and NaN (in-memory copies) alike', () => {
    const t = createQueueTracker({ agents: 1 });
    t.record({ type: 'joined', time: 3, id: 7 });
    const snapshot = t.snapshot();
    const rates = (snapshot.state.queue as { rates: { classes: (number | null)[][] } }).rates;
    expect(rates.classes[0]?.[5]).toBeNull();
    const withNaN = structuredClone(snapshot) as TrackerSnapshot & { state: { queue: { rates: { classes: (number | null)[][] } } } };
    (withNaN.state.queue.rates.classes[0] as (number | null)[])[5] = Number.NaN;
    for (const s of [JSON.parse(JSON.stringify(snapshot)) as TrackerSnapshot, withNaN]) {
      const restored = restoreQueueTracker(s);
      expect(restored.position(7)).toBe(0);
      expect(nanPaths(restored)).toEqual([]);
      expect(restored.predict({ predictor: 'les' }).mean).toBe(t.predict({ predictor: 'les' }).mean);
    }
  });
});
