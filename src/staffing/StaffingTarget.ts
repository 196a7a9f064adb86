import { fractionExcluding, nonNegative, plainObject, positive, positiveOrInfinite } from '../math/checks.js';
import { QueueInputError } from '../math/QueueInputError.js';

/** Which of the service-level definitions of the README ("Definitions") a target refers to. */
export type ServiceLevelDefinition =
  | 'serviceLevel'
  | 'offeredServiceLevel'
  | 'serviceLevelOfAnswered'
  | 'serviceLevelExcludingShortAbandons';

/**
 * What a team must achieve; any combination of the fields, at least one. Every constraint gets
 * easier as agents are added, so the fewest agents meeting all of them is well defined.
 */
export interface StaffingTarget {
  /**
   * Minimum service level, a fraction in [0, 1) of calls answered within `answerTime`
   * ("80% in 20 s": `serviceLevel: 0.8, answerTime: 20`). Needs `answerTime`.
   * @defaultValue undefined (no service-level constraint)
   */
  serviceLevel?: number;
  /**
   * Answer time t in seconds (≥ 0) of the service-level constraint.
   * @defaultValue undefined (required with `serviceLevel`)
   */
  answerTime?: number;
  /**
   * Which service-level definition `serviceLevel` means (they differ under abandonment).
   * @defaultValue `'serviceLevel'` (answered within t over all offered calls, the strictest)
   */
  serviceLevelDefinition?: ServiceLevelDefinition;
  /**
   * Maximum average speed of answer (mean wait of answered calls), seconds (> 0).
   * @defaultValue undefined (no constraint)
   */
  asa?: number;
  /**
   * Maximum fraction of callers who hang up, in (0, 1] (Erlang A only; always 0 for Erlang C).
   * @defaultValue undefined (no constraint)
   */
  maxAbandon?: number;
  /**
   * Maximum occupancy (carried load per agent), in (0, 1].
   * @defaultValue undefined (no constraint)
   */
  maxOccupancy?: number;
  /**
   * Maximum probability that a caller waits at all, in (0, 1].
   * @defaultValue undefined (no constraint)
   */
  maxProbWait?: number;
}

/** A constraint of a {@link StaffingTarget} by name. */
export type StaffingConstraint = 'serviceLevel' | 'asa' | 'maxAbandon' | 'maxOccupancy' | 'maxProbWait';

/** A target after the boundary check (NaN = constraint absent). @internal */
export interface CheckedTarget {
  serviceLevel: number;
  answerTime: number;
  definition: ServiceLevelDefinition;
  asa: number;
  maxAbandon: number;
  maxOccupancy: number;
  maxProbWait: number;
}

/** A checked demand: patience is Infinity for Erlang C. @internal */
export interface CheckedDemand {
  arrivalRate: number;
  handleTime: number;
  patience: number;
}

const DEFINITIONS: readonly string[] = [
  'serviceLevel',
  'offeredServiceLevel',
  'serviceLevelOfAnswered',
  'serviceLevelExcludingShortAbandons',
];

/** Checks a {@link Demand} once at the public boundary. @internal */
export function checkDemand(demand: unknown, name = 'demand'): CheckedDemand {
  const d = plainObject(name, demand);
  return {
    arrivalRate: nonNegative(`${name}.arrivalRate`, d.arrivalRate),
    handleTime: positive(`${name}.handleTime`, d.handleTime),
    patience: d.patience === undefined ? Infinity : positiveOrInfinite(`${name}.patience`, d.patience),
  };
}

/**
 * Checks a {@link StaffingTarget} once, rejecting targets no number of agents can meet (a
 * service level of 1, an ASA of 0, no abandonment at all) with the reason. @internal
 */
export function checkTarget(target: unknown, name = 'target'): CheckedTarget {
  const t = plainObject(name, target);
  const has = (k: string): boolean => t[k] !== undefined;
  const out: CheckedTarget = {
    serviceLevel: Number.NaN,
    answerTime: Number.NaN,
    definition: 'serviceLevel',
    asa: Number.NaN,
    maxAbandon: Number.NaN,
    maxOccupancy: Number.NaN,
    maxProbWait: Number.NaN,
  };
  if (has('serviceLevel')) {
    out.serviceLevel = fractionExcluding(
      1,
      `${name}.serviceLevel`,
      t.serviceLevel,
      'a fraction in [0, 1) (a service level of 1 is never met: some callers always wait)',
      'infeasible-target',
    );
    if (!has('answerTime')) {
      throw new QueueInputError(`${name}.answerTime`, t.answerTime, 'a number of seconds ≥ 0 when serviceLevel is given');
    }
  }
  if (has('answerTime')) out.answerTime = nonNegative(`${name}.answerTime`, t.answerTime);
  if (has('serviceLevelDefinition')) {
    if (!DEFINITIONS.includes(t.serviceLevelDefinition as string)) {
      throw new QueueInputError(`${name}.serviceLevelDefinition`, t.serviceLevelDefinition, `one of ${DEFINITIONS.join(', ')}`);
    }
    out.definition = t.serviceLevelDefinition as ServiceLevelDefinition;
  }
  if (has('asa')) {
    if (t.asa === 0) throw new QueueInputError(`${name}.asa`, 0, 'a finite number > 0 (an ASA of 0 is never met)', 'infeasible-target');
    out.asa = positive(`${name}.asa`, t.asa);
  }
  if (has('maxAbandon')) {
    out.maxAbandon = fractionExcluding(
      0,
      `${name}.maxAbandon`,
      t.maxAbandon,
      'a fraction in (0, 1] (some callers always hang up)',
      'infeasible-target',
    );
  }
  if (has('maxOccupancy')) {
    out.maxOccupancy = fractionExcluding(
      0,
      `${name}.maxOccupancy`,
      t.maxOccupancy,
      'a fraction in (0, 1] (agents with calls are never idle all the time)',
      'infeasible-target',
    );
  }
  if (has('maxProbWait')) {
    out.maxProbWait = fractionExcluding(
      0,
      `${name}.maxProbWait`,
      t.maxProbWait,
      'a fraction in (0, 1] (some callers always wait)',
      'infeasible-target',
    );
  }
  if (
    Number.isNaN(out.serviceLevel) &&
    Number.isNaN(out.asa) &&
    Number.isNaN(out.maxAbandon) &&
    Number.isNaN(out.maxOccupancy) &&
    Number.isNaN(out.maxProbWait)
  ) {
    throw new QueueInputError(name, target, 'at least one of serviceLevel, asa, maxAbandon, maxOccupancy, maxProbWait');
  }
  return out;
}
