import { nonNegative } from '../math/checks.js';
import { erlangCKernel } from './erlangCKernel.js';

/**
 * Erlang C: the probability that an arriving caller has to wait in an M/M/n queue (callers never
 * hang up) with `servers` agents offered `load` Erlangs; exactly 1 when `load ≥ servers` (the
 * queue is unstable and everyone waits).
 *
 * C = B/(1 − ρ(1 − B)) with ρ = load/servers and B the Erlang B value (Erlang 1917), written as
 * B/((1 − ρ) + ρB) so no digits cancel; same cost as {@link erlangB}. `servers` may be
 * fractional (Jagerman's continuous extension of B).
 *
 * @param servers - number of agents, real ≥ 0
 * @param load - offered load a = arrival rate × handle time, in Erlangs, ≥ 0
 * @returns the probability of waiting, in [0, 1]
 * @throws {QueueInputError} when an argument is not a finite number ≥ 0
 * @example
 * erlangC(10, 5); // ≈ 0.036105
 * erlangC(5, 5); // => 1
 */
export function erlangC(servers: number, load: number): number {
  return erlangCKernel(nonNegative('servers', servers), nonNegative('load', load));
}
