import { describe, expect, test } from 'vitest';
import {
  booleanFlag,
  finite,
  fractionExcluding,
  integerInRange,
  nonNegativeOrInfinite,
  notNaN,
  openUnit,
  positiveInteger,
  safeInteger,
} from '../../src/math/checks.js';
import { QueueInputError } from '../../src/math/QueueInputError.js';

/** The thrown error of `run`, or undefined when it returns. */
function thrown(run: () => unknown): QueueInputError | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof QueueInputError) return error;
    throw error;
  }
  return undefined;
}

describe('the checks of math/checks.ts', () => {
  test('finite(name, value) takes every finite number and refuses NaN, ±Infinity and non-numbers', () => {
    expect([-5, 0, 1e300].map((v) => finite('x', v))).toEqual([-5, 0, 1e300]);
    for (const bad of [Number.NaN, Infinity, -Infinity, '1', null])
      expect(thrown(() => finite('x', bad))?.expected).toBe('a finite number');
  });

  test('safeInteger(name, value) takes integers of either sign up to 2⁵³ − 1', () => {
    expect(safeInteger('seed', -7)).toBe(-7);
    for (const bad of [2.5, 2 ** 53, Number.NaN, '3'])
      expect(thrown(() => safeInteger('seed', bad))?.message).toMatch(/^seed must be a safe integer, got/);
  });

  test('positiveInteger(name, value) refuses 0, fractions and non-numbers', () => {
    expect(positiveInteger('m', 1)).toBe(1);
    for (const bad of [0, 1.5, -1, Infinity, '2']) expect(thrown(() => positiveInteger('m', bad))?.expected).toBe('a positive integer');
  });

  test('integerInRange(name, value, lo, hi) includes both ends and names them', () => {
    expect([2, 1000].map((v) => integerInRange('b', v, 2, 1000))).toEqual([2, 1000]);
    expect(thrown(() => integerInRange('b', 1, 2, 1000))?.message).toBe('b must be an integer from 2 to 1000, got 1');
    expect(thrown(() => integerInRange('b', 2.5, 2, 1000))).toBeDefined();
  });

  test('booleanFlag(name, value) takes only true and false', () => {
    expect([true, false].map((v) => booleanFlag('r', v))).toEqual([true, false]);
    for (const bad of [1, 'yes', null, 0]) expect(thrown(() => booleanFlag('r', bad))?.expected).toBe('true or false');
  });

  test('fractionExcluding(1, name, value) takes [0, 1); exactly 1 gets the end code, outside [0, 1] is invalid input', () => {
    expect([0, 0.5].map((v) => fractionExcluding(1, 's', v))).toEqual([0, 0.5]);
    expect(thrown(() => fractionExcluding(1, 's', 1))?.code).toBe('invalid-input');
    expect(thrown(() => fractionExcluding(1, 's', 1, 'why', 'infeasible-target'))).toMatchObject({
      code: 'infeasible-target',
      expected: 'why',
    });
    expect(thrown(() => fractionExcluding(1, 's', 1.5, 'why', 'infeasible-target'))?.code).toBe('invalid-input');
    expect(thrown(() => fractionExcluding(1, 's', Number.NaN))?.expected).toBe('a fraction in [0, 1)');
  });

  test('fractionExcluding(0, name, value) takes (0, 1]; exactly 0 gets the end code, outside [0, 1] is invalid input', () => {
    expect([1, 0.5].map((v) => fractionExcluding(0, 'm', v))).toEqual([1, 0.5]);
    expect(thrown(() => fractionExcluding(0, 'm', 0, 'why', 'infeasible-target'))?.code).toBe('infeasible-target');
    expect(thrown(() => fractionExcluding(0, 'm', -0.1, 'why', 'infeasible-target'))?.code).toBe('invalid-input');
    expect(thrown(() => fractionExcluding(0, 'm', 2))?.expected).toBe('a fraction in (0, 1]');
  });

  test('openUnit(name, value, expected) words its error as asked', () => {
    expect(thrown(() => openUnit('q', 1))?.expected).toBe('a number strictly between 0 and 1');
    expect(thrown(() => openUnit('q', 0, 'a probability strictly between 0 and 1'))?.expected).toBe(
      'a probability strictly between 0 and 1',
    );
  });

  test('nonNegativeOrInfinite(name, value) takes 0 and Infinity, refuses negatives and NaN', () => {
    expect([0, 5, Infinity].map((v) => nonNegativeOrInfinite('w', v))).toEqual([0, 5, Infinity]);
    for (const bad of [-1, Number.NaN, '1'])
      expect(thrown(() => nonNegativeOrInfinite('w', bad))?.expected).toBe('a number ≥ 0 (Infinity allowed)');
  });

  test('notNaN(name, value) takes ±Infinity, refuses NaN and non-numbers', () => {
    expect([-Infinity, 0, Infinity].map((v) => notNaN('z', v))).toEqual([-Infinity, 0, Infinity]);
    for (const bad of [Number.NaN, '1', undefined]) expect(thrown(() => notNaN('z', bad))?.message).toMatch(/^z must be a number, got/);
  });
});
