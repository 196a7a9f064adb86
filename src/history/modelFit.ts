import type { IntervalOutcome, ModelFit, PredictedInterval } from './Calibration.js';

const percent = (x: number): string => `${(100 * x).toFixed(1)}%`;
const seconds = (x: number): string => (x === Infinity ? 'infinite' : `${x.toFixed(1)} s`);

/**
 * Mean absolute errors of a model's predictions against the observed intervals, and the verdict:
 * the model fits when it is stable in every interval and its mean absolute errors of P(abandon)
 * and mean wait are at most half the observed means (never asked to be below 0.01 and 5 s) plus
 * the mean sampling error of the observed values (binomial for P(abandon); for the mean wait
 * m·√((2/p − 1)/n), waits taken as exponential among the fraction p who waited), so that a model
 * is not failed for the noise of a short log. Internal to {@link predictHistory}.
 */
export function modelFit(
  name: string,
  intervals: readonly PredictedInterval[],
  model: 'erlangA' | 'erlangC',
  mean: IntervalOutcome,
): ModelFit {
  const observed = intervals.map((p) => p.observed);
  const predicted = intervals.map((p) => p[model]);
  const count = Math.max(1, observed.length);
  let abandonNoise = 0;
  let waitNoise = 0;
  for (const p of intervals) {
    const o = p.observed;
    abandonNoise += Math.sqrt((o.probAbandon * (1 - o.probAbandon)) / p.offered) / count;
    if (o.probWait > 0) waitNoise += (o.meanWait * Math.sqrt((2 / o.probWait - 1) / p.offered)) / count;
  }
  let probAbandonError = 0;
  let probWaitError = 0;
  let meanWaitError = 0;
  let unstableIntervals = 0;
  observed.forEach((o, i) => {
    const p = predicted[i] as IntervalOutcome;
    probAbandonError += Math.abs(p.probAbandon - o.probAbandon) / count;
    probWaitError += Math.abs(p.probWait - o.probWait) / count;
    meanWaitError += Math.abs(p.meanWait - o.meanWait) / count;
    if (p.meanWait === Infinity) unstableIntervals++;
  });
  const abandonOk = probAbandonError <= Math.max(0.5 * mean.probAbandon, 0.01) + abandonNoise;
  const waitOk = meanWaitError <= Math.max(0.5 * mean.meanWait, 5) + waitNoise;
  const fits = observed.length > 0 && unstableIntervals === 0 && abandonOk && waitOk;
  const figures = `mean absolute error per interval ${probAbandonError.toFixed(3)} in P(abandon) (observed mean ${percent(mean.probAbandon)}) and ${seconds(meanWaitError)} in mean wait (observed mean ${seconds(mean.meanWait)})`;
  const reasons: string[] = [];
  if (observed.length === 0) reasons.push('no interval had calls, agents and a handle time');
  if (unstableIntervals > 0) reasons.push(`it is overloaded (infinite waits) in ${unstableIntervals} of ${observed.length} intervals`);
  if (!abandonOk) {
    const none = predicted.every((p) => p.probAbandon === 0);
    reasons.push(
      none
        ? `it predicts no abandonment while ${percent(mean.probAbandon)} of callers hung up`
        : 'its P(abandon) is off by more than half the observed (and its sampling error)',
    );
  }
  if (!waitOk && unstableIntervals === 0) reasons.push('its mean wait is off by more than half the observed (and its sampling error)');
  const verdict = fits ? `${name} fits: ${figures}.` : `${name} does not fit: ${reasons.join('; ')} (${figures}).`;
  return { probAbandonError, probWaitError, meanWaitError, unstableIntervals, fits, verdict };
}
