/** Demand on a queue: what the callers bring, before deciding how many agents answer them. */
export interface Demand {
  /** λ, calls arriving per second (≥ 0). */
  readonly arrivalRate: number;
  /** Mean handle time in seconds (> 0). */
  readonly handleTime: number;
  /**
   * Mean patience of a waiting caller in seconds (> 0).
   * @defaultValue `Infinity` (nobody hangs up: Erlang C)
   */
  readonly patience?: number;
}
