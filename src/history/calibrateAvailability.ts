import { plainObject } from '../math/checks.js';
import { findRoot } from '../math/findRoot.js';
import type { AvailabilityBand, Calibration, CalibrationInput, CalibrationOptions } from './Calibration.js';
import { outcomeAtAgents } from './outcomeAtAgents.js';
import { MAX_AVAILABILITY, predictUsable, type UsableInterval, usableIntervals } from './predictHistory.js';

const LOWEST = 1e-3;
const HIGHEST = MAX_AVAILABILITY;
/** Two-sided 95% normal quantile. */
const Z95 = 1.959963984540054;

/**
 * Solves Σ offered·(observed − predicted(f)) = 0 for f in [LOWEST, HIGHEST], with predicted
 * decreasing in f; returns the root, clipped to the ends when there is none, and its 95% interval
 * from the sandwich variance of the estimating equation (Huber 1967): SE = √Σ rᵢ² / |g′(f)|.
 */
function solveMoment(
  rows: readonly UsableInterval[],
  predict: (u: UsableInterval, f: number) => number,
  observe: (u: UsableInterval) => number,
): [number, number, number] {
  const g = (f: number): number => {
    let sum = 0;
    for (const u of rows) sum += u.row.offered * (observe(u) - predict(u, f));
    return Number.isNaN(sum) ? -Infinity : sum;
  };
  // Availabilities between 5% and 150% cover real centres: try that bracket first (fewer teams to
  // evaluate), then the whole range.
  let lo = 0.05;
  let hi = 1.5;
  let gLow = g(lo);
  let gHigh = g(hi);
  if (!(gLow < 0 && gHigh >= 0)) {
    [lo, hi] = [LOWEST, HIGHEST];
    [gLow, gHigh] = [g(lo), g(hi)];
  }
  const f = gLow >= 0 ? lo : gHigh < 0 ? hi : findRoot(g, { lo, hi, fLo: gLow, fHi: gHigh, tolerance: 1e-7, maxEvaluations: 200 });
  const step = 1e-3 * f;
  const slope = (g(f + step) - g(Math.max(LOWEST / 2, f - step))) / (f + step - Math.max(LOWEST / 2, f - step));
  let squares = 0;
  for (const u of rows) squares += (u.row.offered * (observe(u) - predict(u, f))) ** 2;
  const se = Number.isFinite(slope) && slope > 0 ? Math.sqrt(squares) / slope : Infinity;
  return [f, Math.max(0, f - Z95 * se), f + Z95 * se];
}

/**
 * Fits a centre's availability, the fraction of its staffed agents who are answering calls
 * (the rest are on shift but not taking calls: after-call work, other tasks), to its history:
 * for each band of hours, the factor f with which Erlang A (Palm 1946; Garnett, Mandelbaum &
 * Reiman 2002), fed each interval's arrival rate, handle time, censored patience and f × staffed
 * agents, predicts as many abandons as were observed (a moment equation, weighted by calls
 * offered), with a 95% interval from its sandwich variance. Then it reports, per interval,
 * observed against Erlang A and Erlang C predicted with that availability, each model's fit error
 * and a plain verdict, and Erlang C's own best factor (fitted to the mean wait). Fitted only to the
 * history it is given: nothing is tuned in advance. Score it on another period with {@link predictHistory}.
 *
 * In the example, 30 agents were seen in an hour whose abandonment is that of 18 answering.
 *
 * @param history - rows of `callHistory(...).intervals` (pool per hour of the day or week for a stable fit)
 * @param options - `{ staffed?, bands? }`: agents staffed per row (default: the agents seen), and
 *   hours at which bands with their own availability start
 * @returns `{ availability, bands, erlangCAvailability, erlangCCalibrated, intervals, observed, erlangA, erlangC, skipped }`
 * @throws {QueueInputError} when a history row is not one (numbers finite and ≥ 0, fractions in
 *   [0, 1], `patience` ≥ 0 or `Infinity`), `staffed` is not one count ≥ 0 per row or `bands` is not
 *   increasing whole hours
 * @example
 * const row = { start: 0, length: 3600, offered: 360, abandoned: 37, probAbandon: 0.10294, probWait: 0.4846, meanWait: 12.35, arrivalRate: 0.1, handleTime: 180, patience: 120, agentsSeen: 30 };
 * calibrateAvailability([row]).availability; // ≈ 0.6
 */
export function calibrateAvailability(history: readonly CalibrationInput[], options: CalibrationOptions = {}): Calibration {
  plainObject('options', options);
  const { rows, skipped } = usableIntervals(history, options);
  const starts = options.bands ?? [0];
  const [firstStart = 0] = starts;
  const abandonA = (u: UsableInterval, f: number): number =>
    outcomeAtAgents(u.row.arrivalRate, u.handleTime, u.patience, u.staffed * f, u.patience === Infinity ? u.cacheC : u.cacheA).probAbandon;
  const bands: AvailabilityBand[] = starts.map((fromHour, band) => {
    const inBand = rows.filter((u) => u.band === band);
    const next = starts[band + 1] ?? firstStart + 24; // the last band wraps to the first
    if (inBand.length === 0) return { fromHour, toHour: next, availability: 1, low: 0, high: Infinity, intervals: 0 };
    const [availability, low, high] = solveMoment(inBand, abandonA, (u) => u.row.probAbandon);
    return { fromHour, toHour: next, availability, low, high, intervals: inBand.length };
  });
  const waitC = (u: UsableInterval, f: number): number =>
    outcomeAtAgents(u.row.arrivalRate, u.handleTime, Infinity, u.staffed * f, u.cacheC).meanWait;
  const [erlangCAvailability] = rows.length > 0 ? solveMoment(rows, waitC, (u) => u.row.meanWait) : [1];
  const prediction = predictUsable(
    rows,
    bands.map((b) => b.availability),
    skipped,
  );
  const own = predictUsable(
    rows,
    starts.map(() => erlangCAvailability),
    skipped,
  );
  return {
    ...prediction,
    availability: (bands[0] as AvailabilityBand).availability,
    bands,
    erlangCAvailability,
    erlangCCalibrated: own.erlangC,
  };
}
