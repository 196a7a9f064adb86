import { describe, expectTypeOf, test } from 'vitest';
import type { Distribution, Estimate, Queue, SimEvent, SimResult, SimScenario, SimulateOptions } from '../../src/index.js';
import { simulate } from '../../src/index.js';

describe('simulate: public types', () => {
  test('simulate(scenario, options?) returns a SimResult; a Queue is a scenario', () => {
    expectTypeOf(simulate).parameter(0).toEqualTypeOf<SimScenario>();
    expectTypeOf(simulate).parameter(1).toEqualTypeOf<SimulateOptions | undefined>();
    expectTypeOf(simulate).returns.toEqualTypeOf<SimResult>();
    const q: Queue = { arrivalRate: 1, handleTime: 1, agents: 2, patience: 3 };
    expectTypeOf(simulate(q)).toEqualTypeOf<SimResult>();
  });
  test('estimates carry value, lower and upper; service levels are optional', () => {
    expectTypeOf<SimResult['asa']>().toEqualTypeOf<Estimate>();
    expectTypeOf<SimResult['serviceLevel']>().toEqualTypeOf<Estimate | undefined>();
    expectTypeOf<Estimate>().toEqualTypeOf<{ value: number; lower: number; upper: number }>();
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
