import { describe, expect, test } from 'vitest';
import { callHistory, scheduleShifts } from '../../src/index.js';
import { errorCode as code } from '../helpers/errorCode.js';

// Hostile-input findings in the history and schedule layers: each of these hung.

const calls = [
  { offeredAt: 0, answeredAt: 10, endedAt: 200, agent: 'A' },
  { offeredAt: 90, abandonedAt: 120 },
];

describe('callHistory refuses results of more than 250,000 intervals', () => {
  test.each([5e-324, 1e-300, 1e-4, 200 / 250_001])('interval %s s is limit-reached', (intervalSeconds) => {
    expect(code(() => callHistory(calls, { intervalSeconds }))).toBe('limit-reached');
  });
  test('a call that ends 1e12 s later is limit-reached, not a walk over its intervals', () => {
    expect(code(() => callHistory([{ offeredAt: 0, answeredAt: 1, endedAt: 1e12 }], { intervalSeconds: 3600 }))).toBe('limit-reached');
  });
  test('pooled, a call that spans more than 250,000 intervals is limit-reached (endedAt Number.MAX_VALUE walked its intervals: fuzz seed 1)', () => {
    const long = [{ offeredAt: 540, answeredAt: 540, endedAt: Number.MAX_VALUE }];
    expect(code(() => callHistory(long, { intervalSeconds: 900, pool: 'week', answerTime: 0 }))).toBe('limit-reached');
    const spanning = [{ offeredAt: 540, answeredAt: 540, endedAt: 540 + 900 * 250_000 }];
    expect(callHistory(spanning, { intervalSeconds: 900, pool: 'week' }).intervals).toHaveLength(672);
  });
  test('200 s cut into 250,000 intervals is read', () => {
    expect(callHistory(calls, { intervalSeconds: 200 / 250_000 }).intervals.length).toBeGreaterThan(0);
  });
  test('pooled, the bound is on the day or week: ten years pooled by day in 15-minute intervals is read, a week of seconds is not', () => {
    const tenYears = [...calls, { offeredAt: 10 * 365 * 86_400 + 3600, abandonedAt: 10 * 365 * 86_400 + 3605 }];
    expect(code(() => callHistory(tenYears, { intervalSeconds: 900 }))).toBe('limit-reached');
    expect(callHistory(tenYears, { intervalSeconds: 900, pool: 'day' }).intervals.length).toBe(2);
    expect(callHistory(calls, { intervalSeconds: 1, pool: 'day' }).intervals.length).toBeGreaterThan(0);
    expect(code(() => callHistory(tenYears, { intervalSeconds: 1, pool: 'week' }))).toBe('limit-reached');
  });
});

describe('scheduleShifts bounds what it expands', () => {
  const demand = [{ start: 0, length: 1800, required: 4 }];
  const day = { name: 'd', length: 28_800, earliestStart: 0, latestStart: 3600 };
  test('a start window of 1e300 s is refused, naming latestStart', () => {
    expect(() => scheduleShifts(demand, [{ ...day, latestStart: 1e300 }])).toThrow(/latestStart/);
  });
  test('a shift of 1e300 s is refused, naming length', () => {
    expect(() => scheduleShifts(demand, [{ ...day, length: 1e300 }])).toThrow(/length/);
  });
  test('1e300 people required is refused, naming required', () => {
    expect(() => scheduleShifts([{ ...demand[0], required: 1e300 } as (typeof demand)[0]], [day])).toThrow(/required/);
  });
  test('breaks that are not an array are a QueueInputError, not a TypeError', () => {
    expect(code(() => scheduleShifts(demand, [{ ...day, breaks: 5 as never }]))).toBe('invalid-input');
  });
});
