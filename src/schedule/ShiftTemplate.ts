/** A break inside a shift, placed by the scheduler within its window (Aykin 1996). */
export interface BreakRule {
  /** Length in seconds (a positive multiple of the plan's interval length). */
  length: number;
  /** Earliest start, seconds after the shift starts. */
  earliest: number;
  /** Latest start, seconds after the shift starts (≥ `earliest`). */
  latest: number;
  /**
   * Paid breaks count in paid hours; unpaid ones (lunch) do not.
   * @defaultValue false
   */
  paid?: boolean;
}

/** A kind of shift people may work: when it may start, how long it lasts, its breaks and cost. */
export interface ShiftTemplate {
  /** A name for output (unique among the templates). */
  name: string;
  /** Length in seconds, breaks included (a positive multiple of the plan's interval length: at most a week and 2016 intervals). */
  length: number;
  /** Earliest start, seconds after midnight (a multiple of the interval length). */
  earliestStart: number;
  /**
   * Latest start, seconds after midnight (at most a week and 2016 intervals after `earliestStart`).
   * @defaultValue `earliestStart`
   */
  latestStart?: number;
  /**
   * Step between allowed starts, seconds (a positive multiple of the interval length).
   * @defaultValue the plan's interval length
   */
  startStep?: number;
  /**
   * Days the shift may start on: 0 = the calendar day of the plan's first interval, 1 = the next…
   * @defaultValue every day of the plan
   */
  days?: readonly number[];
  /**
   * Breaks, in the order they are taken; they may not overlap.
   * @defaultValue none
   */
  breaks?: readonly BreakRule[];
  /**
   * Cost of one person working one such shift (> 0, at most 1e12).
   * @defaultValue its paid hours (length minus unpaid breaks, in hours)
   */
  cost?: number;
  /**
   * Most people starting this shift at one start time.
   * @defaultValue Infinity
   */
  maxPerStart?: number;
  /**
   * Most people working this template on one day (all its starts together).
   * @defaultValue Infinity
   */
  maxPerDay?: number;
}
