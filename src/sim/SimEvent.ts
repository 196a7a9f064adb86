/**
 * One event of a simulated call stream, in time order (seconds since the start of the run).
 * `callId` numbers calls 0, 1, 2, … in arrival order. `agents` events report the number of agents
 * taking calls (at time 0 and at each change of a plan). This is the stream a live tracker sees.
 */
export type SimEvent =
  | { type: 'agents'; time: number; agents: number }
  | { type: 'joined'; time: number; callId: number }
  | { type: 'answered'; time: number; callId: number; wait: number }
  | { type: 'abandoned'; time: number; callId: number; wait: number }
  | { type: 'completed'; time: number; callId: number; handleTime: number };

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
