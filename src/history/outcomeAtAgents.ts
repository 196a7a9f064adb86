import { erlangAMetrics } from '../models/erlangAMetrics.js';
import { erlangCMetrics } from '../models/erlangCMetrics.js';
import type { IntervalOutcome } from './Calibration.js';

/**
 * P(abandon), P(wait) and mean wait of Erlang A (finite `patience`) or Erlang C (`Infinity`) with
 * a fractional number of agents: linear interpolation between the two whole teams around it
 * (of the reciprocal for a wait when one team is overloaded).
 * Internal: inputs already checked (arrivalRate ≥ 0, handleTime > 0, agents ≥ 0).
 */
export function outcomeAtAgents(arrivalRate: number, handleTime: number, patience: number, agents: number): IntervalOutcome {
  const lower = Math.floor(agents);
  const weight = agents - lower;
  const at = (n: number): IntervalOutcome => {
    const q = { arrivalRate, handleTime, agents: n, patience };
    const m = patience === Infinity ? erlangCMetrics(q, undefined) : erlangAMetrics(q, undefined);
    return { probAbandon: m.probAbandon, probWait: m.probWait, meanWait: m.meanWait };
  };
  const a = at(lower);
  if (weight === 0) return a;
  const b = at(lower + 1);
  // Waits are infinite for an overloaded team: interpolating their reciprocals keeps the wait
  // continuous, growing without bound as the fractional team nears the overloaded one.
  const mix = (x: number, y: number): number =>
    x === Infinity || y === Infinity ? 1 / ((1 - weight) / x + weight / y) : x + weight * (y - x);
  return { probAbandon: mix(a.probAbandon, b.probAbandon), probWait: mix(a.probWait, b.probWait), meanWait: mix(a.meanWait, b.meanWait) };
}
