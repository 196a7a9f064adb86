/**
 * One event of a simulated call stream, in time order (seconds since the start of the run; a
 * plan's own clock). `id` numbers calls 0, 1, 2, … in arrival order. `login`/`logout` report
 * agents starting or stopping to take calls (`count` of them: all agents at the start, then each
 * change of a plan). The shape is the real-time tracker's event (`createQueueTracker().record`
 * accepts every one of them as is); `wait` and `handleTime` are extra facts. For a plan, only
 * the first replication is replayed (each replication restarts the clock).
 */
export type SimEvent =
  | {
      /** Agents logged in. */
      type: 'login';
      /** Event time (s, on the run's clock). */
      time: number;
      /** Number of agents who started taking calls. */
      count: number;
    }
  | {
      /** Agents logged out. */
      type: 'logout';
      /** Event time (s, on the run's clock). */
      time: number;
      /** Number of agents who stopped taking calls (each finishes the call in hand). */
      count: number;
    }
  | {
      /** A call arrived and joined the queue. */
      type: 'joined';
      /** Arrival time (s, on the run's clock). */
      time: number;
      /** Call number, 0, 1, 2, … in arrival order. */
      id: number;
    }
  | {
      /** A call was answered by an agent. */
      type: 'answered';
      /** Answer time (s, on the run's clock). */
      time: number;
      /** Call number, 0, 1, 2, … in arrival order. */
      id: number;
      /** Its time in queue (s). */
      wait: number;
    }
  | {
      /** A caller hung up before an answer. */
      type: 'abandoned';
      /** Hang-up time (s, on the run's clock). */
      time: number;
      /** Call number, 0, 1, 2, … in arrival order. */
      id: number;
      /** Its time in queue, i.e. its patience (s). */
      wait: number;
    }
  | {
      /** An answered call ended. */
      type: 'completed';
      /** End time (s, on the run's clock). */
      time: number;
      /** Call number, 0, 1, 2, … in arrival order. */
      id: number;
      /** Its handle time (s). */
      handleTime: number;
    };

/** The life of one simulated call (all times in seconds since the start of the run). */
export interface SimCallRecord {
  /** Call number, 0, 1, 2, … in arrival order (warm-up calls included). */
  readonly callId: number;
  /** Replication of a plan it belongs to (0 for steady-state runs). */
  readonly replication: number;
  /** Arrival time. */
  readonly arrival: number;
  /** Index of the plan interval it arrived in (0 for steady-state runs; −1 during warm-up). */
  readonly interval: number;
  /** The wait it would have had with infinite patience (`Infinity` if no agent would ever come). */
  readonly offeredWait: number;
  /** Its patience (`Infinity` when callers never hang up). */
  readonly patience: number;
  /** Whether it was answered (offered wait ≤ patience). */
  readonly answered: boolean;
  /** Time in queue: the offered wait if answered, else its patience. */
  readonly wait: number;
  /** Handle time if answered, else 0. */
  readonly handleTime: number;
}
