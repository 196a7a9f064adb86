import { describe, expect, test } from 'vitest';
import {
  type CallHistory,
  calibrateAvailability,
  callHistory,
  forecastFromHistory,
  predictHistory,
  staffingPlan,
} from '../../src/index.js';

const row = {
  start: 0,
  length: 3600,
  offered: 360,
  abandoned: 37,
  probAbandon: 0.10294,
  probWait: 0.4846,
  meanWait: 12.35,
  arrivalRate: 0.1,
  handleTime: 180,
  patience: 120,
  agentsSeen: 30,
};

describe('predictHistory and calibrateAvailability check each history row', () => {
  test('a row that is not an object is named (null threw a TypeError)', () => {
    expect(() => calibrateAvailability([null as never])).toThrow(/^history\[0\] must be an object, got null/);
    expect(() => predictHistory([null as never], 0.6)).toThrow(/^history\[0\] must be an object, got null/);
  });
  test.each([
    ['offered', -1],
    ['meanWait', Number.NaN],
    ['probWait', 1.5],
    ['arrivalRate', Infinity],
    ['patience', -1],
    ['length', 0],
    ['start', Infinity],
  ])('a row with %s = %s is refused, naming the field', (field, value) => {
    expect(() => predictHistory([{ ...row, [field]: value }], 0.6)).toThrow(new RegExp(`^history\\[0\\]\\.${field} must be`));
  });
  test('an availability above 10 is refused (Number.MAX_VALUE gave NaN); 10 gives numbers', () => {
    expect(() => predictHistory([row], Number.MAX_VALUE)).toThrow(/^availability\[0\] must be a number > 0, at most 10/);
    const at10 = predictHistory([row], 10).intervals[0];
    expect(at10?.erlangA.probAbandon).toBeGreaterThanOrEqual(0);
    expect(at10?.erlangC.meanWait).toBeGreaterThanOrEqual(0);
  });
  test('a row with a handle time of 0 (calls ended the second they were answered) is skipped for want of a handle time', () => {
    expect(predictHistory([{ ...row, handleTime: 0 }], 0.6).skipped).toEqual({ 'no handle time': 1 });
  });
});

describe('forecastFromHistory checks the history', () => {
  test('a history without intervals, or with a row that is not one, is named (both threw a TypeError)', () => {
    expect(() => forecastFromHistory({ pool: 'day' } as CallHistory)).toThrow(/^history\.intervals must be an array/);
    expect(() => forecastFromHistory({ pool: 'day', intervals: [null] } as unknown as CallHistory)).toThrow(
      /^history\.intervals\[0\] must be an object/,
    );
  });
  test('a handle time of 0 is never emitted: such rows take the history mean, and a history with none > 0 is refused', () => {
    expect(() => forecastFromHistory(callHistory([{ offeredAt: 0, answeredAt: 0, endedAt: 0 }], { pool: 'day' }))).toThrow(
      /^history must be a history with handle times > 0/,
    );
    const log = [
      { offeredAt: 0, answeredAt: 0, endedAt: 0 },
      { offeredAt: 7200, answeredAt: 7210, endedAt: 7390 },
    ];
    const rows = forecastFromHistory(callHistory(log, { pool: 'day' }));
    expect(rows.map((r) => r.handleTime)).toEqual([180, 180]);
    expect(staffingPlan(rows, { serviceLevel: 0.8, answerTime: 20 }).intervals).toHaveLength(2);
  });
});
