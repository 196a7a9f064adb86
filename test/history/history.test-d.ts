import { describe, expectTypeOf, test } from 'vitest';
import {
  type Calibration,
  type CallHistory,
  type CallLog,
  type CallRecord,
  calibrateAvailability,
  callHistory,
  checkCallRecords,
  forecastFromHistory,
  type HistoryInterval,
  type HistoryPrediction,
  parseCallLog,
  predictHistory,
} from '../../src/index.js';

describe('public signatures of call logs, history and calibration', () => {
  test('parseCallLog(text, options?) returns a CallLog of readonly CallRecords', () => {
    expectTypeOf(parseCallLog).returns.toEqualTypeOf<CallLog>();
    expectTypeOf<CallLog['calls']>().toEqualTypeOf<readonly CallRecord[]>();
    expectTypeOf(parseCallLog).toBeCallableWith('offered_at\n0', { strict: true, format: 'csv' });
    expectTypeOf(checkCallRecords).returns.toEqualTypeOf<readonly CallRecord[]>();
  });

  test('callHistory rows carry start, seconds, offered, handleTime and patience in seconds', () => {
    expectTypeOf(callHistory).returns.toEqualTypeOf<CallHistory>();
    expectTypeOf<HistoryInterval['start']>().toEqualTypeOf<number>();
    expectTypeOf<HistoryInterval['length']>().toEqualTypeOf<number>();
    expectTypeOf<HistoryInterval['offered']>().toEqualTypeOf<number>();
    expectTypeOf<HistoryInterval['handleTime']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<HistoryInterval['patience']>().toEqualTypeOf<number>();
  });

  test('calibrateAvailability and predictHistory take history rows', () => {
    expectTypeOf(calibrateAvailability).returns.toEqualTypeOf<Calibration>();
    expectTypeOf(predictHistory).returns.toEqualTypeOf<HistoryPrediction>();
    expectTypeOf(calibrateAvailability).toBeCallableWith([] as HistoryInterval[], { bands: [7, 12] });
    expectTypeOf(forecastFromHistory).parameter(0).toEqualTypeOf<CallHistory>();
  });
});
