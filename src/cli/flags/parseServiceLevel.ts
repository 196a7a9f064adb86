import { UsageError } from '../UsageError.js';
import { parseDurationSeconds } from './parseDuration.js';

/** A service-level target: `serviceLevel` of calls answered within `answerTime` seconds. */
export interface ServiceLevelTarget {
  /** Fraction in (0, 1]. */
  serviceLevel: number;
  /** Seconds. */
  answerTime: number;
}

/**
 * Parses a service-level target `80/20` (80% within 20 s), `80%/20s`, `0.8/20` or `90/1m`.
 * The left side is a percentage (a bare number above 1 means percent, as planners write it)
 * or a fraction; the right side a duration (bare number = seconds).
 */
export function serviceLevelFlag(flag: string, text: string): ServiceLevelTarget {
  const m = /^\s*([^/]+)\/([^/]+)\s*$/.exec(text);
  const fail = (): never => {
    throw new UsageError(
      `--${flag}: expected a service-level target such as 80/20 (80% answered within 20 s) or 90%/1m, got ${JSON.stringify(text)}`,
    );
  };
  if (!m) return fail();
  const left = (m[1] ?? '').trim().replace(/%$/, '');
  if (!/^(\d+(?:\.\d+)?|\.\d+)$/.test(left)) return fail();
  let sl = Number(left);
  if ((m[1] ?? '').trim().endsWith('%') || sl > 1) sl /= 100;
  const t = parseDurationSeconds(m[2] ?? '') ?? fail();
  if (!(sl > 0 && sl <= 1)) return fail();
  if (sl === 1) {
    throw new UsageError(`--${flag}: a service level of 100% is never met (some callers always wait); use e.g. 99/${(m[2] ?? '').trim()}`);
  }
  return { serviceLevel: sl, answerTime: t };
}
