import { QueueInputError } from '../math/QueueInputError.js';
import type { CallRecord } from './CallRecord.js';
import { callRecordError } from './callRecordError.js';

/**
 * Checks call records given from code (the same rules {@link parseCallLog} applies to a file):
 * every time a finite number of seconds, at most one of `answeredAt`, `abandonedAt` and
 * `exitedAt`, none before `offeredAt`, `endedAt` only on an answered call and not before its
 * answer, `priority` an integer, `agent`, `callType` and `id` strings. Returns the array as given.
 *
 * @param calls - the calls, in any order
 * @param parameter - the name errors give the array (`records` in {@link replay}) @defaultValue `'calls'`
 * @returns `calls`, unchanged
 * @throws {QueueInputError} naming the first bad record and field, e.g. `calls[3].endedAt`
 * @example
 * checkCallRecords([{ offeredAt: 0, answeredAt: 12, endedAt: 200 }]).length; // => 1
 */
export function checkCallRecords(calls: readonly CallRecord[], parameter = 'calls'): readonly CallRecord[] {
  if (!Array.isArray(calls)) throw new QueueInputError(parameter, calls, 'an array of call records');
  for (let i = 0; i < calls.length; i++) {
    const error = callRecordError(calls[i], parameter, i);
    if (error !== undefined) throw error;
  }
  return calls;
}
