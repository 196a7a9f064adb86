/** A team answering a queue, before the demand is known: a {@link Queue} without its arrival rate. */
export interface Team {
  /** Number of agents, a non-negative integer. */
  readonly agents: number;
  /** Mean handle time in seconds (> 0). */
  readonly handleTime: number;
  /**
   * Mean patience of a waiting caller in seconds (> 0).
   * @defaultValue `Infinity` (nobody hangs up: Erlang C)
   */
  readonly patience?: number;
}
