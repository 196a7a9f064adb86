import { type ServiceLevelQuestion, WALK_MAX_LOAD } from './agentSearch/serviceLevelWalk.js';

/**
 * The question of a {@link requiredAgents} call when it is the everyday one: an Erlang C demand
 * (no patience, or `Infinity`) of at most {@link WALK_MAX_LOAD} Erlangs with calls, a service level
 * and an answer time alone (no definition), without options;
 * recognised with a few comparisons and no strings. `undefined` for anything else: the full checks
 * then run, and throw or take the general search. Never rejects input itself. @internal
 */
export function serviceLevelQuestion(demand: unknown, target: unknown): ServiceLevelQuestion | undefined {
  // objects as the checks accept them: not null, not arrays
  if (typeof demand !== 'object' || demand === null || Array.isArray(demand)) return undefined;
  if (typeof target !== 'object' || target === null || Array.isArray(target)) return undefined;
  const { arrivalRate, handleTime, patience } = demand as Record<string, unknown>;
  const t = target as Record<string, unknown>;
  const { serviceLevel, answerTime } = t;
  if (
    typeof arrivalRate !== 'number' ||
    typeof handleTime !== 'number' ||
    typeof serviceLevel !== 'number' ||
    typeof answerTime !== 'number' ||
    // with handleTime > 0, a load in (0, WALK_MAX_LOAD] has both factors positive and finite
    !(handleTime > 0 && arrivalRate * handleTime > 0 && arrivalRate * handleTime <= WALK_MAX_LOAD) ||
    !(serviceLevel >= 0 && serviceLevel < 1 && answerTime >= 0 && answerTime < Infinity) ||
    !(patience === undefined || patience === Infinity) ||
    t.serviceLevelDefinition !== undefined ||
    t.asa !== undefined ||
    t.maxAbandon !== undefined ||
    t.maxOccupancy !== undefined ||
    t.maxProbWait !== undefined
  ) {
    return undefined;
  }
  return { arrivalRate, handleTime, serviceLevel, answerTime };
}
