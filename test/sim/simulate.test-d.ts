import { describe, expectTypeOf, test } from 'vitest';
import type {
  Distribution,
  Estimate,
  PlanSimResult,
  Queue,
  SimEvent,
  SimIntervalMetrics,
  SimResult,
  SimScenario,
  SimulateOptions,
  SteadySimResult,
} from '../../src/index.js';
import { simulate } from '../../src/index.js';

describe('simulate: public types', () => {
  test('simulate(scenario, options?) returns a SimResult; a Queue is a scenario', () => {
    expectTypeOf(simulate).parameter(0).toEqualTypeOf<SimScenario>();
    expectTypeOf(simulate).parameter(1).toEqualTypeOf<SimulateOptions | undefined>();
    expectTypeOf(simulate).returns.toEqualTypeOf<SimResult>();
    const q: Queue = { arrivalRate: 1, handleTime: 1, agents: 2, patience: 3 };
    expectTypeOf(simulate(q)).toEqualTypeOf<SteadySimResult>();
  });
  test('steady state and plans are a tagged union: a plan returns intervals, told apart by method', () => {
    const plan = simulate({ handleTime: 180, intervals: [{ length: 1800, calls: 100, agents: 12 }] });
    expectTypeOf(plan).toEqualTypeOf<PlanSimResult>();
    expectTypeOf(plan.intervals).toEqualTypeOf<SimIntervalMetrics[]>();
    const any = {} as SimResult;
    if (any.method === 'replications') expectTypeOf(any.intervals).toEqualTypeOf<SimIntervalMetrics[]>();
    else expectTypeOf(any.intervals).toEqualTypeOf<undefined>();
    // @ts-expect-error a scenario is steady or a plan, not both
    const both: SimScenario = { arrivalRate: 1, agents: 2, handleTime: 1, intervals: [] };
    void both;
  });
  test('estimates carry value, lower and upper; service levels are optional', () => {
    expectTypeOf<SimResult['asa']>().toEqualTypeOf<Estimate>();
    expectTypeOf<SimResult['serviceLevel']>().toEqualTypeOf<Estimate | undefined>();
    expectTypeOf<Estimate>().toEqualTypeOf<{ readonly value: number; readonly lower: number; readonly upper: number }>();
  });
  test('distributions are a closed union; events are discriminated by type', () => {
    // @ts-expect-error an unknown kind is rejected
    const bad: Distribution = { kind: 'weibull', mean: 1 };
    void bad;
    // @ts-expect-error log-normal needs its CV
    const noCv: Distribution = { kind: 'lognormal', mean: 1 };
    void noCv;
    expectTypeOf<Extract<SimEvent, { type: 'answered' }>>().toEqualTypeOf<{ type: 'answered'; time: number; id: number; wait: number }>();
  });
});
