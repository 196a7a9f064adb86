import { UsageError } from '../UsageError.js';

const UNIT_SECONDS: Record<string, number> = { h: 3600, m: 60, s: 1, ms: 0.001 };
const PART = /(\d+(?:\.\d+)?|\.\d+)(ms|h|m|s)/gy;
const CLOCK = /^(\d+):([0-5]?\d)(?::([0-5]?\d(?:\.\d+)?))?$/;
const NUMBER = /^(\d+(?:\.\d+)?|\.\d+)(?:e[+-]?\d+)?$/i;

/**
 * Parses a duration into seconds: `45s`, `4m30s`, `1h`, `1.5m`, `250ms` (each unit at most once,
 * largest first: `5m5m` is refused, not read as 10m), a clock `4:30` (m:ss) or
 * `1:02:03` (h:mm:ss), or a bare number in `bareUnit` seconds (default 1: seconds).
 * Returns `undefined` when the text is not a duration; the caller names the flag or cell.
 */
export function parseDurationSeconds(text: string, bareUnit = 1): number | undefined {
  const s = text.trim().toLowerCase();
  if (s === '') return undefined;
  if (NUMBER.test(s)) {
    const v = Number(s) * bareUnit;
    return Number.isFinite(v) ? v : undefined;
  }
  const clock = CLOCK.exec(s);
  if (clock) {
    const [, a, b, c] = clock;
    return c === undefined ? Number(a) * 60 + Number(b) : Number(a) * 3600 + Number(b) * 60 + Number(c);
  }
  let total = 0;
  let position = 0;
  let lastUnit = 0; // each unit once, largest first: 1h30m, not 30m1h or 5m5m
  PART.lastIndex = 0;
  for (let m = PART.exec(s); m !== null; m = PART.exec(s)) {
    const unit = UNIT_SECONDS[m[2] ?? 's'] ?? 1;
    if (lastUnit !== 0 && unit >= lastUnit) return undefined;
    lastUnit = unit;
    total += Number(m[1]) * unit;
    position = PART.lastIndex;
  }
  return position === s.length && position > 0 && Number.isFinite(total) ? total : undefined;
}

/**
 * Parses the duration value of a flag, or throws a {@link UsageError} naming the flag.
 * `positive` rejects zero.
 */
export function durationFlag(flag: string, text: string, positive = false): number {
  const v = parseDurationSeconds(text);
  if (v === undefined || (positive && v <= 0)) {
    throw new UsageError(
      `--${flag}: expected a ${positive ? 'positive ' : ''}duration such as 45s, 4m30s, 1h or 270 (seconds), got ${JSON.stringify(text)}`,
    );
  }
  return v;
}
