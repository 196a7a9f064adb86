import { QueueInputError } from '../../index.js';
import type { ForecastInterval } from '../readers/ForecastInterval.js';
import { flagFor, TARGET_PARAMETER_FLAGS, usageErrorFor } from './libraryError.js';

/**
 * Rethrows a library error about the target or an interval as a UsageError naming the flag, or
 * the file's line: `line` when given, else the line of `rows[k]` for an error about `intervals[k]`.
 */
export function asUsageError(e: unknown, file: string, rows: readonly ForecastInterval[], line?: number): never {
  if (e instanceof QueueInputError) {
    const flag = flagFor(e.parameter, TARGET_PARAMETER_FLAGS);
    if (line !== undefined && flag === undefined) throw usageErrorFor(`${file}:${line}`, e);
    const m = /^intervals\[(\d+)\](?:\.(\w+))?/.exec(e.parameter);
    if (m) throw usageErrorFor(`${file}:${rows[Number(m[1])]?.line ?? '?'}${m[2] === undefined ? '' : ` (${m[2]})`}`, e);
    if (flag !== undefined) throw usageErrorFor(flag, e);
  }
  throw e;
}
