import { nonNegative, nonNegativeInteger, plainObject, positive, positiveOrInfinite } from '../math/checks.js';

/**
 * A call queue, in seconds and per second.
 *
 * `patience` absent or `Infinity`: callers never hang up (Erlang C, M/M/n).
 * `patience` finite: waiting callers hang up after an exponential time with this mean
 * (Erlang A, M/M/n+M, abandonment rate θ = 1/patience).
 */
export interface Queue {
  /** λ, calls arriving per second (≥ 0). */
  arrivalRate: number;
  /** Mean handle (service) time in seconds (> 0); μ = 1/handleTime. */
  handleTime: number;
  /** Number of agents, a non-negative integer. */
  agents: number;
  /**
   * Mean patience of a waiting caller in seconds (> 0).
   * @defaultValue `Infinity` (nobody hangs up: Erlang C)
   */
  patience?: number;
}

/** A queue after the boundary check: patience is always present (Infinity for Erlang C). */
export interface CheckedQueue {
  arrivalRate: number;
  handleTime: number;
  agents: number;
  patience: number;
}

/** Checks a {@link Queue} once at the public boundary, naming the bad field. */
export function checkQueue(queue: unknown, name = 'queue'): CheckedQueue {
  const q = plainObject(name, queue);
  return {
    arrivalRate: nonNegative(`${name}.arrivalRate`, q.arrivalRate),
    handleTime: positive(`${name}.handleTime`, q.handleTime),
    agents: nonNegativeInteger(`${name}.agents`, q.agents),
    patience: q.patience === undefined ? Infinity : positiveOrInfinite(`${name}.patience`, q.patience),
  };
}
