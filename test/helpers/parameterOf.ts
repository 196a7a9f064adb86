import { expect } from 'vitest';
import { QueueInputError } from '../../src/index.js';

/** The `parameter` of the QueueInputError `f` throws (failing on any other error), or undefined when it returns. */
export function parameterOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(QueueInputError);
    return (e as QueueInputError).parameter;
  }
  return undefined;
}
