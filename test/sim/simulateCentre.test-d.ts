import { describe, expectTypeOf, test } from 'vitest';
import type {
  CentreEvent,
  CentreFigures,
  CentreQueueFigures,
  CentreResult,
  CentreScenario,
  SimulateCentreOptions,
} from '../../src/index.js';
import { simulateCentre } from '../../src/index.js';

describe('simulateCentre: public types', () => {
  test('simulateCentre(scenario, options?) returns a CentreResult', () => {
    expectTypeOf(simulateCentre).parameter(0).toEqualTypeOf<CentreScenario>();
    expectTypeOf(simulateCentre).parameter(1).toEqualTypeOf<SimulateCentreOptions | undefined>();
    expectTypeOf(simulateCentre).returns.toEqualTypeOf<CentreResult>();
    expectTypeOf<CentreResult['overall']>().toEqualTypeOf<CentreFigures>();
    expectTypeOf<CentreResult['queues']>().toEqualTypeOf<readonly CentreQueueFigures[]>();
  });
  test('serves takes queue names or { queue, penalty }; a wrong field is a type error', () => {
    const scenario: CentreScenario = {
      queues: [{ name: 'a', arrivalRate: 0.1, handleTime: { kind: 'gamma', mean: 100, cv: 0.5 }, patience: 60 }],
      agents: [{ count: 2, serves: ['a', { queue: 'a', penalty: 1 }] }],
    };
    expectTypeOf(scenario).toEqualTypeOf<CentreScenario>();
    // @ts-expect-error agents is a list of groups, not a number
    const wrong: CentreScenario = { queues: [], agents: 3 };
    expectTypeOf(wrong).toEqualTypeOf<CentreScenario>();
  });
  test('events are a tagged union: answered and completed name the agent, call events the queue', () => {
    const handle = (event: CentreEvent): string => {
      if (event.type === 'answered' || event.type === 'completed') return `${event.queue} ${event.agent}`;
      if (event.type === 'agent') return event.agent;
      // @ts-expect-error joined and abandoned name no agent
      return event.agent;
    };
    expectTypeOf(handle).returns.toEqualTypeOf<string>();
  });
});
