/** A call's identifier as the backend knows it. */
export type CallId = string | number;

/** What an agent is doing, as ACDs report it. */
export type AgentState = 'available' | 'on-call' | 'wrap-up' | 'not-ready' | 'logged-out';

/** One thing that happened, at `time` seconds on the backend's clock (never read by the tracker). */
export type QueueEvent =
  | {
      /** A caller entered the queue. */
      type: 'joined';
      /** When it happened, in seconds on the backend's clock; never earlier than the previous event. */
      time: number;
      /** The call it concerns. */
      id: CallId;
      /**
       * Priority class (an integer; higher is served first, callers of one class first come first served).
       * @defaultValue `0`
       */
      priority?: number;
    }
  | {
      /** A waiting caller was answered by an agent. */
      type: 'answered';
      /** When it happened, in seconds on the backend's clock; never earlier than the previous event. */
      time: number;
      /** The call it concerns. */
      id: CallId;
      /**
       * The agent who answered it (optional): ties the call to the agent, who is on the call until
       * its `completed`; an agent already on another call (or, where agents are followed through
       * `agent` events, not logged in) is refused with code `agent-mismatch`.
       */
      agent?: CallId;
    }
  | {
      /** A waiting caller hung up before being answered. */
      type: 'abandoned';
      /** When it happened, in seconds on the backend's clock; never earlier than the previous event. */
      time: number;
      /** The call it concerns. */
      id: CallId;
    }
  | {
      /** An answered call ended (its handle time is now known). */
      type: 'completed';
      /** When it happened, in seconds on the backend's clock; never earlier than the previous event. */
      time: number;
      /** The call it concerns. */
      id: CallId;
      /**
       * The agent who answered it (optional): ties the call to the agent, who is on the call until
       * its `completed`; an agent already on another call (or, where agents are followed through
       * `agent` events, not logged in) is refused with code `agent-mismatch`.
       */
      agent?: CallId;
    }
  | {
      /** Agents logged in (for backends that know only log-ins and log-outs). */
      type: 'login';
      /** When it happened, in seconds on the backend's clock; never earlier than the previous event. */
      time: number;
      /**
       * How many agents logged in (a positive integer).
       * @defaultValue `1`
       */
      count?: number;
    }
  | {
      /** Agents logged out (for backends that know only log-ins and log-outs). */
      type: 'logout';
      /** When it happened, in seconds on the backend's clock; never earlier than the previous event. */
      time: number;
      /**
       * How many agents logged out (a positive integer).
       * @defaultValue `1`
       */
      count?: number;
    }
  | {
      /** A named agent's state changed (log-in is any state other than `'logged-out'`). */
      type: 'agent';
      /** When it happened, in seconds on the backend's clock; never earlier than the previous event. */
      time: number;
      /** The agent's identifier. */
      agent: CallId;
      /** Its new state. */
      state: AgentState;
    };
