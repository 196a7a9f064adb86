import { booleanFlag, nonNegative, nonNegativeInteger, plainObject, positive, safeInteger } from '../math/checks.js';
import { QueueInputError } from '../math/QueueInputError.js';
import type { CentreEvent } from './CentreEvent.js';
import { checkDistribution } from './checkDistribution.js';
import { checkPatience, checkSimAgents } from './checkSimCommon.js';
import { makeSampler } from './makeSampler.js';
import { checkBudget, hardStop } from './simBudget.js';
import { Xoshiro128 } from './Xoshiro128.js';

/** Most queues, and most agent groups, one simulated centre may have. */
const MAX_QUEUES = 1000;

/** A centre after the boundary check, ready for `runCentre`. Internal. */
export interface CentreRun {
  rng: Xoshiro128;
  seed: number;
  /** Queue names, in the scenario's order. */
  queueNames: string[];
  /** λ of all queues together (calls/s). */
  totalRate: number;
  /** Cumulative shares of the arrival rates (the last is 1): the queue of an arrival. */
  cumulativeShare: Float64Array;
  handle: (() => number)[];
  /** null: that queue's callers never hang up. */
  patience: ((() => number) | null)[];
  groupNames: string[];
  counts: number[];
  /** Per group, the queues it serves by penalty level, lowest penalty first. */
  levels: number[][][];
  /** Per queue, the groups (with agents) that serve it, in the order a new caller tries them. */
  candidates: number[][];
  warmUpTime: number;
  /** End of the run: warm-up + duration (s). */
  endTime: number;
  /** The answer time of the service level (−1: none). */
  answerTime: number;
  wantRecords: boolean;
  onEvent: ((event: CentreEvent) => void) | null;
  /** Hard stop on calls simulated (never reached by a valid budget). */
  maxCalls: number;
}

/** An array of 1 to {@link MAX_QUEUES} items, else a `QueueInputError` naming it. */
function nonEmptyList(name: string, value: unknown, what: string): unknown[] {
  if (!Array.isArray(value) || value.length === 0 || value.length > MAX_QUEUES) {
    throw new QueueInputError(name, value, `a non-empty array of at most ${MAX_QUEUES} ${what}`);
  }
  return value;
}

/** A name: a non-empty string not used before in `seen`. */
function uniqueName(name: string, value: unknown, seen: ReadonlySet<string>): string {
  if (typeof value !== 'string' || value.length === 0) throw new QueueInputError(name, value, 'a non-empty string');
  if (seen.has(value)) throw new QueueInputError(name, value, 'a name not used before');
  return value;
}

/**
 * Checks a {@link CentreScenario} and {@link SimulateCentreOptions} once at the public boundary
 * and builds the routing tables: per group its queues by penalty level, per queue the groups a
 * new caller tries (lowest penalty for that queue first, then the group serving fewest queues,
 * then the scenario's order). Internal: the boundary check of `simulateCentre`.
 */
