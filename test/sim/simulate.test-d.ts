import { describe, expectTypeOf, test } from 'vitest';
import type {
  Distribution,
  Estimate,
  PlanSimOptions,
  PlanSimResult,
  Queue,
  SimEvent,
  SimIntervalMetrics,
  SimResult,
  SimScenario,
  SimulateOptions,
  SteadySimOptions,
  SteadySimResult,
} from '../../src/index.js';
import { simulate } from '../../src/index.js';

describe('simulate: public types', () => {
  test('simulate(scenario, options?) returns a SimResult; a Queue is a scenario', () => {
    expectTypeOf(simulate).parameter(0).toEqualTypeOf<SimScenario>();
    expectTypeOf(simulate).parameter(1).toEqualTypeOf<PlanSimOptions | SteadySimOptions | SimulateOptions | undefined>();
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
  test('options are typed per mode: a field of the other mode is a type error; the union SimulateOptions takes either', () => {
    const queue = { arrivalRate: 1, handleTime: 1, agents: 2 } as const;
    const plan = { handleTime: 180, intervals: [{ length: 1800, calls: 100, agents: 12 }] };
    expectTypeOf(simulate(queue, { calls: 1000, batches: 10 })).toEqualTypeOf<SteadySimResult>();
    expectTypeOf(simulate(plan, { replications: 5, warmUpTime: 600 })).toEqualTypeOf<PlanSimResult>();
    // a field of the other mode is not narrowed to the scenario's mode (and throws at run time)
    expectTypeOf(simulate(queue, { replications: 5 })).toEqualTypeOf<SimResult>();
    // @ts-expect-error one option object is one mode's: replications and calls never go together
    const mixed: SimulateOptions = { calls: 1000, replications: 5 };
    void mixed;
    const either: SimulateOptions = { seed: 3 };
    expectTypeOf(simulate(queue as SimScenario, either)).toEqualTypeOf<SimResult>();
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
