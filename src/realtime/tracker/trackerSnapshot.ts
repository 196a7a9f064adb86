import { PREDICTOR_SLOTS } from './PredictorName.js';
import { SnapshotFields } from './SnapshotFields.js';
import { FEATURES, REGRESSION_STATE_V4, REGRESSION_SUMS } from './WaitRegression.js';

/** The snapshot version {@link QueueTracker.snapshot} writes. */
export const SNAPSHOT_VERSION = 6;

/** The plain-JSON state of a tracker ({@link QueueTracker.snapshot}). */
export interface TrackerSnapshot {
  /** Snapshot format version (`6`; {@link restoreQueueTracker} also reads versions `1` to `5`). */
  readonly version: 1 | 2 | 3 | 4 | 5 | 6;
  /** The options, with an infinite `patience` or `maxWait` written as `null` (JSON has no Infinity). */
  readonly options: Readonly<Record<string, number | null>>;
  /**
   * The live state, each part of the tracker saving itself (the queue: clock, agents, waiting
   * callers, live rates, freed agents; the predictors: learned waits, recent errors, `auto`'s
   * evidence); for {@link restoreQueueTracker}.
   */
  readonly state: Record<string, unknown>;
}

/** Entries of a waiting caller's row and of a class's row, by snapshot version (2, 3, 4). */
const CALL_ROW = { 2: 7, 3: 8, 4: 10 } as const;
const CLASS_ROW = { 2: 3, 3: 5, 4: 7 } as const;

/**
 * A state of snapshot version 2, 3 or 4 (version 1 is upgraded to 2 first) in the form of version
 * 6 (its calls in service tied to no agent), the fields moved to the parts that own them; each part checks its fields when it restores.
 * What an older state lacks is learned afresh: version 3's waiting callers have no recent class
 * wait or freed agents, its classes no recent waits, and its regression, on the learned
 * predictor's earlier features, is left out (it refits from the next callers who wait). Version 2
 * also lacks the head-of-line waits and the learned overtaking (it starts from the arrival rates).
 * Version 4's error windows and freed agents are rebuilt from their callers.
 */
export function upgradeSnapshotState(state: unknown, version: 2 | 3 | 4): Record<string, unknown> {
  const f = new SnapshotFields('snapshot.state', state);
  const s = f.fields;
  const classes = f.array('classes').map((row) => f.array('classes', row, CLASS_ROW[version]));
  const calls = f.array('calls').map((row) => {
    const r = f.array('calls', row, CALL_ROW[version]);
    return [...r.slice(0, 7), r[7] ?? null, r[8] ?? null, r[9] ?? 0];
  });
  const rates = {
    ...f.part('rates').fields,
    classes: classes.map(([, arrivals, last, overtakes = 0, waited = 0, servedWaits = 0, served = 0]) => [
      arrivals,
      overtakes,
      waited,
      servedWaits,
      served,
      last === null || Number.isNaN(last) ? null : last,
    ]),
  };
  const board = { anonymous: s.anonymousAgents, named: s.namedAgents, inService: s.inService, overdue: s.overdue, ties: [] };
  const line = { classes: classes.map(([priority]) => priority), calls };
  const freed = version === 4 ? { pace: s.freedPace, ages: s.freed } : { pace: 0, ages: [] };
  const queue = { time: s.time, answeredAtOnce: s.answeredAtOnce, board, line, rates, freed };
  const history = { cells: s.history, regression: version === 4 ? regressionV4(f) : undefined };
  const windows = f.array('windows', undefined, PREDICTOR_SLOTS).map((entries) => ({ entries }));
  return { accepted: s.accepted, rejected: s.rejected, queue, predictors: { history, windows, duel: s.duel } };
}

/** A version-4 regression (its decayed sums, weights, fitted, callers since the last fit) as version 5 writes one. */
function regressionV4(f: SnapshotFields): Record<string, unknown> {
  const v = f.array('regression', undefined, REGRESSION_STATE_V4);
  return {
    sums: v.slice(0, REGRESSION_SUMS),
    growth: [1, 1],
    weights: v.slice(REGRESSION_SUMS, REGRESSION_SUMS + FEATURES),
    fitted: v[REGRESSION_SUMS + FEATURES] === 1,
    sinceSolve: v[REGRESSION_SUMS + FEATURES + 1],
  };
}
