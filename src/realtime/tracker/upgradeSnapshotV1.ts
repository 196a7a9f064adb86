import { plainObject } from '../../math/checks.js';
import { QueueInputError } from '../../math/QueueInputError.js';
import { PREDICTOR_SLOTS } from './PredictorName.js';

/**
 * A version-1 snapshot's state (the tracker before priority classes, agent states and learned
 * waits) in the version-2 form: every waiting caller in class 0, in order; the live sums kept;
 * the recent errors left out, since version 1 scored every caller, including those answered at
 * once. Fields are checked when the version-2 state is read.
 */
export function upgradeSnapshotV1(state: unknown): Record<string, unknown> {
  const s = plainObject('snapshot.state', state);
  const calls = s.calls;
  if (!Array.isArray(calls)) throw new QueueInputError('snapshot.state.calls', calls, 'an array of [id, joinTime, predictions, announced]');
  const rows = calls.map((c: unknown, i) => {
    if (!Array.isArray(c) || c.length !== 4 || !Array.isArray(c[2]) || !Array.isArray(c[3]) || c[2].length !== 4 || c[3].length !== 4) {
      throw new QueueInputError('snapshot.state.calls', c, '[id, joinTime, predictions (4), announced (4)]');
    }
    const [id, join, predicted, announced] = c as [unknown, unknown, unknown[], unknown[]];
    // Version 1 kept model, LES, HOL and auto; the learned predictor starts as the model.
    const spread = (v: unknown[]) => [v[0], v[1], v[2], v[0], v[3]];
    return [id, 0, join, i, 0, spread(predicted), spread(announced)];
  });
  const last = s.lastServedWait;
  return {
    time: s.time,
    accepted: s.accepted,
    rejected: s.rejected,
    answeredAtOnce: 0,
    anonymousAgents: s.agents,
    namedAgents: [],
    inService: s.inService,
    overdue: [],
    rates: {
      exposure: s.exposure,
      abandons: s.abandons,
      waited: s.waited,
      handleSum: s.handleSum,
      handleCount: s.handleCount,
      answersWaiting: 0,
      agentExposure: 0,
      idleJoins: 0,
      idleJoinsAnsweredAtOnce: 0,
    },
    classes: [[0, s.arrivals, typeof last === 'number' && last > 0 ? last : null]],
    calls: rows,
    history: [],
    windows: Array.from({ length: PREDICTOR_SLOTS }, () => []),
  };
}
