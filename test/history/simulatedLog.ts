import type { CallRecord, SimCallRecord } from '../../src/index.js';

/** A simulator's per-call records as a call log (replication r shifted by r days). */
export function simulatedLog(records: readonly SimCallRecord[], day = 86_400): CallRecord[] {
  return records
    .filter((r) => r.interval >= 0)
    .map((r) => {
      const offeredAt = r.replication * day + r.arrival;
      return r.answered
        ? { offeredAt, answeredAt: offeredAt + r.wait, endedAt: offeredAt + r.wait + r.handleTime }
        : { offeredAt, abandonedAt: offeredAt + r.wait };
    });
}
