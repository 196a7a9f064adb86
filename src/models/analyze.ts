import { nonNegative, optionsObject } from '../math/checks.js';
import { erlangAMetrics } from './erlangAMetrics.js';
import { erlangCMetrics } from './erlangCMetrics.js';
import { checkQueue, type Queue } from './Queue.js';
import type { AnalyzeOptions, QueueMetrics, QueueMetricsWithServiceLevels } from './QueueMetrics.js';

/**
 * Every steady-state metric of a call queue: Erlang C (M/M/n) when `patience` is absent or
 * `Infinity`, Erlang A (M/M/n+M: callers hang up after an exponential patience) when finite.
 *
 * Exact closed forms through the regularized incomplete gamma function (Erlang 1917;
 * Palm 1946; Garnett, Mandelbaum & Reiman 2002; Mandelbaum & Zeltyn 2007), evaluated in
 * logarithms from positive terms, so results stay finite and accurate from 1 agent to millions.
 * Metric definitions are exact and listed in the README ("Definitions"). An overloaded Erlang C
 * queue (load ≥ agents) is an answer, not an error: `stable: false`, `probWait` 1, infinite waits,
 * service levels 0. Erlang A is stable for every number of agents.
 *
 * @param queue - `{ arrivalRate (calls/s), handleTime (s), agents (integer), patience? (s) }`
 * @param options - `{ answerTime? (s) }`: when given, the four service-level metrics are included
 * @returns the metrics (durations in seconds, probabilities in [0, 1], load in Erlangs)
 * @throws {QueueInputError} when a field is missing, not a number, negative, or `agents` is
 *   not an integer; when `options` is neither omitted nor an object
 * @example
 * analyze({ arrivalRate: 1200 / 1800, handleTime: 270, agents: 190 }).probWait; // ≈ 0.35433
 * analyze({ arrivalRate: 100 / 180, handleTime: 180, agents: 102, patience: 300 }, { answerTime: 20 }).serviceLevel; // ≈ 0.82551
 */
export function analyze(queue: Queue, options: AnalyzeOptions & { answerTime: number }): QueueMetricsWithServiceLevels;
export function analyze(queue: Queue, options?: AnalyzeOptions): QueueMetrics;
export function analyze(queue: Queue, options: AnalyzeOptions = {}): QueueMetrics {
  const q = checkQueue(queue);
  const o = optionsObject(options);
  const answerTime = o.answerTime === undefined ? undefined : nonNegative('options.answerTime', o.answerTime);
  return q.patience === Infinity ? erlangCMetrics(q, answerTime) : erlangAMetrics(q, answerTime);
}
