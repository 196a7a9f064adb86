import { nonNegative } from '../math/checks.js';
import { erlangBKernel } from './erlangBKernel.js';

/**
 * Erlang B: the probability that a call finds all `agents` busy and is lost, in an M/M/n/n
 * system (no queue) offered `load` Erlangs. The same holds for lines or ports: any server that
 * holds a call.
 *
 * Exact through the regularized incomplete gamma function, B = D(n, a)/Q(n+1, a) with
 * D(n, a) = aⁿe⁻ᵃ/n!, computed without overflow for any size and in O(1) steps away from
 * n ≈ a (O(√n) at n ≈ a); never the O(n) recursion. `agents` may be fractional: the
 * continuous extension 1/B(x, a) = a∫₀^∞ e^{−at}(1+t)ˣ dt (Jagerman 1974).
 *
 * @param agents - number of agents (or lines, ports), real ≥ 0
 * @param load - offered load a in Erlangs, ≥ 0
 * @returns the blocking probability, in [0, 1] (1 with no agents, 0 with no load)
 * @throws {QueueInputError} when an argument is not a finite number ≥ 0
 * @example
 * erlangB(10, 5); // ≈ 0.018385
 * erlangB(45, 33.3); // ≈ 0.0091
 */
export function erlangB(agents: number, load: number): number {
  return erlangBKernel(nonNegative('agents', agents), nonNegative('load', load));
}
