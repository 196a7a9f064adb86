import type { HistoryInterval } from './HistoryInterval.js';

/** Observed or predicted P(abandon), P(wait) and mean wait of one interval. */
export interface IntervalOutcome {
  /** Fraction of offered calls that hung up. */
  readonly probAbandon: number;
  /** Fraction of offered calls that waited. */
  readonly probWait: number;
  /** Mean wait of all offered calls, seconds (`Infinity` when the model is overloaded). */
  readonly meanWait: number;
}

/** One interval: what was observed and what each model predicts with the availability applied. */
export interface PredictedInterval {
  /** Start of the interval (as in the history), seconds. */
  readonly start: number;
  /** Length, seconds. */
  readonly length: number;
  /** Calls offered (weight of the interval in the fit). */
  readonly offered: number;
  /** Agents staffed (given, or the agents seen). */
  readonly staffed: number;
  /** The availability applied to this interval. */
  readonly availability: number;
  /** Agents answering: staffed × availability (fractional; metrics interpolated between whole teams). */
  readonly answering: number;
  /** What happened in the interval. */
  readonly observed: IntervalOutcome;
  /** What Erlang A predicts with the availability applied. */
  readonly erlangA: IntervalOutcome;
  /** What Erlang C predicts with the availability applied. */
  readonly erlangC: IntervalOutcome;
}

/** How well one model reproduces the observed intervals. */
export interface ModelFit {
  /** Mean absolute error of P(abandon) over the intervals. */
  readonly probAbandonError: number;
  /** Mean absolute error of P(wait). */
  readonly probWaitError: number;
  /** Mean absolute error of the mean wait, seconds (`Infinity` when the model is overloaded somewhere). */
  readonly meanWaitError: number;
  /** Intervals in which the model is overloaded (infinite waits). */
  readonly unstableIntervals: number;
  /** Whether the model fits (README "Calibration": stable everywhere, errors within half the observed means, at least 0.01 and 5 s). */
  readonly fits: boolean;
  /** One sentence saying whether and why it fits, with the figures. */
  readonly verdict: string;
}

/** What {@link predictHistory} returns. */
export interface HistoryPrediction {
  /** Observed against predicted, per interval used. */
  readonly intervals: readonly PredictedInterval[];
  /** Observed means over the intervals (unweighted, as the errors are). */
  readonly observed: IntervalOutcome;
  /** How well Erlang A reproduces the intervals. */
  readonly erlangA: ModelFit;
  /** How well Erlang C reproduces the intervals. */
  readonly erlangC: ModelFit;
  /** Rows left out (no calls, no agents, or no handle time), by reason. */
  readonly skipped: Readonly<Record<string, number>>;
}

/** One availability factor and the hours of the day it covers. */
export interface AvailabilityBand {
  /** First hour of the day of the band (0–23). */
  readonly fromHour: number;
  /** Hour the band ends (exclusive; may pass 24 when the band wraps past midnight). */
  readonly toHour: number;
  /** Answering agents ÷ staffed agents, fitted to abandonment (Erlang A). */
  readonly availability: number;
  /** Lower end of its 95% confidence interval. */
  readonly low: number;
  /** Upper end of its 95% confidence interval. */
  readonly high: number;
  /** Intervals of the history in the band. */
  readonly intervals: number;
}

/** What {@link calibrateAvailability} returns: the fitted availability and the fit it gives. */
export interface Calibration extends HistoryPrediction {
  /** The availability of the first band (the only one unless `bands` was given). */
  readonly availability: number;
  /** Every band's availability, with its confidence interval. */
  readonly bands: readonly AvailabilityBand[];
  /** Erlang C's own best availability (one factor fitted to the mean wait, as it predicts no abandonment). */
  readonly erlangCAvailability: number;
  /** Erlang C's fit with its own availability: the best Erlang C can do. */
  readonly erlangCCalibrated: ModelFit;
}

/** Options of {@link calibrateAvailability} and {@link predictHistory}. */
export interface CalibrationOptions {
  /**
   * Agents staffed in each interval, in the order of the history rows.
   * @defaultValue each row's `agentsSeen` (distinct agents on a call in it)
   */
  readonly staffed?: readonly number[];
  /**
   * Hours of the day at which a band with its own availability starts, e.g. `[7, 12, 17]`; each
   * runs to the next (the last wraps to the first).
   * @defaultValue `[0]`: one availability for every hour
   */
  readonly bands?: readonly number[];
}

/** The history rows a calibration reads (a {@link HistoryInterval} has them all). */
export type CalibrationInput = Pick<
  HistoryInterval,
  | 'start'
  | 'length'
  | 'offered'
  | 'abandoned'
  | 'probAbandon'
  | 'probWait'
  | 'meanWait'
  | 'arrivalRate'
  | 'handleTime'
  | 'patience'
  | 'agentsSeen'
>;
