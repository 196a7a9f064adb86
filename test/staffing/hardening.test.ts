import { describe, expect, test } from 'vitest';
import { deferredPlan, type QueueInputError, requiredAgents, scheduledAgents, staffingPlan } from '../../src/index.js';
import { errorCode as code } from '../helpers/errorCode.js';

// Regression tests for hostile-input findings in staffing: each never returned or lied.

describe('scheduledAgents beyond 2^53', () => {
  test('scheduledAgents(1e16, 0.3) returns ⌈1e16/0.7⌉', () => expect(scheduledAgents(1e16, 0.3)).toBe(14285714285714286));
  test('scheduledAgents(2^53, 0) drops no agent', () => expect(scheduledAgents(2 ** 53, 0)).toBe(2 ** 53));
  test('scheduledAgents(14, 0.3) is still 20 (division noise adds no agent)', () => expect(scheduledAgents(14, 0.3)).toBe(20));
  test('a need that overflows after shrinkage is limit-reached', () => {
    expect(code(() => scheduledAgents(1e308, 0.99999999999999))).toBe('limit-reached');
  });
});

describe('requiredAgents with a tiny maxOccupancy', () => {
  test.each([1e-16, 5e-324])('maxOccupancy %s: more than maxAgents, at once', (maxOccupancy) => {
    expect(code(() => requiredAgents({ arrivalRate: 1, handleTime: 1 }, { maxOccupancy }))).toBe('limit-reached');
  });
  test('maxOccupancy 1e-6 with a larger maxAgents: the exact minimum', () => {
    const r = requiredAgents({ arrivalRate: 1, handleTime: 1 }, { maxOccupancy: 1e-6 }, { maxAgents: 1e7 });
    expect(r.agents).toBe(1e6);
  });
  test('staffingPlan reports the limit, naming the interval', () => {
    const e = code(() => staffingPlan([{ start: 0, length: 1800, calls: 1800, handleTime: 1 }], { maxOccupancy: 1e-16 }));
    expect(e).toBe('limit-reached');
  });
});

describe('deferredPlan', () => {
  test('huge needs are not rounded down by whole agents', () => {
    // 1.8e10 agents: 6.48e13 s of work per hour, due within the hour
    const plan = deferredPlan(
      [
        { start: 0, length: 3600, items: 6.48e13 / 300 },
        { start: 3600, length: 3600, items: 0 },
      ],
      { handleTime: 300, responseTime: 3600 },
    );
    expect(plan.intervals[1]?.agents).toBe(18_000_000_000);
  });
  test('20,000 intervals: a linear pass (this used to take seconds)', () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => ({ start: i * 900, length: 900, items: (i % 7) * 3 }));
    const plan = deferredPlan(rows, { handleTime: 300, responseTime: 3600 });
    expect(plan.intervals).toHaveLength(20_000);
    expect(plan.totals.latestResponse).toBeLessThanOrEqual(3600 * (1 + 1e-9));
  });
  test('an interval too short to move the clock at its start is refused, naming it', () => {
    const e = (() => {
      try {
        deferredPlan([{ start: 1.8e16, length: 5e-324, items: 1 }], { handleTime: 0.5, responseTime: 1 });
      } catch (x) {
        return x as QueueInputError;
      }
      return undefined;
    })();
    expect(e?.parameter).toBe('intervals[0].length');
  });
  test('a workload no finite team answers is limit-reached', () => {
    expect(
      code(() =>
        deferredPlan(
          [
            { start: 0, length: 1, items: 1e300 },
            { start: 1, length: 1, items: 0 },
          ],
          { handleTime: 1e300, responseTime: 1 },
        ),
      ),
    ).toBe('limit-reached');
  });
});

describe('requiredAgents near 2^53 agents', () => {
  test('a cap needing about 9e15 agents is limit-reached, not a search that cannot step by one (fast-check seed 1980557813)', () => {
    const demand = { arrivalRate: 5.7579259142359745e-22, handleTime: 414 };
    expect(code(() => requiredAgents(demand, { maxOccupancy: 2.646484480917747e-35 }, { maxAgents: Number.MAX_VALUE }))).toBe(
      'limit-reached',
    );
  });
});

describe('plans at the far end of the double range', () => {
  const day = [
    { start: 0, length: 3600, items: 60 },
    { start: 3600, length: 3600, items: 0 },
  ];
  test('deferredPlan occupancy with handleTime Number.MAX_VALUE is a number in [0, 1] (was NaN), agent hours finite', () => {
    const plan = deferredPlan(day, { handleTime: Number.MAX_VALUE, responseTime: 7200 }, { clearBacklog: true });
    for (const row of plan.intervals) {
      expect(row.occupancy).toBeGreaterThanOrEqual(0);
      expect(row.occupancy).toBeLessThanOrEqual(1);
    }
    expect(Number.isFinite(plan.totals.agentHours)).toBe(true);
  });
  test('staffingPlan names options.availability below 0.001 (1e-300 blamed agents)', () => {
    const one = [{ start: 0, length: 1800, calls: 100, handleTime: 180 }];
    const target = { serviceLevel: 0.8, answerTime: 20 };
    expect(() => staffingPlan(one, target, { availability: 1e-300 })).toThrow(/^options\.availability must be a fraction from 0\.001 to 1/);
    expect(staffingPlan(one, target, { availability: 0.001 }).intervals[0]?.staffedAgents).toBe(14_000);
  });
  test('shrinkageCombine is checked when no shrinkage is given (staffingPlan, deferredPlan)', () => {
    const one = [{ start: 0, length: 1800, calls: 100, handleTime: 180 }];
    const bogus = { shrinkageCombine: 'bogus' as 'add' };
    expect(() => staffingPlan(one, { serviceLevel: 0.8, answerTime: 20 }, bogus)).toThrow(/^options\.shrinkageCombine/);
    expect(() => deferredPlan(day, { handleTime: 300, responseTime: 7200 }, bogus)).toThrow(/^options\.shrinkageCombine/);
  });
});
