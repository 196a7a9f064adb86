/**
 * Reads one time cell of a call log as seconds, or `undefined` when the text is not a time.
 * Internal to the call-log readers. Accepted, all read as the wall clock written:
 * - a finite number (`1696150800`, `12.5`): seconds on the log's own clock (for example Unix time;
 *   `1e999` is not a time);
 * - an ISO-8601 date-time (`2026-12-03T08:00:05`, `2026-12-03 08:00:05.250`, or a one-digit hour
 *   as spreadsheets write it, `2026-12-03 8:00`): seconds since
 *   1970-01-01 with the time written read as UTC; a trailing `Z` or offset (`+02:00`) is ignored,
 *   so the hour of day stays the centre's own, as the log wrote it;
 * - a time of day (`8:00:05`, `08:00`): seconds after `midnight` (0 when the log has no date).
 */
export function parseTimestamp(text: string, midnight = 0): number | undefined {
  const s = text.trim();
  if (s === '') return undefined;
  if (s.length === 19) {
    const fast = isoSeconds(s);
    if (fast !== undefined) return fast;
  }
  if (/^[+-]?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(s)) {
    const seconds = Number(s);
    return Number.isFinite(seconds) ? seconds : undefined;
  }
  const clock = /^(\d{1,2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?$/.exec(s);
  if (clock) {
    const [hours, minutes, seconds] = [Number(clock[1]), Number(clock[2]), Number(clock[3] ?? 0)];
    if (minutes > 59 || seconds >= 61) return undefined;
    return midnight + hours * 3600 + minutes * 60 + seconds;
  }
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?$/i.exec(s);
  if (!iso) return undefined;
  const [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  const [hours, minutes, seconds] = [Number(iso[4] ?? 0), Number(iso[5] ?? 0), Number(iso[6] ?? 0)];
  if (month < 1 || month > 12 || day < 1 || !dayExists(year, month, day) || hours > 24 || minutes > 59 || seconds >= 61) return undefined;
  return Date.UTC(year, month - 1, day) / 1000 + hours * 3600 + minutes * 60 + seconds;
}

/** Seconds at midnight of a date cell (`2026-12-03`, `20261203` or `261203`), or `undefined`. */
export function parseDate(text: string): number | undefined {
  const s = text.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  const short = iso ? undefined : /^(\d{2})(\d{2})(\d{2})$/.exec(s);
  const parts = iso ?? short;
  if (!parts) return undefined;
  let year = Number(parts[1]);
  if (short) year += year < 70 ? 2000 : 1900;
  const [month, day] = [Number(parts[2]), Number(parts[3])];
  if (month < 1 || month > 12 || day < 1 || !dayExists(year, month, day)) return undefined;
  return Date.UTC(year, month - 1, day) / 1000;
}

/** Whether day `day` (1–31) exists in month `month` (1–12) of `year`: 1999-02-30 does not (it is not 2 March). */
function dayExists(year: number, month: number, day: number): boolean {
  return day <= 28 || new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day;
}

/** Two decimal digits of `s` at `i`, or −1. */
function twoDigits(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/** Fast path for the commonest form, `YYYY-MM-DDTHH:MM:SS` (or a space for `T`); `undefined` otherwise. */
function isoSeconds(s: string): number | undefined {
  const t = s.charCodeAt(10);
  if (s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || (t !== 84 && t !== 32) || s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58)
    return undefined;
  const century = twoDigits(s, 0);
  const twoDigitYear = twoDigits(s, 2);
  const month = twoDigits(s, 5);
  const day = twoDigits(s, 8);
  const hours = twoDigits(s, 11);
  const minutes = twoDigits(s, 14);
  const seconds = twoDigits(s, 17);
  if (
    century < 0 ||
    twoDigitYear < 0 ||
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > 31 ||
    hours < 0 ||
    hours > 24 ||
    minutes < 0 ||
    minutes > 59 ||
    seconds < 0 ||
    seconds > 60 ||
    !dayExists(century * 100 + twoDigitYear, month, day)
  ) {
    return undefined;
  }
  return Date.UTC(century * 100 + twoDigitYear, month - 1, day) / 1000 + hours * 3600 + minutes * 60 + seconds;
}