export function checkCentre(scenarioValue: unknown, optionsValue: unknown): CentreRun {
  const scenario = plainObject('scenario', scenarioValue);
  const options = plainObject('options', optionsValue);
  const seed = options.seed === undefined ? 1 : safeInteger('options.seed', options.seed);
  const rng = new Xoshiro128(seed);
  const queues = nonEmptyList('scenario.queues', scenario.queues, 'queues');
  const queueNames: string[] = [];
  const rates: number[] = [];
  const handle: (() => number)[] = [];
  const patience: ((() => number) | null)[] = [];
  queues.forEach((value, q) => {
    const queue = plainObject(`scenario.queues[${q}]`, value);
    queueNames.push(uniqueName(`scenario.queues[${q}].name`, queue.name, new Set(queueNames)));
    rates.push(nonNegative(`scenario.queues[${q}].arrivalRate`, queue.arrivalRate));
    handle.push(makeSampler(checkDistribution(`scenario.queues[${q}].handleTime`, queue.handleTime), rng));
    const tau = checkPatience(`scenario.queues[${q}].patience`, queue.patience);
    patience.push(tau === null ? null : makeSampler(tau, rng));
  });
  const groups = nonEmptyList('scenario.agents', scenario.agents, 'agent groups');
  const groupNames: string[] = [];
  const counts: number[] = [];
  const penalties: Map<number, number>[] = [];
  groups.forEach((value, g) => {
    const group = plainObject(`scenario.agents[${g}]`, value);
    const name = group.name === undefined ? `g${g}` : group.name;
    groupNames.push(uniqueName(`scenario.agents[${g}].name`, name, new Set(groupNames)));
    counts.push(checkSimAgents(`scenario.agents[${g}].count`, group.count));
    penalties.push(checkSkills(`scenario.agents[${g}].serves`, group.serves, queueNames));
  });
  checkSimAgents(
    'scenario.agents (all groups)',
    counts.reduce((sum, count) => sum + count, 0),
  );
  const candidates = queueNames.map((queueName, q) => {
    const serving = penalties.flatMap((skills, g) => (skills.has(q) && (counts[g] as number) > 0 ? [g] : []));
    if (serving.length === 0) {
      throw new QueueInputError(`scenario.queues[${q}].name`, queueName, 'a queue that some agent serves (no group of agents names it)');
    }
    const key = (g: number): [number, number] => [
      (penalties[g] as Map<number, number>).get(q) as number,
      (penalties[g] as Map<number, number>).size,
    ];
    return serving.sort((a, b) => key(a)[0] - key(b)[0] || key(a)[1] - key(b)[1] || a - b);
  });
  const levels = penalties.map((skills) => {
    const distinct = [...new Set(skills.values())].sort((a, b) => a - b);
    return distinct.map((penalty) => [...skills].flatMap(([q, p]) => (p === penalty ? [q] : [])));
  });
  const totalRate = rates.reduce((sum, rate) => sum + rate, 0);
  const cumulativeShare = new Float64Array(rates.length);
  let running = 0;
  rates.forEach((rate, q) => {
    running += rate;
    cumulativeShare[q] = running / totalRate;
  });
  if (totalRate > 0) cumulativeShare[rates.length - 1] = 1;
  const duration = options.duration === undefined ? 86_400 : positive('options.duration', options.duration);
  const warmUpTime = options.warmUpTime === undefined ? duration / 10 : nonNegative('options.warmUpTime', options.warmUpTime);
  const answerTime = options.answerTime === undefined ? -1 : nonNegative('options.answerTime', options.answerTime);
  const wantRecords = options.records === undefined ? false : booleanFlag('options.records', options.records);
  if (options.onEvent !== undefined && typeof options.onEvent !== 'function') {
    throw new QueueInputError('options.onEvent', options.onEvent, 'a function');
  }
  const expected = totalRate * (warmUpTime + duration);
  checkBudget('options.duration', duration, expected, wantRecords);
  return {
    rng,
    seed,
    queueNames,
    totalRate,
    cumulativeShare,
    handle,
    patience,
    groupNames,
    counts,
    levels,
    candidates,
    warmUpTime,
    endTime: warmUpTime + duration,
    answerTime,
    wantRecords,
    onEvent: (options.onEvent as ((event: CentreEvent) => void) | undefined) ?? null,
    maxCalls: hardStop(expected),
  };
}

/** A group's `serves`: queue index → penalty, each queue named once. */
function checkSkills(name: string, value: unknown, queueNames: readonly string[]): Map<number, number> {
  const list = nonEmptyList(name, value, 'queue names or { queue, penalty }');
  const skills = new Map<number, number>();
  list.forEach((skill, j) => {
    const entry = typeof skill === 'string' ? { queue: skill } : plainObject(`${name}[${j}]`, skill);
    const field = typeof skill === 'string' ? `${name}[${j}]` : `${name}[${j}].queue`;
    const q = queueNames.indexOf(entry.queue as string);
    if (typeof entry.queue !== 'string' || q < 0) {
      throw new QueueInputError(field, entry.queue, `the name of a queue of scenario.queues (${queueNames.join(', ')})`);
    }
    if (skills.has(q)) throw new QueueInputError(field, entry.queue, 'a queue the group does not name twice');
    skills.set(q, entry.penalty === undefined ? 0 : nonNegativeInteger(`${name}[${j}].penalty`, entry.penalty));
  });
  return skills;
}
