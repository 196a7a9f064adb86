/**
 * Steady-state metrics of a queue, exactly as defined in the README's "Definitions" section.
 * Durations in seconds, probabilities in [0, 1], load in Erlangs.
 */
export interface QueueMetrics {
  /** `'erlang-c'` (patience infinite) or `'erlang-a'` (finite patience). */
  readonly model: 'erlang-c' | 'erlang-a';
  /** λ, calls per second. */
  readonly arrivalRate: number;
  /** Mean handle time, seconds. */
  readonly handleTime: number;
  /** Mean patience, seconds (`Infinity` for Erlang C). */
  readonly patience: number;
  /** Number of agents. */
  readonly agents: number;
  /** Offered load a = λ × handleTime, Erlangs. */
  readonly load: number;
  /** Carried load per agent = a(1 − probAbandon)/agents (1 when unstable; 0 with no agents). */
  readonly occupancy: number;
  /** `false` only for Erlang C with load ≥ agents (the queue grows without bound). */
  readonly stable: boolean;
  /** P(an arriving caller finds every agent busy). */
  readonly probWait: number;
  /** Fraction of callers who hang up before being answered (0 for Erlang C). */
  readonly probAbandon: number;
  /** Mean time in queue over all callers, abandoned ones included (s) = meanQueueLength/λ. */
  readonly meanWait: number;
  /** Average speed of answer: mean wait of answered callers (s). */
  readonly asa: number;
  /** Mean number of callers waiting. */
  readonly meanQueueLength: number;
  /** The answer time t the service levels refer to (s), when one was given. */
  readonly answerTime?: number;
  /** P(answered and waited ≤ t), over all offered calls (abandons count as not answered). */
  readonly serviceLevel?: number;
  /** P(V ≤ t), V the wait a caller with infinite patience would have. */
  readonly offeredServiceLevel?: number;
  /** Answered within t ÷ answered. */
  readonly serviceLevelOfAnswered?: number;
  /** Answered within t ÷ (offered − abandoned within t). */
  readonly serviceLevelExcludingShortAbandons?: number;
}

/** Options for {@link analyze}. */
export interface AnalyzeOptions {
  /**
   * Answer time t in seconds for the service-level metrics ("80% within 20 s": t = 20).
   * @defaultValue undefined (service levels are not computed)
   */
  answerTime?: number;
}

/**
 * Adds the four service levels at answer time t to a metrics object, when t was given
 * (internal: shared by the Erlang C and Erlang A builders).
 */
export function setServiceLevels(
  m: QueueMetrics,
  answerTime: number | undefined,
  levels: readonly [number, number, number, number],
): QueueMetrics {
  if (answerTime !== undefined) {
    const w = m as { -readonly [K in keyof QueueMetrics]: QueueMetrics[K] };
    w.answerTime = answerTime;
    [w.serviceLevel, w.offeredServiceLevel, w.serviceLevelOfAnswered, w.serviceLevelExcludingShortAbandons] = levels;
  }
  return m;
}

/**
 * {@link QueueMetrics} when an answer time was given: the four service levels are present.
 * What {@link analyze} returns for `{ answerTime }`.
 */
export interface QueueMetricsWithServiceLevels extends QueueMetrics {
  readonly answerTime: number;
  readonly serviceLevel: number;
  readonly offeredServiceLevel: number;
  readonly serviceLevelOfAnswered: number;
  readonly serviceLevelExcludingShortAbandons: number;
}
