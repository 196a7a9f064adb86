import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { QueueInputError, scheduledAgents, totalShrinkage } from '../../src/index.js';

describe('scheduledAgents(agents, shrinkage)', () => {
  it('schedules 20 for 14 at 30% (no rounding-noise extra agent)', () => {
    expect(scheduledAgents(14, 0.3)).toBe(20);
    expect(scheduledAgents(14, { breaks: 0.1, training: 0.05, absence: 0.15 })).toBe(20);
    expect(scheduledAgents(0, 0.3)).toBe(0);
    expect(scheduledAgents(7, 0)).toBe(7);
  });
  it('combines components additively or multiplicatively', () => {
    expect(totalShrinkage({ a: 0.1, b: 0.1 })).toBeCloseTo(0.2, 15);
    expect(totalShrinkage({ a: 0.1, b: 0.1 }, { shrinkageCombine: 'multiply' })).toBeCloseTo(0.19, 15);
    expect(scheduledAgents(81, { a: 0.1, b: 0.1 }, { shrinkageCombine: 'multiply' })).toBe(100);
  });
  it('rejects shrinkage of 1 or more, and totals reaching 1', () => {
    expect(() => scheduledAgents(10, 1)).toThrow(QueueInputError);
    expect(() => scheduledAgents(10, { breaks: 0.6, absence: 0.5 })).toThrow(/total < 1/);
    expect(() => scheduledAgents(10, { breaks: -0.1 })).toThrow(/shrinkage.breaks/);
    expect(() => scheduledAgents(-1, 0.1)).toThrow(/agents/);
  });
  test.prop([fc.integer({ min: 0, max: 100_000 }), fc.double({ min: 0, max: 0.95, noNaN: true })], { numRuns: 300 })(
    'is the smallest k with k(1 − s) ≥ n (up to rounding of the product)',
    (n, s) => {
      const k = scheduledAgents(n, s);
      expect(k * (1 - s)).toBeGreaterThanOrEqual(n * (1 - 1e-12));
      if (k > 0) expect((k - 1) * (1 - s)).toBeLessThan(n);
      expect(scheduledAgents(n + 1, s)).toBeGreaterThanOrEqual(k);
    },
  );
});
