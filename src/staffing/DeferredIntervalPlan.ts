/** One row of a {@link DeferredPlan}. */
export interface DeferredIntervalPlan {
  /** Position in the input. */
  readonly index: number;
  /** Start time in seconds, as in the input interval. */
  readonly start: number;
  /** Length in seconds, as in the input interval. */
  readonly length: number;
  /** Items arriving in the interval, as in the input (the initial backlog is not included). */
  readonly items: number;
  /** Fewest agents working items in the interval so that every deadline within reach is kept. */
  readonly agents: number;
  /** The continuous agents the deadlines need (before rounding up). */
  readonly fractionalAgents: number;
  /** Agents to schedule after shrinkage. */
  readonly scheduledAgents: number;
  /** Items arrived but not yet answered at the interval's end. */
  readonly backlog: number;
  /**
   * Share of the agents' time spent answering items, backlog included: items answered in the
   * interval × handleTime ÷ (agents × length), in [0, 1]; 0 with no agents.
   */
  readonly occupancy: number;
  /**
   * Longest time from arrival to answer of the items arriving in this interval, seconds
   * (`Infinity` when some are still open at the end of the plan; 0 with no items).
   */
  readonly latestResponse: number;
}

/** The answer of `deferredPlan`. */
export interface DeferredPlan {
  /** One row per input interval, in input order. */
  readonly intervals: readonly DeferredIntervalPlan[];
  /** Totals over the whole plan. */
  readonly totals: {
    /** Items to answer: the initial backlog plus Σ items arriving. */
    items: number;
    /** Σ agents × length, hours. */
    agentHours: number;
    /** Σ scheduled agents × length, hours (after shrinkage). */
    scheduledAgentHours: number;
    /** Items open at the end of the plan (their deadlines lie beyond it). */
    backlog: number;
    /** Longest arrival-to-answer time over the items answered within the plan, seconds. */
    latestResponse: number;
  };
}
