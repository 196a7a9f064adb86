import { plainObject } from '../../math/checks.js';
import { QueueInputError } from '../../math/QueueInputError.js';
import type { CallId } from './QueueEvent.js';

/** A number as a snapshot writes it exactly: itself when finite, else `'NaN'`, `'Infinity'` or `'-Infinity'` (JSON has none of them). */
export type ExactNumber = number | 'NaN' | 'Infinity' | '-Infinity';

/** `x` as {@link ExactNumber}: learned sums that overflowed or went NaN restore as they were. */
export function exactNumber(x: number): ExactNumber {
  return Number.isFinite(x) ? x : (String(x) as ExactNumber);
}

const NON_FINITE: Readonly<Record<string, number>> = { NaN: Number.NaN, Infinity: Infinity, '-Infinity': -Infinity };

/**
 * Reads one part of a snapshot's state, checking each field and naming it in the error
 * (`snapshot.state.<part>.<field>`); each part of the tracker restores itself through one.
 */
export class SnapshotFields {
  /** The fields' object, read through {@link SnapshotFields.get} and {@link SnapshotFields.array}. */
  readonly fields: Record<string, unknown>;
  private readonly path: string;

  constructor(path: string, value: unknown) {
    this.path = path;
    this.fields = plainObject(path, value);
  }

  /** The part `name` (an object; `value` when given, else field `name`) of these fields. */
  part(name: string, value: unknown = this.fields[name]): SnapshotFields {
    return new SnapshotFields(`${this.path}.${name}`, value);
  }

  /** The error for field `name` holding `value`, expected `expected`. */
  error(name: string, value: unknown, expected: string): QueueInputError {
    return new QueueInputError(`${this.path}.${name}`, value, expected);
  }

  /** `value` checked as a number in [min, max] (an integer when `integer`). */
  number(name: string, value: unknown, min: number, max: number, integer = false): number {
    if (typeof value !== 'number' || !(value >= min && value <= max) || (integer && !Number.isInteger(value))) {
      throw this.error(name, value, `${integer ? 'an integer' : 'a number'} from ${min} to ${max}`);
    }
    return value;
  }

  /** Field `name` checked as a number in [min, max]. */
  get(name: string, min: number, max: number, integer = false): number {
    return this.number(name, this.fields[name], min, max, integer);
  }

  /** `value` as written by {@link exactNumber}. */
  exact(name: string, value: unknown): number {
    if (typeof value === 'number') return value;
    if (typeof value === 'string' && Object.hasOwn(NON_FINITE, value)) return NON_FINITE[value] as number;
    throw this.error(name, value, "a number, 'NaN', 'Infinity' or '-Infinity'");
  }

  /** `value` (field `name` when omitted) checked as an array (of `length` entries when given). */
  array(name: string, value: unknown = this.fields[name], length?: number): unknown[] {
    if (!Array.isArray(value) || (length !== undefined && value.length !== length)) {
      throw this.error(name, value, length === undefined ? 'an array' : `an array of ${length}`);
    }
    return value;
  }

  /** `value` checked as a call or agent id. */
  id(name: string, value: unknown): CallId {
    if (!(typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)))) {
      throw this.error(name, value, 'a string or a finite number');
    }
    return value;
  }
}
