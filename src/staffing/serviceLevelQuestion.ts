import { type ServiceLevelQuestion, WALK_MAX_LOAD } from './agentSearch/serviceLevelWalk.js';

/**
 * The question of a {@link requiredAgents} call when it is the everyday one: an Erlang C demand
 * (no patience, or `Infinity`) of at most {@link WALK_MAX_LOAD} Erlangs with calls, a service level
 * and an answer time alone (definition omitted or `'serviceLevel'`), options omitted or valid;
 * recognised with a few comparisons and no strings. `undefined` for anything else: the full checks
 * then run, and throw or take the general search. Never rejects input itself. @internal
 */
export function serviceLevelQuestion(demand: unknown, target: unknown, options: unknown): ServiceLevelQuestion | undefined {
  if (!isRecord(demand) || !isRecord(target) || !(options === undefined || isRecord(options))) return undefined;
  const { arrivalRate, handleTime, patience } = demand;
  const { serviceLevel, answerTime } = target;
  // the defaults of RequiredAgentsOptions where a field is undefined (null is the checks' to refuse)
  const maxAgents = options === undefined || options.maxAgents === undefined ? 1e9 : options.maxAgents;
  const fractionalTolerance = options === undefined || options.fractionalTolerance === undefined ? 1e-9 : options.fractionalTolerance;
  if (
    typeof arrivalRate !== 'number' ||
    typeof handleTime !== 'number' ||
    typeof serviceLevel !== 'number' ||
    typeof answerTime !== 'number' ||
    typeof maxAgents !== 'number' ||
    typeof fractionalTolerance !== 'number' ||
    !(arrivalRate * handleTime > 0 && arrivalRate * handleTime <= WALK_MAX_LOAD) ||
    !(arrivalRate < Infinity && handleTime > 0 && handleTime < Infinity) ||
    !(serviceLevel >= 0 && serviceLevel < 1 && answerTime >= 0 && answerTime < Infinity) ||
    !(Number.isInteger(maxAgents) && maxAgents >= 1 && fractionalTolerance > 0) ||
    !(patience === undefined || patience === Infinity) ||
    !(target.serviceLevelDefinition === undefined || target.serviceLevelDefinition === 'serviceLevel') ||
    target.asa !== undefined ||
    target.maxAbandon !== undefined ||
    target.maxOccupancy !== undefined ||
    target.maxProbWait !== undefined
  ) {
    return undefined;
  }
  return { arrivalRate, handleTime, serviceLevel, answerTime, maxAgents, fractionalTolerance };
}

/** What the checks accept as an object argument: not null, not an array. */
function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
