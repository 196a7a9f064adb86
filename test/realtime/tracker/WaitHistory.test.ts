import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';

import { FEATURES } from '../../../src/realtime/tracker/WaitRegression.js';
import { WaitHistory } from '../../../src/realtime/tracker/WaitHistory.js';

describe('WaitHistory: the learned predictor (on what the tracker saw at the join)', () => {
  it('gives the model before it has learned anything', () => {
    expect(new WaitHistory(200).predict(0, 3, 42, 10, 5)).toBe(42);
  });

  it('recovers waits that are linear in the callers ahead, the model, the last served wait and the head of line’s wait', () => {
    const h = new WaitHistory(1000);
    const truth = (ahead: number, model: number, last: number, head: number) => 7 + 11 * (ahead + 1) + 0.5 * model + 0.25 * last + 2 * head;
    let state = 12345;
    const draw = () => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return state / 2147483648;
    };
    for (let i = 0; i < 300; i++) {
      const [ahead, model, last, head] = [Math.floor(10 * draw()), 1 + 100 * draw(), 1 + 100 * draw(), 1 + 60 * draw()];
      h.learn(0, ahead, model, last, head, truth(ahead, model, last, head));
    }
    // Exact up to the regression's small ridge (1e-6 of the mean diagonal).
    const predicted = h.predict(0, 4, 30, 50, 20);
    expect(Math.abs(predicted - truth(4, 30, 50, 20))).toBeLessThan(0.1);
    // The head of line's wait moves the prediction by its learned weight (2 s per second).
    expect(Math.abs(h.predict(0, 4, 30, 50, 30) - predicted - 20)).toBeLessThan(0.1);
    // One regression serves every class (the model's prediction carries the class).
    expect(h.predict(1, 4, 30, 50, 20)).toBe(predicted);
  });

  it('stands the model in for a missing last served wait, and 0 for a missing head of line', () => {
    const h = new WaitHistory(1000);
    for (let i = 0; i < 4 * FEATURES; i++) h.learn(0, i % 5, 10 + i, 10 + i, 3 * (i % 4), 40 + 2 * (i % 5) + i + 3 * (i % 4));
    expect(h.predict(0, 2, 20, -1, -1)).toBeCloseTo(h.predict(0, 2, 20, 20, 0), 9);
  });

  it('before the regression is fitted, the mean wait of the class and callers ahead, shrunk toward the model by one pseudo-caller', () => {
    const h = new WaitHistory(200);
    h.learn(0, 2, 30, 30, 5, 60);
    h.learn(0, 2, 30, 30, 5, 90);
    expect(h.predict(0, 2, 30, 30, 5)).toBe((60 + 90 + 30) / 3);
    expect(h.predict(1, 2, 30, 30, 5)).toBe(30);
  });

  it('falls back to the mean wait of the cell when the model is not finite', () => {
    const h = new WaitHistory(10);
    h.learn(0, 2, 30, 30, 5, 60);
    h.learn(0, 2, 30, 30, 5, 80);
    expect(h.predict(0, 2, Infinity, 30, 5)).toBe(70);
  });

  test.prop(
    [
      fc.array(
        fc.tuple(
          fc.nat({ max: 500 }),
          fc.double({ min: 0, max: 1e5, noNaN: true }),
          fc.double({ min: -1, max: 1e5, noNaN: true }),
          fc.double({ min: -1, max: 1e5, noNaN: true }),
          fc.double({ min: 1e-3, max: 1e5, noNaN: true }),
        ),
        { maxLength: 200 },
      ),
      fc.nat({ max: 500 }),
      fc.double({ min: 1e-3, max: 1e5, noNaN: true }),
    ],
    { numRuns: 100 },
  )('predicts a positive finite wait after any stream of finite realized waits', (stream, ahead, model) => {
    const h = new WaitHistory(50);
    for (const [a, m, last, head, wait] of stream) h.learn(0, a, m, last, head, wait);
    const y = h.predict(0, ahead, model, 10, 10);
    expect(Number.isFinite(y)).toBe(true);
    expect(y).toBeGreaterThan(0);
  });
});
