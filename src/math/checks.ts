import { QueueInputError } from './QueueInputError.js';

/**
 * Input checks used once at the public boundary (inner kernels assume checked input).
 * Each returns the value, typed as a number, or throws a {@link QueueInputError}.
 */

/** A finite number ≥ 0. */
export function nonNegative(parameter: string, value: unknown): number {
  if (typeof value !== 'number' || !(value >= 0) || value === Infinity) {
    throw new QueueInputError(parameter, value, 'a finite number ≥ 0');
  }
  return value;
}

/** A finite number > 0. */
export function positive(parameter: string, value: unknown): number {
  if (typeof value !== 'number' || !(value > 0) || value === Infinity) {
    throw new QueueInputError(parameter, value, 'a finite number > 0');
  }
  return value;
}

/** A number > 0, where `Infinity` is allowed (e.g. patience: never hangs up). */
export function positiveOrInfinite(parameter: string, value: unknown): number {
  if (typeof value !== 'number' || !(value > 0)) {
    throw new QueueInputError(parameter, value, 'a number > 0 (Infinity allowed)');
  }
  return value;
}

/** A non-negative integer (finite). */
export function nonNegativeInteger(parameter: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new QueueInputError(parameter, value, 'a non-negative integer');
  }
  return value;
}

/** A probability strictly between 0 and 1. */
export function openUnit(parameter: string, value: unknown): number {
  if (typeof value !== 'number' || !(value > 0 && value < 1)) {
    throw new QueueInputError(parameter, value, 'a number strictly between 0 and 1');
  }
  return value;
}

/** A fraction in [0, 1]. */
export function unitInterval(parameter: string, value: unknown): number {
  if (typeof value !== 'number' || !(value >= 0 && value <= 1)) {
    throw new QueueInputError(parameter, value, 'a number between 0 and 1');
  }
  return value;
}

/** A plain object (not null, not an array). */
export function plainObject(parameter: string, value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new QueueInputError(parameter, value, 'an object');
  }
  return value as Record<string, unknown>;
}

/** An options argument: omitted (`undefined`, read as `{}`) or a plain object; `null` and numbers are refused. */
export function optionsObject(value: unknown, parameter = 'options'): Record<string, unknown> {
  return value === undefined ? {} : plainObject(parameter, value);
}

/** An optional list of strings: omitted (`undefined`, read as `[]`) or an array of strings. */
export function stringList(parameter: string, value: unknown): readonly string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
    throw new QueueInputError(parameter, value, 'an array of strings');
  }
  return value;
}
