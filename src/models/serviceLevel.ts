import { nonNegative } from '../math/checks.js';
import { analyze } from './analyze.js';
import type { Queue } from './Queue.js';

/**
 * Service level: the fraction of all offered calls answered within `answerTime` seconds
 * (callers who hang up count as not answered), P(served, W ≤ t). For Erlang C this is
 * 1 − C·e^{−(nμ−λ)t}; for Erlang A see {@link analyze} (the other definitions are there too).
 *
 * @param queue - `{ arrivalRate (calls/s), handleTime (s), agents, patience? (s) }`
 * @param answerTime - t in seconds, ≥ 0
 * @returns the service level in [0, 1] (0 for an overloaded Erlang C queue)
 * @throws {QueueInputError} on bad input
 * @example
 * serviceLevel({ arrivalRate: 0.5, handleTime: 180, agents: 95 }, 20); // ≈ 0.71507
 */
export function serviceLevel(queue: Queue, answerTime: number): number {
  return analyze(queue, { answerTime: nonNegative('answerTime', answerTime) }).serviceLevel;
}
