import { QueueInputError, type QueueInputErrorCode } from './QueueInputError.js';

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

/** A finite number > 0; `expected` words the error (e.g. with the unit). */
export function positive(parameter: string, value: unknown, expected = 'a finite number > 0'): number {
  if (typeof value !== 'number' || !(value > 0) || value === Infinity) {
    throw new QueueInputError(parameter, value, expected);
  }
  return value;
}

/** A number > 0, where `Infinity` is allowed (e.g. patience: never hangs up); `expected` words the error. */
export function positiveOrInfinite(parameter: string, value: unknown, expected = 'a number > 0 (Infinity allowed)'): number {
  if (typeof value !== 'number' || !(value > 0)) {
    throw new QueueInputError(parameter, value, expected);
  }
  return value;
}

/** A number ≥ 0, where `Infinity` is allowed (e.g. a wait limit: none); `expected` words the error. */
export function nonNegativeOrInfinite(parameter: string, value: unknown, expected = 'a number ≥ 0 (Infinity allowed)'): number {
  if (typeof value !== 'number' || !(value >= 0)) throw new QueueInputError(parameter, value, expected);
  return value;
}

/** Any number but NaN (±Infinity allowed), e.g. the argument of a distribution function; `expected` words the error. */
export function notNaN(parameter: string, value: unknown, expected = 'a number'): number {
  if (typeof value !== 'number' || Number.isNaN(value)) throw new QueueInputError(parameter, value, expected);
  return value;
}

/** A non-negative integer (finite). */
export function nonNegativeInteger(parameter: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new QueueInputError(parameter, value, 'a non-negative integer');
  }
  return value;
}

/** A probability strictly between 0 and 1, e.g. a quantile's level; `expected` words the error. */
export function openUnit(parameter: string, value: unknown, expected = 'a number strictly between 0 and 1'): number {
  if (typeof value !== 'number' || !(value > 0 && value < 1)) {
    throw new QueueInputError(parameter, value, expected);
  }
  return value;
}

/** A fraction in [0, 1]; `expected` words the error (e.g. 'a probability in [0, 1]'). */
export function unitInterval(parameter: string, value: unknown, expected = 'a number between 0 and 1'): number {
  if (typeof value !== 'number' || !(value >= 0 && value <= 1)) {
    throw new QueueInputError(parameter, value, expected);
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

/** A finite number of either sign (NaN and ±Infinity are refused), e.g. a time on the caller's clock. */
export function finite(parameter: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new QueueInputError(parameter, value, 'a finite number');
  return value;
}

/** An integer of either sign that a double holds exactly (|value| ≤ 2⁵³ − 1), e.g. a seed. */
export function safeInteger(parameter: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) throw new QueueInputError(parameter, value, 'a safe integer');
  return value;
}

/** An integer ≥ 1 (finite), e.g. a limit on agents; `expected` words the error. */
export function positiveInteger(parameter: string, value: unknown, expected = 'a positive integer'): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw new QueueInputError(parameter, value, expected);
  }
  return value;
}

/** An integer from `lo` to `hi`, both included, e.g. a number of batches or replications. */
export function integerInRange(parameter: string, value: unknown, lo: number, hi: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < lo || value > hi) {
    throw new QueueInputError(parameter, value, `an integer from ${lo} to ${hi}`);
  }
  return value;
}

/** `true` or `false` (no truthy stand-ins: `1`, `'yes'` and `null` are refused). */
export function booleanFlag(parameter: string, value: unknown): boolean {
  if (typeof value !== 'boolean') throw new QueueInputError(parameter, value, 'true or false');
  return value;
}

/**
 * A fraction in [0, 1] other than its excluded `end`: [0, 1) for a share that can never be whole
 * (shrinkage: agents always work some time; a service-level target: some callers always wait),
 * (0, 1] for a cap that cannot be zero (a maximum abandonment or occupancy). `expected` says why
 * the end is excluded; `endCode` is the error's code for exactly that end, a well-formed value no
 * answer can meet (`'infeasible-target'` for targets), while values outside [0, 1] are always
 * `'invalid-input'`.
 */
export function fractionExcluding(
  end: 0 | 1,
  parameter: string,
  value: unknown,
  expected: string = end === 1 ? 'a fraction in [0, 1)' : 'a fraction in (0, 1]',
  endCode: QueueInputErrorCode = 'invalid-input',
): number {
  if (typeof value !== 'number' || !(value >= 0 && value <= 1) || value === end) {
    throw new QueueInputError(parameter, value, expected, value === end ? endCode : 'invalid-input');
  }
  return value;
}

/**
 * A whole multiple of `unit` (a checked length > 0, in the same units): returns the number of
 * units, at least `least` (1: a positive multiple, so that stepping by it advances) and at most
 * `most` (bounds the work of a loop over them).
 */
export function wholeMultiple(parameter: string, value: unknown, unit: number, least: number, most: number = Infinity): number {
  const v = nonNegative(parameter, value);
  const count = Math.round(v / unit);
  const what = least > 0 ? 'a positive multiple' : 'a multiple';
  if (!(Math.abs(v / unit - count) <= 1e-9) || count < least) {
    throw new QueueInputError(parameter, value, `${what} of the interval length (${unit} s)`);
  }
  if (count > most) throw new QueueInputError(parameter, value, `${what} of the interval length (${unit} s), at most ${most} of them`);
  return count;
}

/** An optional list of strings: omitted (`undefined`, read as `[]`) or an array of strings. */
export function stringList(parameter: string, value: unknown): readonly string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
    throw new QueueInputError(parameter, value, 'an array of strings');
  }
  return value;
}
