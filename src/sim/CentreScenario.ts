import type { Distribution } from './Distribution.js';

/** One queue (or skill) of a simulated centre: its callers arrive by a Poisson process. */
export interface CentreQueue {
  /** The queue's name, unique in the centre; agent groups name it in `serves`. */
  readonly name: string;
  /** λ, calls per second arriving to this queue (≥ 0). */
  readonly arrivalRate: number;
  /** Handle time of this queue's calls in seconds (a number = exponential with that mean). */
  readonly handleTime: number | Distribution;
  /**
   * How long a waiting caller of this queue stays before hanging up, in seconds (a number =
   * exponential with that mean).
   * @defaultValue `Infinity` (callers never hang up)
   */
  readonly patience?: number | Distribution;
}

/**
 * A queue an agent group serves, with its penalty: an agent who frees takes the longest-waiting
 * caller among the queues of its lowest penalty that has callers waiting (Asterisk's member
 * penalty: lower is served first). A bare queue name is penalty 0.
 */
export type CentreSkill =
  | string
  | {
      /** The queue's name. */
      readonly queue: string;
      /**
       * The penalty of this queue for the group's agents: an integer ≥ 0, lower served first.
       * @defaultValue `0`
       */
      readonly penalty?: number;
    };

/** Identical agents who serve the same queues with the same penalties. */
export interface AgentGroup {
  /**
   * The group's name, unique in the centre: agents are named `name:0`, `name:1`, … in events.
   * @defaultValue `g0`, `g1`, … by position
   */
  readonly name?: string;
  /** Number of agents in the group (an integer ≥ 0). */
  readonly count: number;
  /** The queues the group's agents take calls from (at least one, each once). */
  readonly serves: readonly CentreSkill[];
}

/**
 * A contact centre of several queues served by overlapping groups of agents, for
 * {@link simulateCentre}. Every queue must be served by at least one agent.
 */
export interface CentreScenario {
  /** The queues, at least one. */
  readonly queues: readonly CentreQueue[];
  /** The agent groups, at least one. */
  readonly agents: readonly AgentGroup[];
}
