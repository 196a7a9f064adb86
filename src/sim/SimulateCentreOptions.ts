import type { CentreEvent } from './CentreEvent.js';

/** Options of {@link simulateCentre}: the budget in simulated seconds, the seed and the outputs. */
export interface SimulateCentreOptions {
  /**
   * Seed of the random stream (an integer); the same seed gives the same result everywhere.
   * @defaultValue 1
   */
  seed?: number;
  /**
   * Simulated seconds measured after the warm-up; arrivals stop at the end and the run with them.
   * @defaultValue 86400 (a day)
   */
  duration?: number;
  /**
   * Seconds simulated from an empty centre (all agents available) before measuring.
   * @defaultValue a tenth of `duration`
   */
  warmUpTime?: number;
  /**
   * Answer time t in seconds for the service level (answered within t ÷ offered).
   * @defaultValue undefined (not computed)
   */
  answerTime?: number;
  /**
   * Return every call's {@link CentreCallRecord} (memory grows with the run; at most 10⁷ calls).
   * @defaultValue false
   */
  records?: boolean;
  /**
   * Called with every event of the call stream in time order (warm-up included), e.g. to feed a
   * live tracker of several queues.
   * @defaultValue undefined
   */
  onEvent?: (event: CentreEvent) => void;
}
