import { nonNegative, plainObject, positive, unitInterval } from '../math/checks.js';
import { QueueInputError } from '../math/QueueInputError.js';

/**
 * Checks one row of a call history (`callHistory(...).intervals[i]`, or a row built by hand) where
 * a history is taken as input: an object whose start is a finite number, whose length is > 0,
 * whose counts, waits and rates are finite and ≥ 0, whose fractions are in [0, 1], whose handle
 * time is absent or finite and ≥ 0, and whose patience is ≥ 0 (`Infinity` allowed). Throws a
 * {@link QueueInputError} naming `parameter` and the field. Internal to the history's consumers.
 */
export function checkHistoryRow(row: unknown, parameter: string): void {
  const r = plainObject(parameter, row);
  if (typeof r.start !== 'number' || !Number.isFinite(r.start)) throw new QueueInputError(`${parameter}.start`, r.start, 'a finite number');
  positive(`${parameter}.length`, r.length);
  for (const field of ['offered', 'abandoned', 'meanWait', 'arrivalRate'] as const) nonNegative(`${parameter}.${field}`, r[field]);
  for (const field of ['probAbandon', 'probWait'] as const) unitInterval(`${parameter}.${field}`, r[field]);
  if (r.handleTime !== undefined) nonNegative(`${parameter}.handleTime`, r.handleTime);
  if (typeof r.patience !== 'number' || !(r.patience >= 0)) {
    throw new QueueInputError(`${parameter}.patience`, r.patience, 'a number ≥ 0 (Infinity allowed)');
  }
}
