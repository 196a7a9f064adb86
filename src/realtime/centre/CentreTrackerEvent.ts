import type { CallId, QueueEvent } from '../tracker/QueueEvent.js';

/**
 * One thing that happened in a centre of queues, at `time` seconds on the backend's clock: the
 * events of {@link QueueEvent}, a caller's `joined` naming its queue, and agents logging in or out
 * by name (each counts in every queue it serves) or by count in one queue.
 */
export type CentreTrackerEvent =
  | {
      /** A caller entered a queue. */
      type: 'joined';
      /** When it happened, in seconds on the backend's clock; never earlier than the previous event. */
      time: number;
      /** The call it concerns (unique in the centre while it waits or is in service). */
      id: CallId;
      /** The queue it joined (one of the centre's `queues`). */
      queue: string;
      /**
       * Priority class within its queue (an integer; higher is served first).
       * @defaultValue `0`
       */
      priority?: number;
    }
  | {
      /** A waiting caller was answered, or hung up. */
      type: 'answered' | 'abandoned';
      /** When it happened, in seconds on the backend's clock; never earlier than the previous event. */
      time: number;
      /** The call it concerns. */
      id: CallId;
      /**
       * The call's queue (optional: the centre knows it from the `joined`); another queue is refused
       * with code `unknown-call`.
       */
      queue?: string;
      /**
       * `answered` only: the agent who answered it (optional), on the call until its `completed`;
       * an agent answering a queue it was not known to serve serves it from then on.
       */
      agent?: CallId;
    }
  | {
      /** An answered call ended. */
      type: 'completed';
      /** When it happened, in seconds on the backend's clock; never earlier than the previous event. */
      time: number;
      /** The call it concerns. */
      id: CallId;
      /** The call's queue (optional, as for `answered`). */
      queue?: string;
      /** The agent who answered it (optional). */
      agent?: CallId;
    }
  | {
      /**
       * Agents logged in or out, for backends that know only log-ins and log-outs: either one named
       * agent (`agent`), who counts in every queue it serves, or `count` agents of one `queue`.
       */
      type: 'login' | 'logout';
      /** When it happened, in seconds on the backend's clock; never earlier than the previous event. */
      time: number;
      /** The agent (of the roster, or learned from its answers); not with `queue`. */
      agent?: CallId;
      /** The queue whose own agents logged in or out; not with `agent`. */
      queue?: string;
      /**
       * With `queue`: how many agents (a positive integer).
       * @defaultValue `1`
       */
      count?: number;
    }
  /** A named agent's state changed: it applies in every queue the agent serves. */
  | Extract<QueueEvent, { type: 'agent' }>;
