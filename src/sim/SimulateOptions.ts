import type { SimEvent } from './SimEvent.js';

/**
 * Options for {@link simulate}: seed, run budget, warm-up, confidence intervals and outputs.
 * The budget of a steady-state run is `calls` or `duration` (after warm-up); a day plan is run
 * `replications` times from an empty queue.
 */
export interface SimulateOptions {
  /**
   * Seed of the random stream (an integer); the same seed gives the same result everywhere.
   * @defaultValue 1
   */
  seed?: number;
  /**
   * Steady state: calls to measure after warm-up.
   * @defaultValue 200000 (when `duration` is not given)
   */
  calls?: number;
  /**
   * Steady state: simulated seconds to measure after warm-up (instead of `calls`).
   * @defaultValue undefined
   */
  duration?: number;
  /**
   * Steady state: calls discarded before measuring (the run starts empty and idle).
   * @defaultValue a tenth of `calls` when the budget is in calls, else 0
   */
  warmUpCalls?: number;
  /**
   * Seconds simulated before measuring. Steady state: from an empty queue. Plans: the first
   * interval's arrivals and agents are run this long before the plan starts.
   * @defaultValue a tenth of `duration` when the budget is a duration, else 0
   */
  warmUpTime?: number;
  /**
   * Steady state: number of batches for the batch-means confidence intervals (2 to 1000).
   * @defaultValue 20
   */
  batches?: number;
  /**
   * Plans: independent replications of the whole plan (2 to 1000).
   * @defaultValue 10
   */
  replications?: number;
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
