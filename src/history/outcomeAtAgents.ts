import { erlangAMetrics } from '../models/erlangAMetrics.js';
import { erlangCMetrics } from '../models/erlangCMetrics.js';
import type { IntervalOutcome } from './Calibration.js';

/** The outcome of a whole team of `agents`, from `cache` when it was computed before. */
function teamOutcome(
  arrivalRate: number,
  handleTime: number,
  patience: number,
  agents: number,
  cache: Map<number, IntervalOutcome> | undefined,
): IntervalOutcome {
  const known = cache?.get(agents);
  if (known) return known;
  const q = { arrivalRate, handleTime, agents, patience };
  const m = patience === Infinity ? erlangCMetrics(q, undefined) : erlangAMetrics(q, undefined);
  const outcome = { probAbandon: m.probAbandon, probWait: m.probWait, meanWait: m.meanWait };
  cache?.set(agents, outcome);
  return outcome;
}

/**
 * Linear interpolation; for waits infinite at one end (an overloaded team), interpolation of the
 * reciprocals, so the wait stays continuous and grows without bound near the overloaded team.
 */
function mix(x: number, y: number, weight: number): number {
  return x === Infinity || y === Infinity ? 1 / ((1 - weight) / x + weight / y) : x + weight * (y - x);
}

/**
 * P(abandon), P(wait) and mean wait of Erlang A (finite `patience`) or Erlang C (`Infinity`) with
 * a fractional number of agents: linear interpolation between the two whole teams around it
 * (of the reciprocal for a wait when one team is overloaded). `cache` keeps the whole teams'
 * outcomes (by team size) across calls for the same queue.
 * Internal: inputs already checked (arrivalRate ≥ 0, handleTime > 0, agents ≥ 0).
 */
export function outcomeAtAgents(
  arrivalRate: number,
  handleTime: number,
  patience: number,
  agents: number,
  cache?: Map<number, IntervalOutcome>,
): IntervalOutcome {
  const lower = Math.floor(agents);
  const weight = agents - lower;
  const a = teamOutcome(arrivalRate, handleTime, patience, lower, cache);
  if (weight === 0) return a;
  const b = teamOutcome(arrivalRate, handleTime, patience, lower + 1, cache);
  return {
    probAbandon: mix(a.probAbandon, b.probAbandon, weight),
    probWait: mix(a.probWait, b.probWait, weight),
    meanWait: mix(a.meanWait, b.meanWait, weight),
  };
}
