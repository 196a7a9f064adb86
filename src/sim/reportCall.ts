import type { EventReplay } from './EventReplay.js';
import type { SimCallRecord } from './SimEvent.js';

/**
 * One simulated call as a kernel hands it to {@link reportCall}: times in seconds on the run's
 * clock. Kernels fill one record per run in place; `reportCall` keeps nothing of it. Internal.
 */
export interface SimulatedCall {
  /** Call number, 0, 1, 2, … in arrival order. */
  id: number;
  /** Replication of a plan (0 for steady-state runs). */
  replication: number;
  /** Plan interval it arrived in (0 for steady-state runs; −1 during warm-up). */
  interval: number;
  /** Arrival time. */
  arrival: number;
  /** Time an agent takes it (arrival + offered wait), meaningful when answered. */
  start: number;
  /** Wait with infinite patience (`Infinity`: no agent would ever come). */
  offeredWait: number;
  /** Its patience (`Infinity`: never hangs up). */
  patience: number;
  /** Whether it was answered (offered wait ≤ patience). */
  answered: boolean;
  /** Handle time if answered, else 0. */
  handleTime: number;
}

/** A blank {@link SimulatedCall}, the one record a kernel fills in place for each call it reports. Internal. */
export function blankSimulatedCall(): SimulatedCall {
  return { id: 0, replication: 0, interval: 0, arrival: 0, start: 0, offeredWait: 0, patience: 0, answered: false, handleTime: 0 };
}

/**
 * Reports one simulated call to whoever asked for it: appends its {@link SimCallRecord} to
 * `records` and schedules its events (joined, then answered and completed, or abandoned unless
 * the caller would wait forever) on `replay`. Either may be null (not asked for). Internal: shared
 * by the steady-state and plan kernels.
 */
export function reportCall(records: SimCallRecord[] | null, replay: EventReplay | null, call: SimulatedCall): void {
  const { id, arrival, start, offeredWait, patience, answered, handleTime } = call;
  if (records) {
    records.push({
      callId: id,
      replication: call.replication,
      arrival,
      interval: call.interval,
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
