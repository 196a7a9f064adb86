import type { SimCallRecord } from './SimEvent.js';

/** A simulated estimate with its 95% confidence interval. */
export interface Estimate {
  /** Point estimate. */
  readonly value: number;
  /** Lower end of the 95% confidence interval. */
  readonly lower: number;
  /** Upper end of the 95% confidence interval. */
  readonly upper: number;
}

/**
 * Simulated counterparts of `analyze`'s metrics, defined exactly as there (README
 * "Definitions"), each with a 95% confidence interval.
 */
export interface SimMetrics {
  /** Calls measured (summed over replications for plans). */
  readonly calls: number;
  /** Of which answered. */
  readonly answered: number;
  /** Of which hung up before an answer. */
  readonly abandoned: number;
  /** P(an arriving caller waits: offered wait > 0). */
  readonly probWait: Estimate;
  /** Fraction of callers who hang up. */
  readonly probAbandon: Estimate;
  /** Mean time in queue over all callers, abandoned ones included (s). */
  readonly meanWait: Estimate;
  /** Average speed of answer: mean wait of answered callers (s). */
  readonly asa: Estimate;
  /** Time-average number of callers waiting. */
  readonly meanQueueLength: Estimate;
  /** Busy agent time ÷ agent time (can pass 1 in a plan when agents finish calls after their interval). */
  readonly occupancy: Estimate;
  /** The answer time t of the service levels (s), when one was given. */
  readonly answerTime?: number;
  /** Answered within t ÷ offered. */
  readonly serviceLevel?: Estimate;
  /** Offered wait ≤ t ÷ offered. */
  readonly offeredServiceLevel?: Estimate;
  /** Answered within t ÷ answered. */
  readonly serviceLevelOfAnswered?: Estimate;
  /** Answered within t ÷ (offered − abandoned within t). */
  readonly serviceLevelExcludingShortAbandons?: Estimate;
  /** Quantiles of the offered wait (s), as `waitQuantile` defines them. */
  readonly waitQuantiles: readonly {
    /** The probability p (0 < p < 1) of the quantile. */
    p: number;
    /** The offered wait (s) that a fraction p of callers do not exceed, with its confidence interval. */
    wait: Estimate;
  }[];
}

/** Simulated metrics of one interval of a plan (by arrival interval). */
export interface SimIntervalMetrics extends SimMetrics {
  /** Interval start (s). */
  readonly start: number;
  /** Interval length (s). */
  readonly length: number;
  /** Agents in the interval. */
  readonly agents: number;
  /** λ in the interval, calls per second. */
  readonly arrivalRate: number;
}

/** What every {@link simulate} result carries besides the metrics: the run's facts. */
interface SimRun extends SimMetrics {
  /** Number of batches or replications behind the intervals. */
  readonly samples: number;
  /** The seed used. */
  readonly seed: number;
  /** Calls simulated in all, warm-up included. */
  readonly simulatedCalls: number;
  /** Simulated seconds measured (all replications for plans). */
  readonly simulatedTime: number;
  /** Every call, when `records` was asked for. */
  readonly records?: SimCallRecord[];
}

/** The result of a steady-state run: batch-means confidence intervals. */
export interface SteadySimResult extends SimRun {
  /** How the confidence intervals were formed. */
  readonly method: 'batch-means';
  /** Absent for a steady-state run. */
  readonly intervals?: undefined;
}

/** The result of a day plan: replications of the whole plan, with metrics per interval. */
export interface PlanSimResult extends SimRun {
  /** How the confidence intervals were formed. */
  readonly method: 'replications';
  /** Per-interval metrics of the plan. */
  readonly intervals: SimIntervalMetrics[];
}

/** What {@link simulate} returns: overall metrics, per-interval metrics for plans (tell them apart by `method`), and the run's facts. */
export type SimResult = SteadySimResult | PlanSimResult;
