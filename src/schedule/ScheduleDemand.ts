/** One interval of the requirement a schedule must cover. */
export interface DemandInterval {
  /** Start, seconds (since midnight, or since 1970 for dated plans); intervals are consecutive and of equal length. */
  start: number;
  /** Length in seconds (> 0). */
  length: number;
  /** People required on the floor (≥ 0), e.g. a staffing plan's `scheduledAgents`. */
  required: number;
  /** Calls forecast in the interval (service-level objective only). */
  calls?: number;
  /** Mean handle time, seconds (service-level objective only). */
  handleTime?: number;
  /**
   * Mean patience, seconds (service-level objective only).
   * @defaultValue Infinity (Erlang C)
   */
  patience?: number;
}
