import { nonNegative } from '../math/checks.js';
import { erlangCKernel } from './erlangCKernel.js';

/**
 * Erlang C: the probability that an arriving caller has to wait in an M/M/n queue (callers never
 * hang up) of `agents` agents offered `load` Erlangs; exactly 1 when `load ≥ agents` (the
 * queue is unstable and everyone waits).
 *
 * C = B/(1 − ρ(1 − B)) with ρ = load/agents and B the Erlang B value (Erlang 1917), written as
 * B/((1 − ρ) + ρB) so no digits cancel; same cost as {@link erlangB}. `agents` may be
 * fractional (Jagerman's continuous extension of B).
 *
 * @param agents - number of agents, real ≥ 0
 * @param load - offered load a = arrival rate × handle time, in Erlangs, ≥ 0
 * @returns the probability of waiting, in [0, 1]
 * @throws {QueueInputError} when an argument is not a finite number ≥ 0
 * @example
 * erlangC(10, 5); // ≈ 0.036105
 * erlangC(5, 5); // => 1
 */
export function erlangC(agents: number, load: number): number {
  return erlangCKernel(nonNegative('agents', agents), nonNegative('load', load));
}
