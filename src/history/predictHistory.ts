import { nonNegative, plainObject, positive } from '../math/checks.js';
import { QueueInputError } from '../math/QueueInputError.js';
import type { CalibrationInput, CalibrationOptions, HistoryPrediction, IntervalOutcome, PredictedInterval } from './Calibration.js';
import { checkHistoryRow } from './checkHistoryRow.js';
import { modelFit } from './modelFit.js';
import { outcomeAtAgents } from './outcomeAtAgents.js';

/** The highest availability (answering ÷ staffed agents) predicted or fitted. */
export const MAX_AVAILABILITY = 10;

/** A history row ready for the models: its inputs and its observed outcome. Internal. */
export interface UsableInterval {
  readonly row: CalibrationInput;
  readonly staffed: number;
  readonly band: number;
  readonly patience: number;
  readonly handleTime: number;
  /** Erlang A and Erlang C outcomes of whole teams already computed, by team size. */
  readonly cacheA: Map<number, IntervalOutcome>;
  readonly cacheC: Map<number, IntervalOutcome>;
}

/** Checks `bands` (hours 0–23, increasing) and returns the band index of each hour of the day. */
export function bandOfHour(bands: readonly number[] | undefined): number[] {
  const starts = bands ?? [0];
  if (
    !Array.isArray(starts) ||
    starts.length === 0 ||
    starts.some((h, i) => !Number.isInteger(h) || h < 0 || h > 23 || h <= (starts[i - 1] ?? -Infinity))
  ) {
    throw new QueueInputError('options.bands', bands, 'increasing whole hours of the day (0–23), e.g. [7, 12, 17]');
  }
  return Array.from({ length: 24 }, (_, hour) => {
    let band = starts.length - 1; // hours before the first start belong to the last band (it wraps)
    starts.forEach((h: number, i: number) => {
      if (h <= hour) band = i;
    });
    return band;
  });
}

/**
 * The rows the models can be run on (calls offered, agents staffed, a handle time), with a
 * patience for each (a row with no abandonment borrows the pooled patience of all rows) and its
 * band; the others counted by reason. Internal to {@link predictHistory} and {@link calibrateAvailability}.
 */
export function usableIntervals(
  history: readonly CalibrationInput[],
  options: CalibrationOptions,
): { rows: UsableInterval[]; skipped: Record<string, number> } {
  if (!Array.isArray(history)) throw new QueueInputError('history', history, 'an array of history intervals (callHistory(...).intervals)');
  const staffed = options.staffed;
  if (staffed !== undefined && (!Array.isArray(staffed) || staffed.length !== history.length)) {
    throw new QueueInputError('options.staffed', staffed, `an array of ${history.length} agent counts, one per history row`);
  }
  const bandOf = bandOfHour(options.bands);
  history.forEach((row, i) => {
    checkHistoryRow(row, `history[${i}]`);
  });
  let waited = 0;
  let abandoned = 0;
  for (const row of history) {
    waited += row.meanWait * row.offered;
    abandoned += row.abandoned;
  }
  const pooledPatience = abandoned > 0 ? waited / abandoned : Infinity;
  const rows: UsableInterval[] = [];
  const skipped: Record<string, number> = {};
  history.forEach((row, i) => {
    const agents = nonNegative(`options.staffed[${i}]`, staffed ? staffed[i] : row.agentsSeen);
    const handleTime = row.handleTime ?? 0;
    const reason = row.offered === 0 ? 'no calls' : agents === 0 ? 'no agents' : !(handleTime > 0) ? 'no handle time' : undefined;
    if (reason) {
      skipped[reason] = (skipped[reason] ?? 0) + 1;
      return;
    }
    const hour = Math.floor((((row.start % 86_400) + 86_400) % 86_400) / 3600);
    const patience = row.abandoned > 0 && row.patience > 0 ? row.patience : pooledPatience;
    rows.push({
      row,
      staffed: agents,
      band: bandOf[hour] ?? 0, // hour in 0–23
      patience,
      handleTime,
      cacheA: new Map(),
      cacheC: new Map(),
    });
  });
  return { rows, skipped };
}

