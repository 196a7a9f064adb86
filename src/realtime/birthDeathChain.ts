/**
 * Shared pieces of the transient birth–death solvers of {@link forecastInterval}: the chain on the
 * number of calls in the system (birth λ, death min(i, n)μ + (i − n)⁺θ) and its state vectors,
 * which grow as the queue does. Internal.
 */

/** The rates of the birth–death chain: birth λ, death min(i, n)μ + (i − n)⁺θ, per second. */
export interface ChainRates {
  /** λ, calls per second. */
  arrivalRate: number;
  /** μ = 1/handleTime, per second. */
  mu: number;
  /** θ = 1/patience, per second (0: nobody hangs up). */
  theta: number;
}

/** The chain a transient solver integrates over the rest of an interval, started in state n0. */
export interface TransientChain extends ChainRates {
  /** n, agents taking calls. */
  agents: number;
  /** n0, calls in the system at time 0 (busy agents plus callers waiting). */
  start: number;
  /** Seconds to integrate over. */
  horizon: number;
}

/** Probability below which a state at either end of the band is dropped. */
export const NEGLIGIBLE = 1e-14;

/** death[i] = min(i, n)μ + (i − n)⁺θ from index `from` on. */
function fillDeath(death: Float64Array, from: number, n: number, mu: number, theta: number): void {
  for (let i = from; i < death.length; i++) death[i] = Math.min(i, n) * mu + (i > n ? (i - n) * theta : 0);
}

/** The death rates of states 0..size−1. */
export function deathRates(size: number, n: number, mu: number, theta: number): Float64Array<ArrayBuffer> {
  const death = new Float64Array(size);
  fillDeath(death, 0, n, mu, theta);
  return death;
}

/**
 * The state vectors and death rates grown (doubling) to hold states up to `need`: copies in
 * zero-filled arrays, the new death rates filled in. Returns the vectors in the order given, then
 * the death rates.
 */
export function grownStates<T extends readonly Float64Array<ArrayBuffer>[]>(
  vectors: readonly [...T],
  death: Float64Array<ArrayBuffer>,
  need: number,
  n: number,
  mu: number,
  theta: number,
): [...{ [K in keyof T]: Float64Array<ArrayBuffer> }, Float64Array<ArrayBuffer>] {
  const size = 2 * need;
  const grow = (a: Float64Array<ArrayBuffer>): Float64Array<ArrayBuffer> => {
    const b = new Float64Array(size);
    b.set(a);
    return b;
  };
  const newDeath = grow(death);
  fillDeath(newDeath, death.length, n, mu, theta);
  return [...vectors.map(grow), newDeath] as unknown as [...{ [K in keyof T]: Float64Array<ArrayBuffer> }, Float64Array<ArrayBuffer>];
}
