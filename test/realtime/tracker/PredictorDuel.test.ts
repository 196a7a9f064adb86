import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { PredictorDuel } from '../../../src/realtime/tracker/PredictorDuel.js';

/** Feeds `n` callers: each waits `wait(i)`; the predictors predict `predicted(i)` (model first). */
function feed(duel: PredictorDuel, n: number, wait: (i: number) => number, predicted: (i: number) => number[]): void {
  for (let i = 0; i < n; i++) {
    const actual = wait(i);
    duel.add(Float64Array.from(predicted(i)), actual);
  }
}

/** A deterministic stream of uniform numbers in [0, 1) (a linear congruential generator). */
function uniforms(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

describe('PredictorDuel: auto keeps the model unless another predictor is significantly better', () => {
  it('chooses the model before `minimum` callers, and a clearly better predictor after', () => {
    const duel = new PredictorDuel(200);
    const next = uniforms(1);
    const wait = () => 60 * -Math.log(1 - next());
    // history (index 3) knows each wait to within ±5 s; the model is off by 40 s.
    const waits: number[] = [];
    feed(
      duel,
      19,
      (i) => (waits[i] = wait()),
      (i) => [(waits[i] as number) + 40, 0, 0, (waits[i] as number) + 5 * (next() - 0.5)],
    );
    expect(duel.choose(20)).toBe(0);
    feed(
      duel,
      1,
      () => 30,
      () => [70, 0, 0, 31],
    );
    expect(duel.choose(20)).toBe(3);
  });

  test.prop([fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.integer({ min: 20, max: 400 })])(
    'never leaves the model for a predictor that predicts the same thing',
    (seed, n) => {
      const duel = new PredictorDuel(200);
      const next = uniforms(seed);
      const same = () => 100 * next();
      feed(
        duel,
        n,
        () => 100 * next(),
        () => {
          const x = same();
          return [x, x, x, x];
        },
      );
      expect(duel.choose(20)).toBe(0);
    },
  );

  test.prop([fc.integer({ min: 1, max: 2 ** 31 - 1 })], { numRuns: 5 })(
    'rarely leaves the model for predictors exactly as good (about 5% a challenger, the test level)',
    (seed) => {
      const next = uniforms(seed);
      let switched = 0;
      const trials = 200;
      for (let trial = 0; trial < trials; trial++) {
        const duel = new PredictorDuel(200);
        // Every predictor's error is an independent draw of the same distribution.
        feed(
          duel,
          300,
          () => 100,
          () => [100 + 30 * (next() - 0.5), 100 + 30 * (next() - 0.5), 100 + 30 * (next() - 0.5), 100 + 30 * (next() - 0.5)],
        );
        if (duel.choose(20) !== 0) switched += 1;
      }
      // Three challengers at the one-sided 5% level: at most ~14% by the union bound; 25% allows for sampling.
      expect(switched / trials).toBeLessThan(0.25);
    },
  );

  test.prop([fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.double({ min: 5, max: 60, noNaN: true })])(
    'picks, among significantly better predictors, the one with the lowest squared error',
    (seed, offset) => {
      const duel = new PredictorDuel(200);
      const next = uniforms(seed);
      // Model off by 2·offset, LES by offset, HOL off by offset / 2 (best), history off by 1.5·offset.
      feed(
        duel,
        300,
        () => 100,
        () => {
          const noise = 2 * (next() - 0.5);
          return [100 + 2 * offset + noise, 100 + offset + noise, 100 + offset / 2 + noise, 100 + 1.5 * offset + noise];
        },
      );
      expect(duel.choose(20)).toBe(2);
    },
  );

  it('ignores callers whose model or own prediction is not finite', () => {
    const duel = new PredictorDuel(200);
    feed(
      duel,
      100,
      () => 10,
      () => [Infinity, 10, 10, 10],
    );
    feed(
      duel,
      100,
      () => 10,
      () => [50, Infinity, Number.NaN, Infinity],
    );
    expect(duel.choose(20)).toBe(0);
    expect(duel.save().every(Number.isFinite)).toBe(true);
  });
  test.prop([
    fc.array(
      fc.tuple(
        fc.double({ min: 0, max: 500, noNaN: true }),
        fc.double({ min: -200, max: 200, noNaN: true }),
        fc.double({ min: -5, max: 5, noNaN: true }),
      ),
      { maxLength: 80 },
    ),
    fc.integer({ min: 1, max: 30 }),
  ])(
    'chooses the same whether asked after every caller or only at the end (its last answer is kept only while the sums stand)',
    (callers, minimum) => {
      const asked = new PredictorDuel(50);
      const fresh = new PredictorDuel(50);
      // the model off by up to 200 s, another predictor within 5 s: the choice turns as callers accrue
      for (const [wait, modelError, otherError] of callers) {
        const predicted = [Math.max(0, wait + modelError), wait + otherError, wait + modelError, wait];
        asked.add(predicted, wait);
        fresh.add(predicted, wait);
        asked.choose(minimum);
      }
      expect(asked.choose(minimum)).toBe(fresh.choose(minimum));
    },
  );
});
