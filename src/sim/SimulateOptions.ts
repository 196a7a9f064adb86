import type { SimEvent } from './SimEvent.js';

/** Options of {@link simulate} that mean the same in both modes: seed, service levels, quantiles and outputs. */
export interface SimOutputOptions {
  /**
   * Seed of the random stream (an integer); the same seed gives the same result everywhere.
   * @defaultValue 1
   */
  seed?: number;
  /**
   * Answer time t in seconds for the four service-level metrics.
   * @defaultValue undefined (service levels are not computed)
   */
  answerTime?: number;
  /**
   * Probabilities p for quantiles of the offered wait (as `waitQuantile`), each in (0, 1).
   * @defaultValue [0.5, 0.8, 0.9, 0.95, 0.99]
   */
  quantiles?: readonly number[];
  /**
   * Return every call's {@link SimCallRecord} (memory grows with the run; at most 10⁷ calls).
   * @defaultValue false
   */
  records?: boolean;
  /**
   * Called with every event of the call stream in time order (warm-up included), e.g. to feed a
   * live tracker. Slower than a plain run.
   * @defaultValue undefined
   */
  onEvent?: (event: SimEvent) => void;
}

/**
 * Options of {@link simulate} for a steady-state run (a {@link SteadyScenario}): its budget is
 * `calls` or `duration`, measured after a warm-up, with batch-means confidence intervals.
 */
export interface SteadySimOptions extends SimOutputOptions {
  /**
   * Calls to measure after warm-up.
   * @defaultValue 200000 (when `duration` is not given)
   */
  calls?: number;
  /**
   * Simulated seconds to measure after warm-up (instead of `calls`).
   * @defaultValue undefined
   */
  duration?: number;
  /**
   * Calls discarded before measuring (the run starts empty and idle).
   * @defaultValue a tenth of `calls` when the budget is in calls, else 0
   */
  warmUpCalls?: number;
  /**
   * Seconds simulated from an empty queue before measuring.
   * @defaultValue a tenth of `duration` when the budget is a duration, else 0
   */
  warmUpTime?: number;
  /**
   * Number of batches for the batch-means confidence intervals (2 to 1000).
   * @defaultValue 20
   */
  batches?: number;
  /** Plans only: refused in a steady-state run. */
  replications?: undefined;
}

/**
 * Options of {@link simulate} for a day plan (a {@link PlanScenario}): the plan is run
 * `replications` times from an empty queue.
 */
export interface PlanSimOptions extends SimOutputOptions {
  /**
   * Independent replications of the whole plan (2 to 1000).
   * @defaultValue 10
   */
  replications?: number;
  /**
   * Seconds of the first interval's arrivals and agents run before the plan starts.
   * @defaultValue 0
   */
  warmUpTime?: number;
  /** Steady state only: refused in a plan. */
  calls?: undefined;
  /** Steady state only: refused in a plan. */
  duration?: undefined;
  /** Steady state only: refused in a plan. */
  warmUpCalls?: undefined;
  /** Steady state only: refused in a plan. */
  batches?: undefined;
}

/**
 * Options for {@link simulate}, in either mode: {@link SteadySimOptions} for a steady-state run,
 * {@link PlanSimOptions} for a day plan. A field of the other mode is a type error here and a
 * `QueueInputError` at run time.
 */
export type SimulateOptions = SteadySimOptions | PlanSimOptions;
