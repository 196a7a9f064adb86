/**
 * One event of a simulated centre's call stream, in time order (seconds since the start of the
 * run). Calls are numbered 0, 1, 2, … in arrival order over all queues; each call event names its
 * `queue`; `answered` and `completed` name the `agent` (`group:k`). The run opens with one
 * `agent` event per agent (state `'available'`, time 0). The shape is the live tracker's event
 * (`QueueEvent`) plus `queue` — the simulator does not import the tracker, so the type is its own;
 * `wait` and `handleTime` are extra facts.
 */
export type CentreEvent =
  | {
      /** An agent logged in, available (at time 0, once per agent). */
      type: 'agent';
      /** Event time (s). */
      time: number;
      /** The agent's name, `group:k`. */
      agent: string;
      /** Always `'available'`. */
      state: 'available';
    }
  | {
      /** A call arrived to its queue. */
      type: 'joined';
      /** Arrival time (s). */
      time: number;
      /** Call number, 0, 1, 2, … in arrival order over all queues. */
      id: number;
      /** The queue's name. */
      queue: string;
    }
  | {
      /** A call was answered by an agent. */
      type: 'answered';
      /** Answer time (s). */
      time: number;
      /** Call number. */
      id: number;
      /** The queue's name. */
      queue: string;
      /** The agent who answered, `group:k`. */
      agent: string;
      /** Its time in queue (s). */
      wait: number;
    }
  | {
      /** A waiting caller hung up. */
      type: 'abandoned';
      /** Hang-up time (s). */
      time: number;
      /** Call number. */
      id: number;
      /** The queue's name. */
      queue: string;
      /** Its time in queue, i.e. its patience (s). */
      wait: number;
    }
  | {
      /** An answered call ended. */
      type: 'completed';
      /** End time (s). */
      time: number;
      /** Call number. */
      id: number;
      /** The queue's name. */
      queue: string;
      /** The agent who handled it, `group:k`. */
      agent: string;
      /** Its handle time (s). */
      handleTime: number;
    };

/** The life of one simulated call of a centre (times in seconds since the start of the run). */
export interface CentreCallRecord {
  /** Call number, 0, 1, 2, … in arrival order over all queues (warm-up included). */
  readonly callId: number;
  /** The queue's name. */
  readonly queue: string;
  /** Arrival time. */
  readonly arrival: number;
  /** Whether it arrived after the warm-up (only those are counted in the figures). */
  readonly measured: boolean;
  /** How it ended: answered, abandoned, or still waiting when the run stopped. */
  readonly outcome: 'answered' | 'abandoned' | 'waiting';
  /** Time in queue (s): until answered, until it hung up, or until the run stopped. */
  readonly wait: number;
  /** The agent who answered (`group:k`), when answered. */
  readonly agent?: string;
}
