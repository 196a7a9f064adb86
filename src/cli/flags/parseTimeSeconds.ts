/** Latest start in seconds since 1970 (the end of `Date`'s range). */
const MAX_START_SECONDS = 8.64e12;

const CLOCK = /^(\d{1,2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?$/;
/** A time of day on a later day of a file without dates, as `formatClock` writes it: `08:00 (+7d)`. */
const LATER_DAY = /^(\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*\(\+(\d{1,7})d\)$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

/** Whether a cell is a bare time of day (`08:30`, `23:59:30`), which wraps past midnight. */
export function isClockTime(text: string): boolean {
  return CLOCK.test(text);
}

let lastDay = '';
let lastDayStart = 0;

function digits(s: string, from: number, to: number): number {
  let v = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

/** Fast path for the common `YYYY-MM-DD HH:MM` / `YYYY-MM-DDTHH:MM` form; NaN when not that form. */
function fastDateTime(s: string): number {
  if (s.length !== 16 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(13) !== 58) return NaN;
  const separator = s.charCodeAt(10);
  if (separator !== 84 && separator !== 32) return NaN;
  const h = digits(s, 11, 13);
  const minute = digits(s, 14, 16);
  if (h < 0 || h > 24 || minute < 0 || minute > 59) return NaN;
  const day = s.slice(0, 10);
  if (day !== lastDay) {
    const y = digits(s, 0, 4);
    const month = digits(s, 5, 7);
    const d = digits(s, 8, 10);
    if (y < 0 || month < 1 || month > 12 || d < 1 || d > 31) return NaN;
    const millis = Date.UTC(y, month - 1, d);
    if (new Date(millis).getUTCDate() !== d) return NaN; // 2024-02-30 is no day (not 1 March)
    lastDay = day;
    lastDayStart = millis / 1000;
  }
  return lastDayStart + h * 3600 + minute * 60;
}

/**
 * Parses an interval start: `08:30`, `08:30 (+7d)` (a time of day N days after the first, as the
 * files of a log without dates write it), `2024-05-06 08:30`, ISO 8601, or seconds.
 */
export function parseTimeSeconds(text: string): number | undefined {
  const s = text.trim();
  const fast = fastDateTime(s);
  if (!Number.isNaN(fast)) return fast;
  const later = LATER_DAY.exec(s);
  if (later) {
    const clock = parseTimeSeconds(later[1] as string);
    return clock === undefined || clock >= 86_400 ? undefined : Number(later[2]) * 86_400 + clock;
  }
  const clock = CLOCK.exec(s);
  if (clock) {
    const h = Number(clock[1]);
    const m = Number(clock[2]);
    const second = clock[3] === undefined ? 0 : Number(clock[3]);
    return h <= 24 && m < 60 && second < 60 ? h * 3600 + m * 60 + second : undefined;
  }
  const dt = DATE_TIME.exec(s);
  if (dt) {
    const [, y, month, d, h = '0', minute = '0', second = '0', zone] = dt;
    const millis = Date.UTC(Number(y), Number(month) - 1, Number(d), Number(h), Number(minute), 0);
    if (Number(month) < 1 || Number(month) > 12 || Number(d) < 1 || Number(d) > 31 || Number(h) > 24 || Number(minute) > 59)
      return undefined;
    // 2024-02-30 is no day (not 1 March).
    if (new Date(Date.UTC(Number(y), Number(month) - 1, Number(d))).getUTCDate() !== Number(d)) return undefined;
    let offset = 0;
    if (zone !== undefined && zone.toUpperCase() !== 'Z') {
      const z = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
      // UTC offsets run from −12:00 to +14:00 with minutes below 60 (+99:99 is no zone).
      if (!z || Number(z[2]) > 14 || Number(z[3]) > 59) return undefined;
      offset = (z[1] === '-' ? -1 : 1) * (Number(z[2]) * 3600 + Number(z[3]) * 60);
    }
    return millis / 1000 + Number(second) - offset;
  }
  // Bare seconds, within the dates a clock can show (Date's range, ±8.64e12 s).
  if (/^\d+(\.\d+)?$/.test(s) && Number(s) <= MAX_START_SECONDS) return Number(s);
  return undefined;
}
