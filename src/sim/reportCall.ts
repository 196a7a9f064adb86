import type { EventReplay } from './EventReplay.js';
import type { SimCallRecord } from './SimEvent.js';

/**
 * Reports one simulated call to whoever asked for it: appends its {@link SimCallRecord} to
 * `records` and schedules its events (joined, then answered and completed, or abandoned unless
 * the caller would wait forever) on `replay`. Either may be null (not asked for). Times are in
 * seconds on the run's clock. Internal: shared by the steady-state and plan kernels.
 */
export function reportCall(
  records: SimCallRecord[] | null,
  replay: EventReplay | null,
  id: number,
  replication: number,
  interval: number,
  arrival: number,
  start: number,
  offeredWait: number,
  patience: number,
  answered: boolean,
  handleTime: number,
): void {
  if (records) {
    records.push({
      callId: id,
      replication,
      arrival,
      interval,
      offeredWait,
      patience,
      answered,
      wait: answered ? offeredWait : patience,
      handleTime,
    });
  }
  if (replay) {
    replay.flush(arrival);
    replay.push({ type: 'joined', time: arrival, id });
    if (answered) {
      replay.push({ type: 'answered', time: start, id, wait: offeredWait });
      replay.push({ type: 'completed', time: start + handleTime, id, handleTime });
    } else if (patience !== Infinity) {
      replay.push({ type: 'abandoned', time: arrival + patience, id, wait: patience });
    }
  }
}
