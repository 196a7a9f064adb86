import { UsageError } from '../UsageError.js';

/**
 * Parses a fraction written as a percentage (`30%`, `12.5%`) or a fraction (`0.3`).
 * A bare number above 1 is refused (is `30` 30% or 3000%?). Returns `undefined` when not valid.
 */
export function parseFraction(text: string): number | undefined {
  const s = text.trim();
  const percent = /^(\d+(?:\.\d+)?|\.\d+)\s*%$/.exec(s);
  if (percent) {
    const v = Number(percent[1]) / 100;
    return v <= 1 ? v : undefined;
  }
  if (!/^(\d+(?:\.\d+)?|\.\d+)$/.test(s)) return undefined;
  const v = Number(s);
  return v <= 1 ? v : undefined;
}

/** Parses the fraction value of a flag, or throws a {@link UsageError} naming the flag. */
export function fractionFlag(flag: string, text: string, options: { below1?: boolean } = {}): number {
  const v = parseFraction(text);
  if (v === undefined || (options.below1 === true && v >= 1)) {
    throw new UsageError(
      `--${flag}: expected a percentage such as 30% or a fraction such as 0.3${options.below1 === true ? ' (below 100%)' : ''}, got ${JSON.stringify(text)}`,
    );
  }
  return v;
}
