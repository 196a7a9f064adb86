import { UsageError } from '../UsageError.js';

const NUMBER = /^[+-]?(\d+(?:\.\d+)?|\.\d+)(?:e[+-]?\d+)?$/i;

/** Parses a non-negative number flag (`--calls 1200`), or throws a {@link UsageError} naming it. */
export function numberFlag(flag: string, text: string, options: { integer?: boolean; positive?: boolean } = {}): number {
  const s = text.trim().replace(/_/g, '');
  const v = NUMBER.test(s) ? Number(s) : NaN;
  const integer = options.integer === true;
  const positive = options.positive === true;
  if (!Number.isFinite(v) || v < 0 || (positive && v === 0) || (integer && !Number.isInteger(v))) {
    const what = `${positive ? 'a positive' : 'a non-negative'} ${integer ? 'integer' : 'number'}`;
    throw new UsageError(`--${flag}: expected ${what}, got ${JSON.stringify(text)}`);
  }
  return v;
}

/** Parses an inclusive integer range `35..50` (also `35-50`), or throws naming the flag. */
export function rangeFlag(flag: string, text: string, maxSpan = 100_000): { from: number; to: number } {
  const m = /^\s*(\d+)\s*(?:\.\.|-|:)\s*(\d+)\s*$/.exec(text);
  const from = m ? Number(m[1]) : NaN;
  const to = m ? Number(m[2]) : NaN;
  if (!m || !(from <= to) || to - from > maxSpan) {
    throw new UsageError(
      `--${flag}: expected an agent range such as 35..50 (low..high, at most ${maxSpan} apart), got ${JSON.stringify(text)}`,
    );
  }
  return { from, to };
}
