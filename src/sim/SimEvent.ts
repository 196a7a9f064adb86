/**
 * One event of a simulated call stream, in time order (seconds since the start of the run; a
 * plan's own clock). `id` numbers calls 0, 1, 2, … in arrival order. `login`/`logout` report
 * agents starting or stopping to take calls (`count` of them: all agents at the start, then each
 * change of a plan). The shape is the real-time tracker's event (`createQueueTracker().record`
 * accepts every one of them as is); `wait` and `handleTime` are extra facts. For a plan, only
 * the first replication is replayed (each replication restarts the clock).
 */
export type SimEvent =
  | { type: 'login'; time: number; count: number }
  | { type: 'logout'; time: number; count: number }
  | { type: 'joined'; time: number; id: number }
  | { type: 'answered'; time: number; id: number; wait: number }
  | { type: 'abandoned'; time: number; id: number; wait: number }
  | { type: 'completed'; time: number; id: number; handleTime: number };

/** The life of one simulated call (all times in seconds since the start of the run). */
export interface SimCallRecord {
  /** Call number, 0, 1, 2, … in arrival order (warm-up calls included). */
  callId: number;
  /** Replication of a plan it belongs to (0 for steady-state runs). */
  replication: number;
  /** Arrival time. */
  arrival: number;
  /** Index of the plan interval it arrived in (0 for steady-state runs; −1 during warm-up). */
  interval: number;
  /** The wait it would have had with infinite patience (`Infinity` if no agent would ever come). */
  offeredWait: number;
  /** Its patience (`Infinity` when callers never hang up). */
  patience: number;
  /** Whether it was answered (offered wait ≤ patience). */
  answered: boolean;
  /** Time in queue: the offered wait if answered, else its patience. */
  wait: number;
  /** Handle time if answered, else 0. */
  handleTime: number;
}
