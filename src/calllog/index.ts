// Public exports of the call-log layer (re-exported by src/index.ts).

export type { CallLog, CallLogProblem, CallLogWarning, ParseCallLogOptions } from './CallLog.js';
export { CallLogError } from './CallLogError.js';
export type { CallRecord } from './CallRecord.js';
export { checkCallRecords } from './checkCallRecords.js';
export { parseCallLog } from './parseCallLog.js';
