import { fc, test } from '@fast-check/vitest';
import { afterAll, describe, expect, it } from 'vitest';
import { analyze, QueueInputError, simulate } from '../../src/index.js';
import { anyDouble } from '../helpers/anyDouble.js';
import { BoundedCaller } from '../helpers/callBounded.js';

const caller = new BoundedCaller(20_000);
afterAll(() => caller.close());

describe('simulate at the edges (regressions)', () => {
  it('simulate of an overloaded queue reports occupancy ≤ 1 (was 1.90: handle time credited to the batch of arrival)', () => {
    const r = simulate({ arrivalRate: 1, handleTime: 180, agents: 95 }, { calls: 4000, answerTime: 20 });
    expect(r.occupancy.value).toBeLessThanOrEqual(1);
    expect(r.occupancy.upper).toBeLessThanOrEqual(1);
    expect(r.occupancy.value).toBeGreaterThan(0.99);
  });
  it('simulate occupancy agrees with Erlang C (0.9) within its 95% interval, short batches included', () => {
    const exact = analyze({ arrivalRate: 1, handleTime: 180, agents: 200 }).occupancy;
    const r = simulate({ arrivalRate: 1, handleTime: 180, agents: 200 }, { calls: 200_000, batches: 100, seed: 7 });
    expect(r.occupancy.lower).toBeLessThanOrEqual(exact);
    expect(r.occupancy.upper).toBeGreaterThanOrEqual(exact);
  });
  it('simulate with a duration budget credits work across batch ends too', () => {
    const r = simulate({ arrivalRate: 1, handleTime: 180, agents: 95 }, { duration: 20_000, batches: 50, seed: 3 });
    expect(r.occupancy.value).toBeLessThanOrEqual(1);
    expect(r.occupancy.value).toBeGreaterThan(0.99);
  });
  it('simulate with batches far shorter than a handle time keeps occupancy in [0, 1] (fast-check counterexample)', () => {
    const r = simulate(
      { arrivalRate: Number.MAX_VALUE, agents: 3, handleTime: 534674480074994400, patience: 60 },
      { calls: 20, answerTime: 20 },
    );
    for (const v of [r.occupancy.value, r.occupancy.lower, r.occupancy.upper]) expect(v >= 0 && v <= 1).toBe(true);
  });
  it('simulate({ replications: 1001 }) throws naming options.replications (documented 2 to 1000)', () => {
    const plan = { handleTime: 180, intervals: [{ start: 0, length: 1800, calls: 100, agents: 12 }] };
    expect(() => simulate(plan, { replications: 1001 })).toThrow(QueueInputError);
    expect(() => simulate(plan, { replications: 1000 })).not.toThrow();
  });
});

describe('simulate over the whole double range (each call in a worker with a budget of 20 s of CPU time)', () => {
  test.prop(
    [anyDouble, fc.oneof(fc.integer({ min: 0, max: 50 }), anyDouble), anyDouble, fc.oneof(fc.integer({ min: 2, max: 5000 }), anyDouble)],
    {
      numRuns: 40,
    },
  )('simulate returns probabilities in [0, 1] or throws QueueInputError; never hangs', async (rate, agents, handleTime, calls) => {
    const outcome = await caller.call({
      fn: 'simulate',
      args: [
        { arrivalRate: rate, agents, handleTime, patience: 60 },
        { calls, answerTime: 20 },
      ],
    });
    if (!outcome.ok) {
      expect(outcome.hang).toBeUndefined();
      expect(outcome.errorName).toBe('QueueInputError');
      return;
    }
    const r = outcome.value as Record<string, { value: number; lower: number; upper: number }>;
    for (const key of ['probWait', 'probAbandon', 'occupancy', 'serviceLevel', 'offeredServiceLevel']) {
      const e = r[key]!;
      for (const v of [e.value, e.lower, e.upper]) expect(v >= 0 && v <= 1, `${key} ${v}`).toBe(true);
    }
  });
});
