/** A break placed in a scheduled shift. */
export interface PlacedBreak {
  /** Start, seconds on the plan's clock. */
  readonly start: number;
  /** Length, seconds. */
  readonly length: number;
  /** Whether the break is paid. */
  readonly paid: boolean;
}

/** People who start one template at one time with the same breaks. */
export interface ScheduledShift {
  /** The template's name. */
  readonly template: string;
  /** Day number (0 = the calendar day of the plan's first interval). */
  readonly day: number;
  /** Start, seconds on the plan's clock (like the demand's starts). */
  readonly start: number;
  /** End, seconds on the plan's clock. */
  readonly end: number;
  /** Breaks, in order. */
  readonly breaks: readonly PlacedBreak[];
  /** People working this shift (≥ 1). */
  readonly people: number;
  /** Paid hours of one person on it. */
  readonly paidHours: number;
  /** Cost of one person on it. */
  readonly cost: number;
}

/** Scheduled people against the requirement in one interval. */
export interface ScheduleInterval {
  /** Start, seconds. */
  readonly start: number;
  /** Length, seconds. */
  readonly length: number;
  /** People required. */
  readonly required: number;
  /** People on the floor (on shift and not on a break). */
  readonly scheduled: number;
  /** max(0, required − scheduled). */
  readonly under: number;
  /** max(0, scheduled − required). */
  readonly over: number;
  /** The interval's service level with the scheduled people (service-level objective). */
  readonly serviceLevel?: number;
}

/** Totals of a {@link Schedule}. */
export interface ScheduleTotals {
  /** People scheduled (shifts worked). */
  readonly people: number;
  /** Σ paid hours. */
  readonly paidHours: number;
  /** Σ cost (paid hours unless the templates give costs). */
  readonly cost: number;
  /** Σ under over the intervals, people × intervals. */
  readonly under: number;
  /** Σ over over the intervals, people × intervals. */
  readonly over: number;
  /** Intervals with fewer people than required. */
  readonly shortIntervals: number;
  /**
   * A lower bound from the LP relaxation on what the objective can reach: on cost for `cover`,
   * on Σ |scheduled − required| for `difference`. For `service-level` it is the cover LP's bound
   * (no schedule covering every interval costs less); the service-level schedule, allowed to
   * dip, may cost less than it. Intervals no shift reaches are left out; when the
   * limits leave reachable intervals short, the bound is weakened by the LP's price of those
   * shortfalls so it stays below this schedule's cost.
   */
  readonly lowerBound: number;
  /** The objective's value: cost, or Σ |scheduled − required| for `difference`. */
  readonly objectiveValue: number;
  /** Service level over all calls (calls-weighted; service-level objective). */
  readonly serviceLevel?: number;
}

/** The answer of {@link scheduleShifts}. */
export interface Schedule {
  /** The objective used. */
  readonly objective: 'cover' | 'difference' | 'service-level';
  /** Shifts with people, by start. */
  readonly shifts: readonly ScheduledShift[];
  /** One row per demand interval. */
  readonly intervals: readonly ScheduleInterval[];
  /** Totals. */
  readonly totals: ScheduleTotals;
  /**
   * Whether column generation proved the LP optimal; false when it was solved in day blocks (shifts
   * crossing midnight link the days) or hit an iteration bound, and the bound is then Farley's
   * (valid, weaker).
   */
  readonly lpOptimal: boolean;
}
