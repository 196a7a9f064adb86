import type { StaffingConstraint } from '../StaffingTarget.js';

/**
 * The constraints of the search behind {@link requiredAgents}: constraint values at a real number of agents, a
 * square-root-staffing start, a walk on the integers and the continuous root of the binding
 * constraint. Internal: inputs are checked by the callers.
 */

/** Constraint names in index order: the one list the indices below are read from. */
export const CONSTRAINTS: readonly StaffingConstraint[] = ['serviceLevel', 'asa', 'maxAbandon', 'maxOccupancy', 'maxProbWait'];
/** How many constraints a target has (the length of every per-constraint array). */
export const CONSTRAINT_COUNT: number = CONSTRAINTS.length;
/** Index of each constraint in the per-constraint arrays. */
export const SL: number = /* @__PURE__ */ CONSTRAINTS.indexOf('serviceLevel');
export const ASA: number = /* @__PURE__ */ CONSTRAINTS.indexOf('asa');
export const AB: number = /* @__PURE__ */ CONSTRAINTS.indexOf('maxAbandon');
export const OCC: number = /* @__PURE__ */ CONSTRAINTS.indexOf('maxOccupancy');
export const PW: number = /* @__PURE__ */ CONSTRAINTS.indexOf('maxProbWait');
/** Constraint state at x agents: per-constraint log slack (≥ 0 roughly when met) and met flags. */
export interface Point {
  x: number;
  /** ln(limit/value) style slack per constraint, increasing in x; +Infinity when absent. */
  slack: number[];
  /** Exact comparisons value vs target per constraint. */
  metEach: boolean[];
  met: boolean;
  minSlack: number;
}

/**
 * Slack of a probability constraint (value ≥ target when `atLeast`, else value ≤ target) as a
 * difference of log-odds, ln(v/(1 − v)) against the target's `logitTarget`: increasing in agents,
 * 0 exactly at the target, and never flat where the value rounds to 0 or 1 (the value and its
 * complement each keep their digits), which would stall the secant steps. `logValue` and
 * `logComplement` are ln v and ln(1 − v).
 */
export function probSlack(atLeast: boolean, logitTarget: number, logValue: number, logComplement: number): number {
  const d = logValue - logComplement - logitTarget;
  return atLeast ? d : -d;
}

/** ln(p/(1 − p)). */
export function logit(p: number): number {
  return Math.log(p) - Math.log1p(-p);
}
