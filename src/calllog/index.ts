// Public exports of the call-log layer (re-exported by src/index.ts).
export type { CallRecord } from './CallRecord.js';
