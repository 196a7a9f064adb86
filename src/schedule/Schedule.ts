/** A break placed in a scheduled shift. */
export interface PlacedBreak {
  /** Start, seconds on the plan's clock. */
  start: number;
  /** Length, seconds. */
  length: number;
  /** Whether the break is paid. */
  paid: boolean;
}

/** People who start one template at one time with the same breaks. */
export interface ScheduledShift {
  /** The template's name. */
  template: string;
  /** Day number (0 = the calendar day of the plan's first interval). */
  day: number;
  /** Start, seconds on the plan's clock (like the demand's starts). */
  start: number;
  /** End, seconds on the plan's clock. */
  end: number;
  /** Breaks, in order. */
  breaks: PlacedBreak[];
  /** People working this shift (≥ 1). */
  people: number;
  /** Paid hours of one person on it. */
  paidHours: number;
  /** Cost of one person on it. */
  cost: number;
}

/** Scheduled people against the requirement in one interval. */
export interface ScheduleInterval {
  /** Start, seconds. */
  start: number;
  /** Length, seconds. */
  length: number;
  /** People required. */
  required: number;
  /** People on the floor (on shift and not on a break). */
  scheduled: number;
  /** max(0, required − scheduled). */
  under: number;
  /** max(0, scheduled − required). */
  over: number;
  /** The interval's service level with the scheduled people (service-level objective). */
  serviceLevel?: number;
}

/** Totals of a {@link Schedule}. */
export interface ScheduleTotals {
  /** People scheduled (shifts worked). */
  people: number;
  /** Σ paid hours. */
  paidHours: number;
  /** Σ cost (paid hours unless the templates give costs). */
  cost: number;
  /** Σ under over the intervals, people × intervals. */
  under: number;
  /** Σ over over the intervals, people × intervals. */
  over: number;
  /** Intervals with fewer people than required. */
  shortIntervals: number;
  /**
   * A lower bound from the LP relaxation on what the objective can reach: on cost for `cover`,
   * on Σ |scheduled − required| for `difference`. For `service-level` it is the cover LP's bound
   * (no schedule covering every interval costs less); the service-level schedule, allowed to
   * dip, may cost less than it. Intervals no shift reaches are left out; when the
   * limits leave reachable intervals short, the bound is weakened by the LP's price of those
   * shortfalls so it stays below this schedule's cost.
   */
  lowerBound: number;
  /** The objective's value: cost, or Σ |scheduled − required| for `difference`. */
  objectiveValue: number;
  /** Service level over all calls (calls-weighted; service-level objective). */
  serviceLevel?: number;
}

/** The answer of {@link scheduleShifts}. */
export interface Schedule {
  /** The objective used. */
  objective: 'cover' | 'difference' | 'service-level';
  /** Shifts with people, by start. */
  shifts: ScheduledShift[];
  /** One row per demand interval. */
  intervals: ScheduleInterval[];
  /** Totals. */
  totals: ScheduleTotals;
  /**
   * Whether column generation proved the LP optimal; false when it was solved in day blocks (shifts
   * crossing midnight link the days) or hit an iteration bound, and the bound is then Farley's
   * (valid, weaker).
   */
  lpOptimal: boolean;
}