/** Observed outcome of a row. */
export function observedOutcome(row: CalibrationInput): IntervalOutcome {
  return { probAbandon: row.probAbandon, probWait: row.probWait, meanWait: row.meanWait };
}

/**
 * What Erlang A and Erlang C predict for each interval of a history when only `availability` of
 * the staffed agents answer calls, against what was observed, with each model's fit error and a
 * plain verdict (README "Calibration"). Use it to score an availability fitted on one period
 * ({@link calibrateAvailability}) on another. Agents answering = staffed × availability, usually
 * fractional: metrics are interpolated linearly between the two whole teams around it.
 *
 * @param history - rows of `callHistory(...).intervals` (arrival rate, handle time, patience, agents seen, observed outcome)
 * @param availability - answering ÷ staffed agents (> 0, at most 10): one factor, or one per band of `options.bands`
 * @param options - `{ staffed?, bands? }`
 * @returns `{ intervals, observed, erlangA, erlangC, skipped }`
 * @throws {QueueInputError} when `availability` is not in (0, 10] (or not one per band), a history row is not
 *   one (numbers finite and ≥ 0, fractions in [0, 1]), `staffed` is not
 *   one count ≥ 0 per row, or `bands` is not increasing whole hours
 * @example
 * const row = { start: 0, length: 3600, offered: 360, abandoned: 37, probAbandon: 0.10294, probWait: 0.4846, meanWait: 12.35, arrivalRate: 0.1, handleTime: 180, patience: 120, agentsSeen: 30 };
 * predictHistory([row], 0.6).intervals[0].erlangA.probAbandon; // ≈ 0.10294
 * predictHistory([row], 1).erlangA.fits; // => false
 */
export function predictHistory(
  history: readonly CalibrationInput[],
  availability: number | readonly number[],
  options: CalibrationOptions = {},
): HistoryPrediction {
  plainObject('options', options);
  const { rows, skipped } = usableIntervals(history, options);
  const bandCount = (options.bands ?? [0]).length;
  const factors = typeof availability === 'number' ? Array.from({ length: bandCount }, () => availability) : availability;
  if (!Array.isArray(factors) || factors.length !== bandCount) {
    throw new QueueInputError('availability', availability, `a number > 0 or one per band (${bandCount})`);
  }
  factors.forEach((f, i) => {
    if (positive(`availability[${i}]`, f) > MAX_AVAILABILITY)
      throw new QueueInputError(`availability[${i}]`, f, `a number > 0, at most ${MAX_AVAILABILITY}`);
  });
  return predictUsable(rows, factors, skipped);
}

/** {@link predictHistory} on checked rows. Internal, shared with the calibration. */
export function predictUsable(
  rows: readonly UsableInterval[],
  factors: readonly number[],
  skipped: Record<string, number>,
): HistoryPrediction {
  const intervals: PredictedInterval[] = rows.map((u) => {
    const availability = factors[u.band] as number;
    const answering = u.staffed * availability;
    return {
      start: u.row.start,
      length: u.row.length,
      offered: u.row.offered,
      staffed: u.staffed,
      availability,
      answering,
      observed: observedOutcome(u.row),
      erlangA: outcomeAtAgents(u.row.arrivalRate, u.handleTime, u.patience, answering, u.patience === Infinity ? u.cacheC : u.cacheA),
      erlangC: outcomeAtAgents(u.row.arrivalRate, u.handleTime, Infinity, answering, u.cacheC),
    };
  });
  const observed = intervals.map((p) => p.observed);
  const count = Math.max(1, observed.length);
  const mean: IntervalOutcome = {
    probAbandon: observed.reduce((s, o) => s + o.probAbandon, 0) / count,
    probWait: observed.reduce((s, o) => s + o.probWait, 0) / count,
    meanWait: observed.reduce((s, o) => s + o.meanWait, 0) / count,
  };
  return {
    intervals,
    observed: mean,
    erlangA: modelFit('Erlang A', intervals, 'erlangA', mean),
    erlangC: modelFit('Erlang C', intervals, 'erlangC', mean),
    skipped,
  };
}
