import type { Distribution } from './Distribution.js';

/** What {@link SteadyScenario} and {@link PlanScenario} share: the call distributions, in seconds. */
interface ScenarioCalls {
  /** Handle time distribution in seconds (a number = exponential with that mean). */
  handleTime: number | Distribution;
  /**
   * Patience of a waiting caller in seconds (a number = exponential with that mean).
   * @defaultValue `Infinity` (nobody hangs up)
   */
  patience?: number | Distribution;
}

/** A steady-state queue: Poisson arrivals at a fixed rate to a fixed number of agents. */
export interface SteadyScenario extends ScenarioCalls {
  /** λ, Poisson calls per second. */
  arrivalRate: number;
  /** Number of agents. */
  agents: number;
  /** Absent: a steady-state run. */
  intervals?: undefined;
}

/** A day plan: consecutive intervals, each with its own arrival rate and agents. */
export interface PlanScenario extends ScenarioCalls {
  /** The intervals, in order. */
  intervals: readonly SimInterval[];
  /** Absent in a plan (each interval has its own). */
  arrivalRate?: undefined;
  /** Absent in a plan (each interval has its own). */
  agents?: undefined;
}

/**
 * What to simulate: one first-come-first-served queue, in seconds and per second.
 *
 * Steady state ({@link SteadyScenario}): give `arrivalRate` and `agents`. A day plan
 * ({@link PlanScenario}): give `intervals` instead (consecutive intervals, each with its own
 * Poisson arrival rate and agents, e.g. a staffing plan). `handleTime` and `patience` are
 * distributions; a plain number is an exponential mean, so `{ arrivalRate, handleTime, agents,
 * patience }` is exactly the `Queue` that `analyze` takes.
 */
export type SimScenario = SteadyScenario | PlanScenario;

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
