import type { Shrinkage } from './scheduledAgents.js';

/** One interval of deferred work (email, web forms, back-office items). */
export interface DeferredInterval {
  /** Start time in seconds; intervals must be sorted and not overlap (gaps are closed hours). */
  start: number;
  /** Length in seconds (> 0). */
  length: number;
  /** Items arriving in the interval, spread evenly over it (≥ 0, may be fractional). */
  items: number;
}

/** The work and its promise, for `deferredPlan`. */
export interface DeferredWork {
  /** Mean agent time per item, seconds (> 0). */
  handleTime: number;
  /** Promise: every item answered within this many seconds of arriving (> 0), e.g. 4 h = 14400. */
  responseTime: number;
}

/** Options for `deferredPlan`. */
export interface DeferredPlanOptions {
  /**
   * Items already waiting when the first interval starts (they count as arriving then).
   * @defaultValue 0
   */
  initialBacklog?: number;
  /**
   * Also answer every item by the end of the plan (deadlines cut at the plan's end), leaving no
   * backlog for the next day.
   * @defaultValue false (deadlines past the plan's end are left to the next plan)
   */
  clearBacklog?: boolean;
  /**
   * Shrinkage to schedule for: one fraction or named components.
   * @defaultValue 0
   */
  shrinkage?: Shrinkage;
  /**
   * How shrinkage components combine (see `totalShrinkage`).
   * @defaultValue `'add'`
   */
  shrinkageCombine?: 'add' | 'multiply';
}
