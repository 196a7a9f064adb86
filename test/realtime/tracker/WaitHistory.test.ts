import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { WaitHistory } from '../../../src/realtime/tracker/WaitHistory.js';
import { FEATURES } from '../../../src/realtime/tracker/WaitRegression.js';

/** A deterministic uniform draw in [0, 1). */
function draws(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

describe('WaitHistory: the learned predictor (on what the tracker saw at the join)', () => {
  it('gives the model before it has learned anything', () => {
    expect(new WaitHistory(200, 2000).predict(0, 3, 42, 10, 5, 0.5)).toBe(42);
  });

  it('recovers waits that are linear in the callers ahead, the model, the recent wait, the head of line’s wait and the freed agents', () => {
    const h = new WaitHistory(1000, 10000);
    const truth = (ahead: number, model: number, recent: number, head: number, freed: number) =>
      7 + 11 * (ahead + 1) + 0.5 * model + 0.25 * recent + 2 * head - 9 * freed;
    const draw = draws(12345);
    for (let i = 0; i < 300; i++) {
      const [ahead, model, recent, head, freed] = [
        Math.floor(10 * draw()),
        1 + 100 * draw(),
        1 + 100 * draw(),
        1 + 60 * draw(),
        3 * draw(),
      ];
      h.learn(0, ahead, model, recent, head, freed, truth(ahead, model, recent, head, freed));
    }
    // Exact up to the regression's small ridge (1e-6 of the mean diagonal).
    const predicted = h.predict(0, 4, 30, 50, 20, 1);
    expect(Math.abs(predicted - truth(4, 30, 50, 20, 1))).toBeLessThan(0.1);
    // The head of line's wait moves the prediction by its learned weight (2 s per second), a freed agent by −9 s.
    expect(Math.abs(h.predict(0, 4, 30, 50, 30, 1) - predicted - 20)).toBeLessThan(0.1);
    expect(Math.abs(h.predict(0, 4, 30, 50, 20, 2) - predicted + 9)).toBeLessThan(0.1);
    // One regression serves every class (the model's prediction carries the class).
    expect(h.predict(1, 4, 30, 50, 20, 1)).toBe(predicted);
  });

  it('follows a change in the centre within a few recent windows, steadied by the long run', () => {
    // Waits double halfway: the fit moves from the old relation to the new one as recent callers accrue.
    const h = new WaitHistory(100, 1000);
    const draw = draws(99);
    const feed = (scale: number, n: number) => {
      for (let i = 0; i < n; i++) {
        const [ahead, model] = [Math.floor(6 * draw()), 5 + 100 * draw()];
        h.learn(0, ahead, model, 50, 10, 0, scale * (10 + 20 * ahead + 0.5 * model));
      }
    };
    feed(1, 2000);
    const before = h.predict(0, 3, 60, 50, 10, 0);
    expect(before).toBeCloseTo(10 + 60 + 30, 1);
    feed(2, 100);
    // One recent window into the change: its weight equals the long run's, about halfway there (the long run has begun to move too).
    const partway = h.predict(0, 3, 60, 50, 10, 0);
    expect(partway).toBeGreaterThan(1.3 * before);
    expect(partway).toBeLessThan(1.75 * before);
    // Five long windows on, the old relation has all but gone (e⁻⁵ of the long run's half).
    feed(2, 5000);
    expect(Math.abs(h.predict(0, 3, 60, 50, 10, 0) / (2 * before) - 1)).toBeLessThan(0.01);
  });

  it('stays exact over many callers on a short window (its sums are brought back to scale as their weights grow)', () => {
    // A window of 20 grows a new caller's stored weight by 20/19 each time: past 1e100 after 4,490
    // callers, past the largest double after 13,840.
    const h = new WaitHistory(20, 200);
    const draw = draws(7);
    for (let i = 0; i < 20_000; i++) {
      const [ahead, model, recent] = [Math.floor(5 * draw()), 10 + 50 * draw(), 5 + 40 * draw()];
      h.learn(0, ahead, model, recent, 3, 0.5, 4 + 9 * (ahead + 1) + 0.8 * model + 0.1 * recent);
    }
    // Exact up to the small ridge (1e-6 of the mean diagonal), which 20 callers' worth of sums feel.
    expect(h.predict(0, 2, 30, 20, 3, 0.5)).toBeCloseTo(4 + 27 + 24 + 2, 2);
    expect([...h.save().regression!.sums, ...h.save().regression!.weights].every(Number.isFinite)).toBe(true);
  });

  it('stands the model in for a missing recent wait, and 0 for a missing head of line', () => {
    const h = new WaitHistory(1000, 10000);
    for (let i = 0; i < 4 * FEATURES; i++)
      h.learn(0, i % 5, 10 + i, 10 + i, 3 * (i % 4), (i % 3) / 2, 40 + 2 * (i % 5) + i + 3 * (i % 4) - (i % 3));
    expect(h.predict(0, 2, 20, -1, -1, 0.5)).toBeCloseTo(h.predict(0, 2, 20, 20, 0, 0.5), 9);
  });

  it('before the regression is fitted, the mean wait of the class and callers ahead, shrunk toward the model by one pseudo-caller', () => {
    const h = new WaitHistory(200, 2000);
    h.learn(0, 2, 30, 30, 5, 0, 60);
    h.learn(0, 2, 30, 30, 5, 0, 90);
    expect(h.predict(0, 2, 30, 30, 5, 0)).toBe((60 + 90 + 30) / 3);
    expect(h.predict(1, 2, 30, 30, 5, 0)).toBe(30);
  });

  it('falls back to the mean wait of the cell when the model is not finite', () => {
    const h = new WaitHistory(10, 100);
    h.learn(0, 2, 30, 30, 5, 0, 60);
    h.learn(0, 2, 30, 30, 5, 0, 80);
    expect(h.predict(0, 2, Infinity, 30, 5, 0)).toBe(70);
  });

  test.prop(
    [
      fc.array(
        fc.tuple(
          fc.nat({ max: 500 }),
          fc.double({ min: 0, max: 1e5, noNaN: true }),
          fc.double({ min: -1, max: 1e5, noNaN: true }),
          fc.double({ min: -1, max: 1e5, noNaN: true }),
          fc.double({ min: 0, max: 1e3, noNaN: true }),
          fc.double({ min: 1e-3, max: 1e5, noNaN: true }),
        ),
        { maxLength: 200 },
      ),
      fc.nat({ max: 500 }),
      fc.double({ min: 1e-3, max: 1e5, noNaN: true }),
    ],
    { numRuns: 100 },
  )('predicts a positive finite wait after any stream of finite realized waits', (stream, ahead, model) => {
    const h = new WaitHistory(50, 500);
    for (const [a, m, recent, head, freed, wait] of stream) h.learn(0, a, m, recent, head, freed, wait);
    const y = h.predict(0, ahead, model, 10, 10, 1);
    expect(Number.isFinite(y)).toBe(true);
    expect(y).toBeGreaterThan(0);
  });
});
