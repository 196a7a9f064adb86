import { reciprocalSum } from '../../math/waitSums.js';
import { DegenerateWait, OfferedWait } from '../OfferedWait.js';
import { PointWait } from '../PointWait.js';
import type { WaitEstimate } from '../WaitEstimate.js';
import { CalibratedWait } from './CalibratedWait.js';
import type { ErrorWindow } from './ErrorWindow.js';
import { PREDICTORS } from './PredictorName.js';
import type { WaitHistory } from './WaitHistory.js';
import type { JoinSight } from './WaitingCaller.js';

/** What a wait prediction for one caller is made from. */
export interface WaitSituation extends JoinSight {
  /** Agents really idle now. */
  idle: number;
  /** Callers who will be served before this one. */
  ahead: number;
  /** The caller's class index (−1: a class nobody has joined yet). */
  classIndex: number;
  /** Its class's recent mean wait (−1: none). */
  recentWait: number;
  /** The recently freed agents' weight. */
  freed: number;
  /** Answers per second available to this caller's class (capacity minus the learned overtaking). */
  rate: number;
  /** Abandonment rate per waiting caller per second. */
  theta: number;
  /** Seconds this caller has already waited. */
  elapsed: number;
  /** The wait of the last caller of its class who waited and was answered (−1: none). */
  lastServedWait: number;
  /** Seconds the caller served next (other than this one) has waited (−1: nobody else waits). */
  headWait: number;
  /** Callers waiting other than this one. */
  others: number;
}

/**
 * Fills `means` with each predictor's mean remaining wait (seconds): zero only when an idle agent
 * is there for this caller; otherwise the model (the Erlang A offered wait at the learned
 * answering rate, Whitt 1999), LES (the last served caller's wait minus this one's elapsed wait),
 * HOL (the head's wait scaled to the position, Ibrahim & Whitt 2009) and the one learned by
 * `history`; a history predictor without data, or one that has run out (≤ 0), gives the model's
 * mean. Only the predictors up to index `upTo` are computed.
 */
export function predictMeans(s: WaitSituation, means: Float64Array, history: WaitHistory, upTo: number = PREDICTORS.length - 1): void {
  if (s.ahead < s.idle) {
    means.fill(0, 0, PREDICTORS.length);
    return;
  }
  const phases = s.ahead - s.idle + 1;
  const model = !(s.rate > 0) ? Infinity : s.theta === 0 ? phases / s.rate : reciprocalSum(s.rate / s.theta, phases) / s.theta;
  means[0] = model;
  if (upTo < 1) return;
  means[1] = positiveOr(s.lastServedWait - s.elapsed, model);
  means[2] = positiveOr(s.others > 0 ? (s.headWait * (s.ahead + 1)) / s.others : -1, model);
  if (upTo < 3) return;
  const learned = s.classIndex < 0 ? model : history.predict(s.classIndex, s.ahead, model, s.recentWait, s.headWait, s.freed);
  means[3] = positiveOr(learned, model);
}

/** `x` when it is a positive finite number of seconds, else `fallback`. */
function positiveOr(x: number, fallback: number): number {
  return x > 0 && x < Infinity ? x : fallback;
}

const ZERO = /* @__PURE__ */ new DegenerateWait(0);
const NEVER = /* @__PURE__ */ new DegenerateWait(Infinity);

/** Least callers in a predictor's window before its ratios calibrate its announcements. */
export function calibrationMinimum(history: number): number {
  return Math.min(20, history);
}

/**
 * The wait distribution of one prediction: calibrated on the predictor's recent ratios once it has
 * enough of them; before that the model's exact distribution, or a normal band of the predictor's
 * recent RMSE (the model's sd before any; infinite while nobody answers) around a history
 * predictor's mean.
 */
export function waitEstimate(predictor: number, mean: number, s: WaitSituation, window: ErrorWindow, minimum: number): WaitEstimate {
  if (mean === 0) return ZERO;
  if (mean === Infinity) return NEVER;
  const phases = s.ahead - s.idle + 1;
  const probAnswered = s.theta === 0 ? 1 : s.rate / (s.rate + phases * s.theta);
  if (window.count >= minimum) return new CalibratedWait(mean, window.ratios(), window.ratioSd, probAnswered);
  // The model's mean is finite only while agents answer (rate > 0).
  const model = s.rate > 0 ? new OfferedWait(phases - 1, 1 / s.rate, s.theta / s.rate) : undefined;
  if (predictor === 0 && model !== undefined) return model;
  return new PointWait(mean, window.count > 0 ? Math.sqrt(window.mse) : (model?.sd ?? Infinity), probAnswered);
}

/** The announced time (the `quantile` of the prediction) without building the estimate: the calibrated ratio quantile, else mean + z·sd. */
export function announcedTime(mean: number, s: WaitSituation, window: ErrorWindow, minimum: number, quantile: number, z: number): number {
  if (mean === 0 || mean === Infinity) return mean;
  if (window.count >= minimum) return Math.max(mean, 1) * window.ratioQuantile(quantile);
  let sd: number;
  if (window.count > 0) sd = Math.sqrt(window.mse);
  else if (!(s.rate > 0)) sd = Infinity;
  else {
    const phases = s.ahead - s.idle + 1;
    sd = s.theta === 0 ? Math.sqrt(phases) / s.rate : new OfferedWait(phases - 1, 1 / s.rate, s.theta / s.rate).sd;
  }
  return PointWait.bandQuantile(mean, sd, z);
}
