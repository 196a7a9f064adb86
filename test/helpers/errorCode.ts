import { expect } from 'vitest';
import { QueueInputError } from '../../src/index.js';

/** The `code` of the QueueInputError that `fn` throws (failing on any other error), or undefined when it returns. */
export function errorCode(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(QueueInputError);
    return (e as QueueInputError).code;
  }
  return undefined;
}
