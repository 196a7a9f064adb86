import { describe, expect, test } from 'vitest';
import {
  analyze,
  deferredPlan,
  QueueInputError,
  requiredAgents,
  requiredChatAgents,
  scheduledAgents,
  staffingPlan,
  staffingSensitivity,
  totalShrinkage,
} from '../../src/index.js';

function thrown(fn: () => unknown): QueueInputError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(QueueInputError);
    return e as QueueInputError;
  }
  throw new Error('expected a QueueInputError');
}

const demand = { arrivalRate: 100 / 180, handleTime: 180 };
const target = { serviceLevel: 0.8, answerTime: 20 };
const queue = { ...demand, agents: 107 };
const interval = { start: 0, length: 1800, calls: 1000, handleTime: 180 };

describe('QueueInputError.code tells bad input, infeasible targets and reached limits apart', () => {
  test('bad values are invalid-input', () => {
    expect(thrown(() => analyze({ ...queue, agents: 2.5 })).code).toBe('invalid-input');
    expect(thrown(() => requiredAgents(demand, { serviceLevel: 2, answerTime: 20 })).code).toBe('invalid-input');
    expect(thrown(() => requiredAgents(demand, { asa: -1 })).code).toBe('invalid-input');
  });
  test.each([
    [{ serviceLevel: 1, answerTime: 20 }, 'target.serviceLevel'],
    [{ asa: 0 }, 'target.asa'],
    [{ maxAbandon: 0 }, 'target.maxAbandon'],
    [{ maxOccupancy: 0 }, 'target.maxOccupancy'],
    [{ maxProbWait: 0 }, 'target.maxProbWait'],
  ])('a target at an excluded end (%j) is infeasible-target', (t, parameter) => {
    const e = thrown(() => requiredAgents({ ...demand, patience: 300 }, t));
    expect(e.code).toBe('infeasible-target');
    expect(e.parameter).toBe(parameter);
  });
  test('more agents than options.maxAgents is limit-reached, not a bare RangeError', () => {
    const e = thrown(() => requiredAgents(demand, target, { maxAgents: 50 }));
    expect(e.code).toBe('limit-reached');
    expect(e.parameter).toBe('target');
  });
});

describe('an options argument that is not an object is refused, naming options', () => {
  const calls: [string, (o: unknown) => unknown][] = [
    ['analyze', (o) => analyze(queue, o as never)],
    ['requiredAgents', (o) => requiredAgents(demand, target, o as never)],
    ['totalShrinkage', (o) => totalShrinkage(0.3, o as never)],
    ['scheduledAgents', (o) => scheduledAgents(14, 0.3, o as never)],
    ['staffingPlan', (o) => staffingPlan([interval], target, o as never)],
    ['deferredPlan', (o) => deferredPlan([{ start: 0, length: 3600, items: 60 }], { handleTime: 300, responseTime: 3600 }, o as never)],
    ['requiredChatAgents', (o) => requiredChatAgents(demand, target, o as never)],
    ['staffingSensitivity', (o) => staffingSensitivity(demand, target, o as never)],
  ];
  for (const [name, call] of calls) {
    test.each([null, 5, 'x', [1]])(`${name} with options %j`, (bad) => {
      const e = thrown(() => call(bad));
      expect(e.parameter).toBe('options');
      expect(e.code).toBe('invalid-input');
    });
  }
});

describe('QueueInputError messages show the value received', () => {
  test('an array is shown as an array (was "shrinkage must be an object, got object")', () => {
    expect(thrown(() => totalShrinkage([0.1, 0.2] as never)).message).toBe('shrinkage must be an object, got array');
    expect(new QueueInputError('x', { a: 1 }, 'a number').message).toBe('x must be a number, got object');
    expect(new QueueInputError('x', 'ten', 'a number').message).toBe('x must be a number, got "ten"');
  });
});
