import { QueueInputError } from '../math/QueueInputError.js';
import type { CallRecord } from './CallRecord.js';
import { callRecordProblem } from './callRecordProblem.js';

const TIMES = ['offeredAt', 'answeredAt', 'abandonedAt', 'exitedAt', 'endedAt'] as const;
const NAMES = ['agent', 'callType', 'id'] as const;

/**
 * What is wrong with one call record given from code, as the error {@link checkCallRecords}
 * throws (naming `${parameter}[${index}].field`), or `undefined` when it is a sound record.
 * Internal: for the checks that throw and for live readers that skip a bad record and report it.
 * @param value - the record
 * @param parameter - how the error names the array, e.g. `records`
 * @param index - the record's index in it
 */
export function callRecordError(value: unknown, parameter: string, index: number): QueueInputError | undefined {
  const name = () => `${parameter}[${index}]`;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return new QueueInputError(name(), value, 'an object');
  const call = value as CallRecord;
  for (const field of TIMES) {
    const t = call[field];
    if ((field === 'offeredAt' || t !== undefined) && !Number.isFinite(t)) {
      return new QueueInputError(`${name()}.${field}`, t, 'a finite number of seconds');
    }
  }
  if (call.priority !== undefined && !Number.isInteger(call.priority))
    return new QueueInputError(`${name()}.priority`, call.priority, 'an integer');
  for (const field of NAMES) {
    if (call[field] !== undefined && typeof call[field] !== 'string')
      return new QueueInputError(`${name()}.${field}`, call[field], 'a string');
  }
  const problem = callRecordProblem(call);
  return problem === undefined ? undefined : new QueueInputError(`${name()}.${problem.field}`, call[problem.field], problem.expected);
}
