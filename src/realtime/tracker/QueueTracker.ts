import type { LiveQueueState } from '../forecastInterval.js';
import type { TrackerEventError } from '../TrackerEventError.js';
import type { WaitEstimate } from '../WaitEstimate.js';
import type { PredictorName } from './PredictorName.js';
import type { CallId, QueueEvent } from './QueueEvent.js';
import type { TrackerSnapshot } from './trackerSnapshot.js';

/** Live parameter estimates and counts. */
export interface TrackerStats {
  /**
   * Calls arriving per second (exponentially weighted, all classes), from the prior of no arrivals
   * over `handleTime` seconds of pseudo-exposure that fades as the clock runs: two joins a second
   * apart are not a rate of one per second.
   */
  readonly arrivalRate: number;
  /** Mean handle time in seconds (exponentially weighted completions, with the `handleTime` option as one pseudo-completion). */
  readonly handleTime: number;
  /** Mean patience in seconds: total time waited ÷ abandons (censored-data estimate, with the `patience` option as one pseudo-abandon); Infinity without abandons and without that prior. */
  readonly patience: number;
  /** Answers per second while callers wait, learned from what happens (all working agents), from 1/`handleTime` per agent as one pseudo-answer. */
  readonly answeringRate: number;
  /** Agents logged in. */
  readonly agents: number;
  /**
   * Agents the tracker takes as idle now: available agents (backends reporting agent states); else
   * logged in − busy, only once callers who found such agents have been answered at once, at
   * least the announced quantile of them, significantly (about a dozen such callers in a row).
   */
  readonly idle: number;
  /** Calls answered and not yet completed. */
  readonly busy: number;
  /** Callers waiting. */
  readonly waiting: number;
  /** Time of the last accepted event (seconds), −Infinity before any. */
  readonly time: number;
  /** Events accepted so far. */
  readonly accepted: number;
  /** Events rejected so far (reported in {@link RecordResult}, state untouched). */
  readonly rejected: number;
  /** Of the events accepted, those stamped before the latest time seen, within `reorderTolerance`, taken as happening then. */
  readonly late: number;
  /** Waiting callers taken as lost, still waiting `maxWait` seconds after joining (their end event never came); not counted as answered or abandoned. */
  readonly lost: number;
  /**
   * Of the events accepted, the `answered` and `abandoned` events held for a call not known yet
   * whose `joined` did not come within `reorderTolerance` seconds of their stamp (or whose call
   * refused them then, or that a snapshot left behind): dropped, the state untouched.
   */
  readonly unmatched: number;
}

/** A predictor's accuracy on the recent callers who waited and were answered (predicted when they joined). */
export interface PredictorAccuracy {
  /** Callers who waited that the figures are over; while it is 0, `mae`, `bias`, `rmse` and `withinAnnounced` are 0 (never NaN). */
  readonly count: number;
  /** Mean absolute error, seconds. */
  readonly mae: number;
  /** Mean of predicted − actual, seconds (> 0: predicts too long). */
  readonly bias: number;
  /** Root mean squared error, seconds. */
  readonly rmse: number;
  /** Share answered within the announced time (the calibrated `announceQuantile` of the prediction). */
  readonly withinAnnounced: number;
  /** Callers answered at once so far (left out of the figures: every predictor is right about them). */
  readonly answeredAtOnce: number;
}

/** Outcome of {@link QueueTracker.record}. */
export type RecordResult =
  | {
      /** `true`: the event was accepted and applied (or, with `pending`, held to be applied). */
      readonly ok: true;
      /**
       * `true`: an `answered` or `abandoned` for a call not known yet, held (state untouched) until
       * its `joined` comes and applied right after it; dropped, and counted in
       * {@link TrackerStats.unmatched}, when that join does not come within `reorderTolerance`
       * seconds of its stamp. Absent when the event was applied at once.
       */
      readonly pending?: true;
    }
  | {
      /** `false`: the event was rejected and the state left unchanged. */
      readonly ok: false;
      /** Why the event was rejected. */
      readonly error: TrackerEventError;
    };

/** One waiting caller's estimate. */
export interface CallerEstimate {
  /** The waiting caller's identifier (as in its `joined` event). */
  readonly id: CallId;
  /** Callers who will be served before it. */
  readonly position: number;
  /** Its remaining wait. */
  readonly estimate: WaitEstimate;
}

/** Options of {@link QueueTracker.estimate} and {@link QueueTracker.estimateAll}. */
export interface EstimateOptions {
  /**
   * The predictor.
   * @defaultValue `'auto'`
   */
  predictor?: PredictorName | 'auto';
  /**
   * The time of the estimate, seconds on the backend's clock.
   * @defaultValue the last event's time
   */
  now?: number;
}

/** Options of {@link QueueTracker.liveState}. */
export interface LiveStateOptions {
  /**
   * The time of the state, seconds on the backend's clock (the callers' waits are counted to it).
   * @defaultValue the last event's time
   */
  now?: number;
}

/** Options of {@link QueueTracker.predict}. */
export interface PredictOptions {
  /**
   * Callers who would be served first.
   * @defaultValue the callers of a higher or equal priority waiting now
   */
  ahead?: number;
  /**
   * The caller's priority class.
   * @defaultValue `0`
   */
  priority?: number;
  /**
   * The predictor.
   * @defaultValue `'auto'`
   */
  predictor?: PredictorName | 'auto';
}

/** A live queue tracker (see {@link createQueueTracker}). */
export interface QueueTracker {
  /**
   * Applies one event; a bad event is rejected (state untouched) and reported, never thrown. An
   * `answered` or `abandoned` for a call not known yet is held (result `pending`) until the call's
   * `joined`, then applied right after it (see {@link RecordResult}).
   */
  record(event: QueueEvent): RecordResult;
  /** Live estimates and counts. */
  stats(): TrackerStats;
  /** Callers who will be served before `id`, or undefined when it is not waiting. */
  position(id: CallId): number | undefined;
  /**
   * The predictor `auto` uses now: the model, unless another predictor's squared errors over the
   * callers who waited are significantly lower (a paired test at the 5% level, over the last ten
   * `history` windows); then the best such.
   */
  chosen(): PredictorName;
  /** Wait estimate for a caller joining now. */
  predict(options?: PredictOptions): WaitEstimate;
  /** Remaining-wait estimate for waiting caller `id`, or undefined when it is not waiting. */
  estimate(id: CallId, options?: EstimateOptions): WaitEstimate | undefined;
  /** Remaining-wait estimates for every waiting caller, first served first. */
  estimateAll(options?: EstimateOptions): CallerEstimate[];
  /**
   * The queue now as {@link forecastInterval} takes it: the agents answering (the learned answering
   * capacity × handle time, rounded, between the agents busy and those logged in), the agents busy,
   * how long each waiting caller has waited, the live handle time and patience. On a real centre
   * this, not the agents logged in, is what foresees the interval (`npm run bench:alerts`).
   */
  liveState(options?: LiveStateOptions): LiveQueueState;
  /** Accuracy of each predictor and of `auto` over callers who waited. */
  accuracy(): Record<PredictorName | 'auto', PredictorAccuracy>;
  /** The whole state as plain JSON, for {@link restoreQueueTracker}. */
  snapshot(): TrackerSnapshot;
}
