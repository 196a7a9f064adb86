import type { AgentState, CallId, QueueEvent } from '../tracker/QueueEvent.js';

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
  | ({
      /** A waiting caller was answered, or an answered call ended. */
      type: 'answered' | 'completed';
      /** When it happened, in seconds on the backend's clock; never earlier than the previous event. */
      time: number;
      /** The call it concerns. */
      id: CallId;
      /** The agent who answered it (optional): on the call until its `completed`, in every queue it serves. */
      agent?: CallId;
    } & CallOfQueue)
  | ({
      /** A waiting caller hung up. */
      type: 'abandoned';
      /** When it happened, in seconds on the backend's clock; never earlier than the previous event. */
      time: number;
      /** The call it concerns. */
      id: CallId;
    } & CallOfQueue)
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
  | AgentStateEvent;

/** A named agent's state changed (as a {@link QueueEvent} of type `'agent'` says it): it applies in every queue the agent serves. */
export interface AgentStateEvent {
  /** The agent, as the roster, `login` and `answered` events name it. */
  agent: CallId;
  /**
   * Its new state: any state but `'logged-out'` makes it present in each queue it serves (while a
   * queue it prefers has callers waiting, it counts in the others as `'not-ready'`).
   */
  state: AgentState;
  /** `'agent'`. */
  type: 'agent';
  /** When it happened, in seconds on the backend's clock; never earlier than the previous event. */
  time: number;
}

/** The queue a call event may name (the centre knows it from the call's `joined`). */
export interface CallOfQueue {
  /**
   * The call's queue (optional); another queue than the call's is refused with code
   * `unknown-call`. An `answered` naming an agent not known to serve the queue teaches the centre
   * that it does.
   */
  queue?: string;
}
