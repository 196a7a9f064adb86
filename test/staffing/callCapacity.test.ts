import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { analyze, callCapacity, requiredAgents } from '../../src/index.js';

describe('callCapacity(agents, handleTime, target)', () => {
  it('is the largest rate for which the team still suffices', () => {
    const t = { serviceLevel: 0.8, answerTime: 20 };
    const lambda = callCapacity(14, 180, t);
    expect(lambda * 1800).toBeCloseTo(108.68, 1);
    expect(analyze({ arrivalRate: lambda, handleTime: 180, agents: 14 }, { answerTime: 20 }).serviceLevel).toBeGreaterThanOrEqual(0.8);
    expect(analyze({ arrivalRate: lambda * (1 + 1e-9), handleTime: 180, agents: 14 }, { answerTime: 20 }).serviceLevel).toBeLessThan(0.8);
  });
  it('is 0 with no agents and stays below the stability limit for Erlang C', () => {
    expect(callCapacity(0, 180, { maxOccupancy: 0.9 })).toBe(0);
    expect(callCapacity(10, 180, { maxOccupancy: 0.9 })).toBeCloseTo((0.9 * 10) / 180, 12);
  });
  test.prop(
    [
      fc.integer({ min: 1, max: 2000 }),
      fc.double({ min: 10, max: 900, noNaN: true }),
      fc.double({ min: 0.05, max: 0.99, noNaN: true }),
      fc.double({ min: 0, max: 120, noNaN: true }),
      fc.option(fc.double({ min: 5, max: 2000, noNaN: true }), { nil: undefined }),
    ],
    { numRuns: 80 },
  )('inverts requiredAgents: requiredAgents(capacity) ≤ agents < requiredAgents(capacity·(1 + 1e-6))', (n, h, sl, t, patience) => {
    const target = { serviceLevel: sl, answerTime: t };
    const opts = patience === undefined ? {} : { patience };
    const lambda = callCapacity(n, h, target, opts);
    const demand = (rate: number) => (patience === undefined ? { arrivalRate: rate, handleTime: h } : { arrivalRate: rate, handleTime: h, patience });
    expect(lambda).toBeGreaterThan(0);
    expect(requiredAgents(demand(lambda), target).agents).toBeLessThanOrEqual(n);
    expect(requiredAgents(demand(lambda * (1 + 1e-6)), target).agents).toBeGreaterThan(n - 1);
  });
});
