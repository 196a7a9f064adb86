import { QueueInputError } from '../math/QueueInputError.js';
import type { CallRecord } from './CallRecord.js';
import { callRecordProblem } from './callRecordProblem.js';

const TIMES = ['offeredAt', 'answeredAt', 'abandonedAt', 'exitedAt', 'endedAt'] as const;
const NAMES = ['agent', 'callType', 'id'] as const;

const absentOrString = (name: unknown): boolean => name === undefined || typeof name === 'string';

/**
 * What is wrong with one call record given from code, as the error {@link checkCallRecords}
 * throws (naming `${parameter}[${index}].field`), or `undefined` when it is a sound record.
 * Internal: for the checks that throw and for live readers that skip a bad record and report it.
 * A sound record is read field by field once (a log of a month is checked in about a
 * millisecond); the error is worked out only for a bad one.
 * @param value - the record
 * @param parameter - how the error names the array, e.g. `records`
 * @param index - the record's index in it
 */
export function callRecordError(value: unknown, parameter: string, index: number): QueueInputError | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return new QueueInputError(`${parameter}[${index}]`, value, 'an object');
  const call = value as CallRecord;
  const { offeredAt, answeredAt, abandonedAt, exitedAt, endedAt } = call;
  const outcome = answeredAt ?? abandonedAt ?? exitedAt;
  const { priority, agent, callType, id } = call;
  // each field's rule written out (no call per field: a replay checks a month of records before
  // V8 has optimized anything)
  const sound =
    Number.isFinite(offeredAt) &&
    (answeredAt === undefined || Number.isFinite(answeredAt)) &&
    (abandonedAt === undefined || Number.isFinite(abandonedAt)) &&
    (exitedAt === undefined || Number.isFinite(exitedAt)) &&
    (endedAt === undefined || Number.isFinite(endedAt)) &&
    (priority === undefined || Number.isInteger(priority)) &&
    (agent === undefined || typeof agent === 'string') &&
    (callType === undefined || typeof callType === 'string') &&
    (id === undefined || typeof id === 'string') &&
    // one outcome at most, not before the offer; an end only after an answer
    (outcome === undefined ||
      (outcome >= offeredAt &&
        (answeredAt === undefined ? 0 : 1) + (abandonedAt === undefined ? 0 : 1) + (exitedAt === undefined ? 0 : 1) === 1)) &&
    (endedAt === undefined || (answeredAt !== undefined && endedAt >= answeredAt));
  return sound ? undefined : problemOf(call, `${parameter}[${index}]`);
}

/** The error for a record that is not sound: the first field at fault, as the readers name it. */
function problemOf(call: CallRecord, name: string): QueueInputError {
  for (const field of TIMES) {
    const t = call[field];
    if ((field === 'offeredAt' || t !== undefined) && !Number.isFinite(t))
      return new QueueInputError(`${name}.${field}`, t, 'a finite number of seconds');
  }
  if (call.priority !== undefined && !Number.isInteger(call.priority))
    return new QueueInputError(`${name}.priority`, call.priority, 'an integer');
  for (const field of NAMES) {
    if (!absentOrString(call[field])) return new QueueInputError(`${name}.${field}`, call[field], 'a string');
  }
  const problem = callRecordProblem(call) as NonNullable<ReturnType<typeof callRecordProblem>>;
  return new QueueInputError(`${name}.${problem.field}`, call[problem.field], problem.expected);
}
