import { nonNegativeInteger, plainObject, positive, positiveOrInfinite } from '../math/checks.js';
import { findRoot } from '../math/findRoot.js';
import { erlangAMetrics } from '../models/erlangAMetrics.js';
import { erlangCMetrics } from '../models/erlangCMetrics.js';
import { AgentProblem } from './agentSearch/AgentProblem.js';
import { meets } from './requiredAgentsKernel.js';
import { type CheckedTarget, checkTarget, type StaffingTarget } from './StaffingTarget.js';
import type { Team } from './Team.js';

/**
 * The most calls per second a team can take while meeting every constraint of `target`: the
 * largest arrival rate λ at which the queue (Erlang C, or Erlang A with `team.patience`) still
 * meets it, as {@link analyze} computes the metrics. Every constraint gets harder as λ grows, so
 * the answer is the root of the smallest constraint slack in λ, bracketed by 0 and (Erlang C)
 * the stability limit agents/handleTime or (Erlang A) a doubling search, and found by a
 * safeguarded secant to 1e-12 relative. Vacuous constraints (`maxOccupancy: 1`,
 * `maxProbWait: 1`, `maxAbandon: 1`, `serviceLevel: 0`) constrain nothing: with only those, every
 * rate meets an Erlang A target (`Infinity`) and Erlang C is limited by stability alone (the
 * largest rate below agents/handleTime).
 *
 * @param team - `{ agents (integer ≥ 0), handleTime (s), patience? (s) }`
 * @param target - as for `requiredAgents`
 * @returns calls per second (0 when no rate meets the target, e.g. with no agents; `Infinity`
 *   when every rate does)
 * @throws {QueueInputError} on a bad team or target
 * @example
 * callCapacity({ agents: 14, handleTime: 180 }, { serviceLevel: 0.8, answerTime: 20 }) * 1800; // ≈ 108.68
 * callCapacity({ agents: 14, handleTime: 180, patience: 300 }, { maxProbWait: 1 }); // => Infinity
 */
export function callCapacity(team: Team, target: StaffingTarget): number {
  const fields = plainObject('team', team);
  const agents = nonNegativeInteger('team.agents', fields.agents);
  const handleTime = positive('team.handleTime', fields.handleTime);
  const patience = fields.patience === undefined ? Infinity : positiveOrInfinite('team.patience', fields.patience);
  const checked = withoutVacuous(checkTarget(target));
  if (agents === 0) return 0;
  const erlangC = patience === Infinity;
  const metAt = (lambda: number): boolean => {
    const queue = { arrivalRate: lambda, handleTime, agents, patience };
    return meets(erlangC ? erlangCMetrics(queue, checked.answerTime) : erlangAMetrics(queue, checked.answerTime), checked);
  };
  const stableLimit = agents / handleTime;
  if (checked.vacuous) return erlangC ? largestBelow(stableLimit, handleTime, agents) : Infinity;
  // excess(λ) = −(smallest slack): increasing in λ, < 0 where the target holds
  const excess = (lambda: number): number => {
    if (lambda <= 0) return -Infinity;
    const point = new AgentProblem({ arrivalRate: lambda, handleTime, patience }, checked).at(agents);
    return point.met ? Math.min(-point.minSlack, -0) : Math.max(-point.minSlack, Number.MIN_VALUE);
  };
  let hi = stableLimit;
  let fHi = Infinity; // Erlang C: unstable at the limit
  if (!erlangC) {
    fHi = excess(hi);
    // a finite bound: the constraints left are not vacuous, so some rate fails; the doubling
    // stops at the largest double either way
    for (let k = 0; k < 1100 && fHi < 0 && hi < Number.MAX_VALUE; k++) {
      hi = Math.min(Number.MAX_VALUE, hi * 2);
      fHi = excess(hi);
    }
    if (fHi < 0) return Infinity;
  }
  let lambda = findRoot(excess, { lo: 0, hi, fLo: -Infinity, fHi, tolerance: 1e-12 * hi, maxEvaluations: 200 });
  // return a rate that meets the target as analyze computes it (the root may sit a rounding
  // step above it): step down by growing relative amounts, at most 60 steps
  for (let k = 0; k < 60 && lambda > 0 && !metAt(lambda); k++) lambda *= 1 - 2 ** (k - 50);
  return metAt(lambda) ? lambda : 0;
}

/** The target without its vacuous constraints; `vacuous` when none is left. */
function withoutVacuous(target: CheckedTarget): CheckedTarget & { vacuous: boolean } {
  const out = { ...target, vacuous: false };
  if (out.serviceLevel === 0) out.serviceLevel = Number.NaN;
  if (out.maxAbandon === 1) out.maxAbandon = Number.NaN;
  if (out.maxOccupancy === 1) out.maxOccupancy = Number.NaN;
  if (out.maxProbWait === 1) out.maxProbWait = Number.NaN;
  out.vacuous = [out.serviceLevel, out.asa, out.maxAbandon, out.maxOccupancy, out.maxProbWait].every(Number.isNaN);
  return out;
}

/** The largest rate λ < limit with λ·handleTime < agents (a stable Erlang C queue). */
function largestBelow(limit: number, handleTime: number, agents: number): number {
  let lambda = limit;
  for (let k = 0; k < 64 && !(lambda * handleTime < agents); k++) lambda -= Math.max(Number.MIN_VALUE, lambda * 2 ** (k - 53));
  return lambda;
}
