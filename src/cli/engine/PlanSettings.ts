import type { StaffingTarget } from '../../index.js';

/** How to plan. */
export interface PlanSettings {
  /** Shrinkage, a fraction in [0, 1). */
  shrinkage: number;
  /** Availability, a fraction in (0, 1]: the share of time on shift spent answering. */
  availability: number;
  /** `'sipp'` (each interval on its own) or `'offeredLoad'` (Jennings et al. 1996). */
  method: 'sipp' | 'offeredLoad';
  /** Chat: conversations per agent when the file has no concurrency column. */
  concurrency: number;
  /** Chat: target, when different from voice's. */
  chatTarget?: StaffingTarget;
  /** Email: response-time promise (s) when the file has no deadline column. */
  responseTime?: number;
  /** Accuracy of fractional agents (agents): 5e-5 for CSV's three decimals, `Infinity` when unshown. */
  fractionalTolerance: number;
  /** Paid time of one full-time equivalent (s), for the FTE total: 8 h unless `--shift` says otherwise. */
  shift: number;
}
