import type { CallRecord } from './CallRecord.js';

/** Why a call record is inconsistent: the field at fault, what it should be, and the reason tally key. */
export interface CallRecordProblem {
  readonly field: keyof CallRecord;
  readonly expected: string;
  readonly reason: string;
}

const OUTCOMES = ['answeredAt', 'abandonedAt', 'exitedAt'] as const;

/**
 * The first inconsistency of a call record whose times are numbers, or `undefined` when it is
 * consistent: at most one outcome; every outcome at or after `offeredAt`; `endedAt` only on an
 * answered call and not before its answer. Internal: shared by the readers and {@link checkCallRecords}.
 * @param call - the record
 * @param label - how the message names a field (a file reader gives its header)
 * @param shown - how the message names a field with its value (a file reader gives the value as written)
 */
export function callRecordProblem(
  call: CallRecord,
  label: (field: keyof CallRecord) => string = (field) => field,
  shown: (field: keyof CallRecord) => string = (field) => `${field} (${call[field]})`,
): CallRecordProblem | undefined {
  let first: (typeof OUTCOMES)[number] | undefined;
  for (const field of OUTCOMES) {
    const t = call[field];
    if (t === undefined) continue;
    if (first !== undefined)
      return { field, expected: `absent when ${label(first)} is given (one outcome per call)`, reason: 'more than one outcome' };
    first = field;
    if (t < call.offeredAt) return { field, expected: `≥ ${shown('offeredAt')}`, reason: `${field.replace('At', '')} before offered` };
  }
  if (call.endedAt !== undefined) {
    if (call.answeredAt === undefined)
      return { field: 'endedAt', expected: 'absent on a call that was not answered', reason: 'ended but not answered' };
    if (call.endedAt < call.answeredAt) return { field: 'endedAt', expected: `≥ ${shown('answeredAt')}`, reason: 'ended before answered' };
  }
  return undefined;
}
