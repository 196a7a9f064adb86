import { nonNegative, nonNegativeInteger, plainObject, positive } from '../math/checks.js';
import { QueueInputError } from '../math/QueueInputError.js';
import type { Distribution } from './Distribution.js';

/** Largest coefficient of variation accepted for gamma and log-normal distributions. */
export const MAX_CV = 100;
/** Most values accepted in an empirical distribution. */
export const MAX_EMPIRICAL_VALUES = 10_000_000;

/** A distribution after the boundary check: a private copy with its mean. */
export type CheckedDistribution =
  | { kind: 'exponential'; mean: number }
  | { kind: 'deterministic'; mean: number }
  | { kind: 'gamma'; mean: number; cv: number }
  | { kind: 'lognormal'; mean: number; cv: number }
  | { kind: 'empirical'; mean: number; values: Float64Array };

/**
 * Checks a {@link Distribution} (or a plain mean, meaning exponential) once at the public
 * boundary and returns a private copy; `erlang` becomes `gamma` with CV = 1/√phases.
 * @throws {QueueInputError} naming the field: non-positive or non-finite means, CV < 0 or above
 *   {@link MAX_CV}, phases not a positive integer, empty or negative empirical samples
 */
export function checkDistribution(name: string, value: unknown): CheckedDistribution {
  if (typeof value === 'number') return { kind: 'exponential', mean: positive(name, value) };
  const d = plainObject(name, value);
  const cv = (): number => {
    const c = nonNegative(`${name}.cv`, d.cv);
    if (c > MAX_CV) throw new QueueInputError(`${name}.cv`, c, `a number between 0 and ${MAX_CV}`);
    return c;
  };
  switch (d.kind) {
    case 'exponential':
    case 'deterministic':
      return { kind: d.kind, mean: positive(`${name}.mean`, d.mean) };
    case 'gamma':
    case 'lognormal':
      return { kind: d.kind, mean: positive(`${name}.mean`, d.mean), cv: cv() };
    case 'erlang': {
      const mean = positive(`${name}.mean`, d.mean);
      const k = nonNegativeInteger(`${name}.phases`, d.phases);
      if (k === 0) throw new QueueInputError(`${name}.phases`, k, 'a positive integer');
      return { kind: 'gamma', mean, cv: 1 / Math.sqrt(k) };
    }
    case 'empirical': {
      const v = d.values;
      if (!Array.isArray(v) || v.length === 0 || v.length > MAX_EMPIRICAL_VALUES) {
        throw new QueueInputError(`${name}.values`, v, `a non-empty array of at most ${MAX_EMPIRICAL_VALUES} numbers ≥ 0`);
      }
      const values = new Float64Array(v.length);
      let sum = 0;
      for (let i = 0; i < v.length; i++) {
        values[i] = nonNegative(`${name}.values[${i}]`, v[i]);
        sum += values[i] as number;
      }
      if (!(sum > 0)) throw new QueueInputError(`${name}.values`, v, 'at least one value > 0 (the mean must be positive)');
      return { kind: 'empirical', mean: sum / v.length, values };
    }
    default:
      throw new QueueInputError(
        `${name}.kind`,
        d.kind,
        "one of 'exponential', 'deterministic', 'gamma', 'erlang', 'lognormal', 'empirical'",
      );
  }
}
