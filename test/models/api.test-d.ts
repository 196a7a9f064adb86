import { describe, expectTypeOf, test } from 'vitest';
import {
  type AnalyzeOptions,
  analyze,
  erlangB,
  erlangC,
  type Queue,
  QueueInputError,
  type QueueMetrics,
  ratePerSecond,
  serviceLevel,
  waitQuantile,
} from '../../src/index.js';

describe('public signatures of the core', () => {
  test('erlangB(servers, load) and erlangC take and return numbers', () => {
    expectTypeOf(erlangB).toEqualTypeOf<(servers: number, load: number) => number>();
    expectTypeOf(erlangC).toEqualTypeOf<(servers: number, load: number) => number>();
  });

  test('analyze(queue, options?) returns QueueMetrics; patience is optional', () => {
    expectTypeOf(analyze).parameter(0).toEqualTypeOf<Queue>();
    expectTypeOf(analyze).parameter(1).toEqualTypeOf<AnalyzeOptions | undefined>();
    expectTypeOf(analyze).toBeCallableWith({ arrivalRate: 1, handleTime: 60, agents: 2 });
    expectTypeOf(analyze).returns.toEqualTypeOf<QueueMetrics>();
    expectTypeOf<{ arrivalRate: number; handleTime: number; agents: number }>().toMatchTypeOf<Queue>();
    expectTypeOf<QueueMetrics['model']>().toEqualTypeOf<'erlang-c' | 'erlang-a'>();
    expectTypeOf<QueueMetrics['serviceLevel']>().toEqualTypeOf<number | undefined>();
  });

  test('helpers', () => {
    expectTypeOf(serviceLevel).toEqualTypeOf<(queue: Queue, answerTime: number) => number>();
    expectTypeOf(waitQuantile).toEqualTypeOf<(queue: Queue, p: number) => number>();
    expectTypeOf(ratePerSecond).toEqualTypeOf<(count: number, intervalSeconds: number) => number>();
  });

  test('QueueInputError is a RangeError with parameter, value and expected', () => {
    expectTypeOf<QueueInputError>().toMatchTypeOf<RangeError>();
    expectTypeOf<QueueInputError['parameter']>().toEqualTypeOf<string>();
    expectTypeOf<QueueInputError['expected']>().toEqualTypeOf<string>();
    expectTypeOf<QueueInputError['value']>().toEqualTypeOf<unknown>();
  });
});
