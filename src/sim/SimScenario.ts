import type { Distribution } from './Distribution.js';

/**
 * What to simulate: one first-come-first-served queue, in seconds and per second.
 *
 * Steady state: give `arrivalRate` and `agents`. A day plan: give `intervals` instead (consecutive
 * intervals, each with its own Poisson arrival rate and agents, e.g. a staffing plan).
 * `handleTime` and `patience` are distributions; a plain number is an exponential mean, so
 * `{ arrivalRate, handleTime, agents, patience }` is exactly the `Queue` that `analyze` takes.
 */
export interface SimScenario {
  /** λ, Poisson calls per second (steady state; omit with `intervals`). */
  arrivalRate?: number;
  /** Number of agents (steady state; omit with `intervals`). */
  agents?: number;
  /** Handle time distribution in seconds (a number = exponential with that mean). */
  handleTime: number | Distribution;
  /**
   * Patience of a waiting caller in seconds (a number = exponential with that mean).
   * @defaultValue `Infinity` (nobody hangs up)
   */
  patience?: number | Distribution;
  /** A day plan: consecutive intervals (replaces `arrivalRate` and `agents`). */
  intervals?: readonly SimInterval[];
}

/**
 * One interval of a day plan. Calls arrive as a Poisson process at `calls / length` per second
 * (or `arrivalRate`); `agents` take calls during the interval. Calls belong to the interval they
 * arrive in and use its handle time and patience.
 */
export interface SimInterval {
  /**
   * Start time in seconds, for reporting; when given on every interval, they must be consecutive
   * (start + length = next start).
   * @defaultValue the previous interval's end (0 for the first)
   */
  start?: number;
  /** Length in seconds (> 0). */
  length: number;
  /** Expected calls arriving in the interval (≥ 0); give this or `arrivalRate`. */
  calls?: number;
  /** Calls per second; give this or `calls`. */
  arrivalRate?: number;
  /** Agents taking calls in the interval (a non-negative integer). */
  agents: number;
  /**
   * Handle time of calls arriving in this interval.
   * @defaultValue the scenario's `handleTime`
   */
  handleTime?: number | Distribution;
  /**
   * Patience of callers arriving in this interval.
   * @defaultValue the scenario's `patience`
   */
  patience?: number | Distribution;
}
