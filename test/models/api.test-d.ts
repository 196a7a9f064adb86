import { describe, expectTypeOf, test } from 'vitest';
import {
  type AnalyzeOptions,
  analyze,
  erlangB,
  erlangC,
  type Queue,
  type QueueInputError,
  type QueueMetrics,
  type QueueMetricsWithServiceLevels,
  ratePerSecond,
  serviceLevel,
  waitQuantile,
} from '../../src/index.js';

describe('public signatures of the core', () => {
  test('erlangB(agents, load) and erlangC take and return numbers', () => {
    expectTypeOf(erlangB).toEqualTypeOf<(agents: number, load: number) => number>();
    expectTypeOf(erlangC).toEqualTypeOf<(agents: number, load: number) => number>();
  });

  test('analyze(queue, options?) returns QueueMetrics; patience is optional', () => {
    const q: Queue = { arrivalRate: 1, handleTime: 60, agents: 2 };
    const options: AnalyzeOptions = {};
    expectTypeOf(analyze).toBeCallableWith({ arrivalRate: 1, handleTime: 60, agents: 2 });
    expectTypeOf(analyze(q)).toEqualTypeOf<QueueMetrics>();
    expectTypeOf(analyze(q, options)).toEqualTypeOf<QueueMetrics>();
    expectTypeOf<{ arrivalRate: number; handleTime: number; agents: number }>().toMatchTypeOf<Queue>();
    expectTypeOf<QueueMetrics['model']>().toEqualTypeOf<'erlang-c' | 'erlang-a'>();
    expectTypeOf<QueueMetrics['serviceLevel']>().toEqualTypeOf<number | undefined>();
  });

  test('analyze(queue, { answerTime }) has every service level, typed as present', () => {
    const m = analyze({ arrivalRate: 1, handleTime: 60, agents: 2 }, { answerTime: 20 });
    expectTypeOf(m).toEqualTypeOf<QueueMetricsWithServiceLevels>();
    expectTypeOf(m.serviceLevel).toEqualTypeOf<number>();
    expectTypeOf(m.offeredServiceLevel).toEqualTypeOf<number>();
    expectTypeOf(m.answerTime).toEqualTypeOf<number>();
    // results are readonly
    // @ts-expect-error cannot assign to a readonly metric
    m.probWait = 0;
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
