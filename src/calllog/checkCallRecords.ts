import { plainObject } from '../math/checks.js';
import { QueueInputError } from '../math/QueueInputError.js';
import type { CallRecord } from './CallRecord.js';
import { callRecordProblem } from './callRecordProblem.js';

const TIMES = ['offeredAt', 'answeredAt', 'abandonedAt', 'exitedAt', 'endedAt'] as const;

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
    const call = plainObject(`${parameter}[${i}]`, calls[i]) as unknown as CallRecord;
    for (const field of TIMES) {
      const t = call[field];
      if ((field === 'offeredAt' || t !== undefined) && !Number.isFinite(t)) {
        throw new QueueInputError(`${parameter}[${i}].${field}`, t, 'a finite number of seconds');
      }
    }
    if (call.priority !== undefined && !Number.isInteger(call.priority)) {
      throw new QueueInputError(`${parameter}[${i}].priority`, call.priority, 'an integer');
    }
    for (const field of ['agent', 'callType', 'id'] as const) {
      if (call[field] !== undefined && typeof call[field] !== 'string')
        throw new QueueInputError(`${parameter}[${i}].${field}`, call[field], 'a string');
    }
    const problem = callRecordProblem(call);
    if (problem) throw new QueueInputError(`${parameter}[${i}].${problem.field}`, call[problem.field], problem.expected);
  }
  return calls;
}
