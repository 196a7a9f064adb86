import { parseCsv } from './parseCsv.js';
import { parseDurationSeconds } from './parseDuration.js';
import { MAX_LOAD } from './flags.js';
import { UsageError } from './UsageError.js';

/** Channels a forecast row can belong to. */
export type Channel = 'voice' | 'chat' | 'email';

/** One interval of a forecast, in seconds, as read from a CSV row. */
export interface ForecastRow {
  /** 1-based line in the file. */
  line: number;
  /** The start as written in the file (for output). */
  label: string;
  /** Start, seconds (since 1970 UTC when the file has dates; since midnight for bare times). */
  start: number;
  /** Interval length, seconds (> 0). */
  length: number;
  /** Calls (contacts) arriving in the interval, ≥ 0. */
  calls: number;
  /** Mean handle time, seconds (> 0). */
  handleTime: number;
  /** Mean patience, seconds (> 0), when known. */
  patience?: number;
  /** Channel: voice unless the file says otherwise. */
  channel: Channel;
  /** Chat: conversations an agent handles at once. */
  concurrency?: number;
  /** Email: response-time promise, seconds. */
  deadline?: number;
}

/** Defaults for columns a forecast may leave out. */
export interface ForecastDefaults {
  /** Interval length (s) when the file has no end/length column. */
  length?: number;
  /** Handle time (s) when the file has no handle-time column. */
  handleTime?: number;
  /** Patience (s) when the file has no patience column. */
  patience?: number;
}

/** A forecast read from CSV. */
export interface Forecast {
  file: string;
  rows: ForecastRow[];
  /** Canonical field → header name used, for messages and docs. */
  columns: Partial<Record<Field, string>>;
}

type Field = 'start' | 'end' | 'length' | 'calls' | 'aht' | 'patience' | 'channel' | 'concurrency' | 'deadline';

/** Accepted header names per field, after normalisation (lower case, non-alphanumerics → `_`). */
export const COLUMN_ALIASES: Readonly<Record<Field, readonly string[]>> = {
  start: ['start', 'interval_start', 'start_time', 'time', 'interval', 'datetime', 'date_time', 'timestamp', 'period', 'from'],
  end: ['end', 'interval_end', 'end_time', 'to', 'until'],
  length: ['length', 'interval_length', 'duration', 'interval_duration'],
  calls: [
    'calls',
    'volume',
    'offered',
    'calls_offered',
    'offered_calls',
    'contacts',
    'arrivals',
    'forecast',
    'items',
    'chats',
    'emails',
    'count',
    'n',
  ],
  aht: ['aht', 'handle_time', 'handling_time', 'average_handle_time', 'avg_handle_time', 'mean_handle_time', 'handle', 'service_time'],
  patience: ['patience', 'mean_patience', 'avg_patience', 'average_patience'],
  channel: ['channel', 'media', 'medium', 'media_type', 'type'],
  concurrency: ['concurrency', 'max_concurrency', 'slots', 'sessions'],
  deadline: ['deadline', 'response_time', 'due', 'sla_time', 'target_response'],
};

const DURATION_FIELDS = new Set<Field>(['length', 'aht', 'patience', 'deadline']);
const UNIT_SUFFIX: readonly [RegExp, number][] = [
  [/_(s|sec|secs|second|seconds)$/, 1],
  [/_(m|min|mins|minute|minutes)$/, 60],
  [/_(h|hr|hrs|hour|hours)$/, 3600],
];

function normalise(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
}

interface Column {
  index: number;
  header: string;
  unit: number;
}

function findColumns(header: readonly string[]): Partial<Record<Field, Column>> {
  const found: Partial<Record<Field, Column>> = {};
  const fields = Object.keys(COLUMN_ALIASES) as Field[];
  header.forEach((raw, index) => {
    const norm = normalise(raw);
    for (const field of fields) {
      if (found[field] !== undefined) continue;
      const aliases = COLUMN_ALIASES[field];
      if (aliases.includes(norm)) {
        found[field] = { index, header: raw, unit: 1 };
        return;
      }
      if (DURATION_FIELDS.has(field)) {
        for (const [re, unit] of UNIT_SUFFIX) {
          const base = norm.replace(re, '');
          if (base !== norm && aliases.includes(base)) {
            found[field] = { index, header: raw, unit };
            return;
          }
        }
      }
    }
  });
  return found;
}

const CLOCK = /^(\d{1,2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

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
  const sep = s.charCodeAt(10);
  if (sep !== 84 && sep !== 32) return NaN;
  const h = digits(s, 11, 13);
  const mi = digits(s, 14, 16);
  if (h < 0 || h > 24 || mi < 0 || mi > 59) return NaN;
  const day = s.slice(0, 10);
  if (day !== lastDay) {
    const y = digits(s, 0, 4);
    const mo = digits(s, 5, 7);
    const d = digits(s, 8, 10);
    if (y < 0 || mo < 1 || mo > 12 || d < 1 || d > 31) return NaN;
    const ms = Date.UTC(y, mo - 1, d);
    if (new Date(ms).getUTCDate() !== d) return NaN; // 2024-02-30 is no day (not 1 March)
    lastDay = day;
    lastDayStart = ms / 1000;
  }
  return lastDayStart + h * 3600 + mi * 60;
}

/** Parses an interval start: `08:30`, `2024-05-06 08:30`, ISO 8601, or seconds. */
export function parseTimeSeconds(text: string): number | undefined {
  const s = text.trim();
  const fast = fastDateTime(s);
  if (!Number.isNaN(fast)) return fast;
  const clock = CLOCK.exec(s);
  if (clock) {
    const h = Number(clock[1]);
    const m = Number(clock[2]);
    const sec = clock[3] === undefined ? 0 : Number(clock[3]);
    return h <= 24 && m < 60 && sec < 60 ? h * 3600 + m * 60 + sec : undefined;
  }
  const dt = DATE_TIME.exec(s);
  if (dt) {
    const [, y, mo, d, h = '0', mi = '0', sec = '0', zone] = dt;
    const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), 0);
    if (Number(mo) < 1 || Number(mo) > 12 || Number(d) < 1 || Number(d) > 31 || Number(h) > 24 || Number(mi) > 59) return undefined;
    // 2024-02-30 is no day (not 1 March).
    if (new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d))).getUTCDate() !== Number(d)) return undefined;
    let offset = 0;
    if (zone !== undefined && zone.toUpperCase() !== 'Z') {
      const z = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
      // UTC offsets run from −12:00 to +14:00 with minutes below 60 (+99:99 is no zone).
      if (!z || Number(z[2]) > 14 || Number(z[3]) > 59) return undefined;
      offset = (z[1] === '-' ? -1 : 1) * (Number(z[2]) * 3600 + Number(z[3]) * 60);
    }
    return ms / 1000 + Number(sec) - offset;
  }
  // Bare seconds, within the dates a clock can show (Date's range, ±8.64e12 s).
  if (/^\d+(\.\d+)?$/.test(s) && Number(s) <= MAX_START_SECONDS) return Number(s);
  return undefined;
}

const NUMBER = /^[+-]?(\d+(?:\.\d+)?|\.\d+)(?:e[+-]?\d+)?$/i;

/** Latest start in seconds since 1970 (the end of `Date`'s range). */
const MAX_START_SECONDS = 8.64e12;

/** Most intervals one forecast file may hold (a year of 5-minute intervals is 105,120). */
export const MAX_INTERVALS = 200_000;

/** A decimal number cell (no hex, no Infinity, no empty string), or NaN. */
function numberCell(t: string): number {
  const c = t.charCodeAt(0);
  // Plain digits (the common case) go straight to Number; anything else must match NUMBER.
  if (c >= 48 && c <= 57 && t.charCodeAt(1) !== 120 && t.charCodeAt(1) !== 88) {
    const v = Number(t);
    if (!Number.isNaN(v)) return v;
  }
  return NUMBER.test(t) ? Number(t) : NaN;
}

function channelOf(text: string): Channel | undefined {
  const s = text.trim().toLowerCase();
  if (s === '' || s === 'voice' || s === 'phone' || s === 'call' || s === 'calls' || s === 'inbound') return 'voice';
  if (s === 'chat' || s === 'messaging' || s === 'webchat' || s === 'web_chat') return 'chat';
  if (s === 'email' || s === 'e-mail' || s === 'mail' || s === 'web form' || s === 'webform' || s === 'form' || s === 'case')
    return 'email';
  return undefined;
}

/**
 * Reads a forecast CSV: one row per interval with a start, calls and handle time (names are
 * forgiving, see {@link COLUMN_ALIASES}); optional end or length, patience, channel, concurrency
 * (chat) and deadline (email). Every problem throws a {@link UsageError} naming the file, line and
 * column and what was expected. Intervals of each channel must be sorted and must not overlap.
 */
export function readForecast(file: string, text: string, defaults: ForecastDefaults = {}): Forecast {
  const table = parseCsv(text);
  if (table === undefined) {
    throw new UsageError(`${file}: the file is empty; expected a header line such as "start,calls,aht" and one row per interval`);
  }
  const cols = findColumns(table.header);
  const where = (line: number, col: Column): string => `${file}:${line}:${col.index + 1} (column "${col.header}")`;
  const missing = (field: Field, why: string): never => {
    throw new UsageError(
      `${file}:${table.headerLine}: no ${field} column (${why}); expected one of: ${COLUMN_ALIASES[field].slice(0, 6).join(', ')}; found: ${table.header.join(', ')}`,
    );
  };
  if (cols.start === undefined) missing('start', 'the start of each interval, e.g. 08:30 or 2024-05-06 08:30');
  if (cols.calls === undefined) missing('calls', 'calls forecast per interval');
  if (cols.aht === undefined && defaults.handleTime === undefined) missing('aht', 'mean handle time per call; or give --aht');
  if (table.rows.length === 0) {
    throw new UsageError(`${file}: no intervals after the header on line ${table.headerLine}; expected one row per interval`);
  }

  const rows: ForecastRow[] = [];
  const startCol = cols.start as Column;
  const callsCol = cols.calls as Column;
  const cell = (cells: readonly string[], col: Column): string => (cells[col.index] ?? '').trim();
  const bad = (line: number, col: Column, expected: string, value: string): never => {
    throw new UsageError(`${where(line, col)}: expected ${expected}, got ${JSON.stringify(value)}`);
  };
  const duration = (line: number, col: Column, value: string, what: string): number => {
    const n = numberCell(value);
    const v = !Number.isNaN(n) ? n * col.unit : parseDurationSeconds(value, col.unit);
    if (v === undefined || !(v > 0)) return bad(line, col, `${what} (a positive duration such as 270, 4m30s or 4:30)`, value);
    return v;
  };

  if (table.rows.length > MAX_INTERVALS) {
    const over = table.rows[MAX_INTERVALS] as { line: number };
    throw new UsageError(`${file}:${over.line}: more than ${MAX_INTERVALS} intervals; split the forecast into shorter files`);
  }
  for (const { line, cells } of table.rows) {
    if (cells.length === 1 && cells[0]?.trim() === '') continue;
    const label = cell(cells, startCol);
    const start = parseTimeSeconds(label);
    if (start === undefined) bad(line, startCol, 'an interval start such as 08:30 or 2024-05-06T08:30', label);
    const callsText = cell(cells, callsCol);
    const calls = numberCell(callsText);
    if (!Number.isFinite(calls)) bad(line, callsCol, 'a number of calls', callsText);
    if (calls < 0) bad(line, callsCol, 'a non-negative number of calls', callsText);
    let handleTime = defaults.handleTime;
    if (cols.aht !== undefined) {
      const t = cell(cells, cols.aht);
      if (t !== '' || handleTime === undefined) handleTime = duration(line, cols.aht, t, 'a handle time');
    }
    let patience = defaults.patience;
    if (cols.patience !== undefined) {
      const t = cell(cells, cols.patience);
      if (t !== '' && t !== '-' && t.toLowerCase() !== 'none') patience = duration(line, cols.patience, t, 'a patience');
    }
    let channel: Channel = 'voice';
    if (cols.channel !== undefined) {
      const t = cell(cells, cols.channel);
      channel = channelOf(t) ?? bad(line, cols.channel, 'a channel: voice, chat or email', t);
    }
    let length = defaults.length ?? 0;
    if (cols.end !== undefined) {
      const t = cell(cells, cols.end);
      let end = parseTimeSeconds(t);
      if (end === undefined) return bad(line, cols.end, 'an interval end such as 09:00', t);
      if (end <= (start as number) && CLOCK.test(t) && end + 86400 > (start as number)) end += 86400; // 23:30–00:00
      if (!(end > (start as number))) bad(line, cols.end, 'an end after the start', t);
      length = end - (start as number);
    } else if (cols.length !== undefined) {
      const t = cell(cells, cols.length);
      length = duration(line, cols.length, t, 'an interval length');
    }
    const row: ForecastRow = { line, label, start: start as number, length, calls, handleTime: handleTime as number, channel };
    if (patience !== undefined) row.patience = patience;
    if (cols.concurrency !== undefined) {
      const t = cell(cells, cols.concurrency);
      if (t !== '') {
        const c = Number(t);
        if (!Number.isInteger(c) || c < 1) bad(line, cols.concurrency, 'a whole number of conversations per agent (≥ 1)', t);
        row.concurrency = c;
      }
    }
    if (cols.deadline !== undefined) {
      const t = cell(cells, cols.deadline);
      if (t !== '') row.deadline = duration(line, cols.deadline, t, 'a response-time promise');
    }
    rows.push(row);
  }

  // Lengths inferred from the spacing of starts when the file gives none; sorted, no overlaps.
  const byChannel = new Map<Channel, ForecastRow[]>();
  for (const r of rows) {
    let list = byChannel.get(r.channel);
    if (list === undefined) {
      list = [];
      byChannel.set(r.channel, list);
    }
    list.push(r);
  }
  for (const list of byChannel.values()) {
    let step = Infinity;
    for (let i = 1; i < list.length; i++) {
      const prev = list[i - 1] as ForecastRow;
      const cur = list[i] as ForecastRow;
      const gap = cur.start - prev.start;
      if (!(gap > 0)) {
        throw new UsageError(
          `${where(cur.line, startCol)}: intervals must be sorted by start with no repeats; ${JSON.stringify(cur.label)} is not after ${JSON.stringify(prev.label)} on line ${prev.line}`,
        );
      }
      if (gap < step) step = gap;
    }
    for (const r of list) {
      if (r.length === 0) {
        if (step === Infinity) {
          throw new UsageError(
            `${file}:${r.line}: cannot tell the interval length from a single row; add an "end" or "length" column or give --interval`,
          );
        }
        r.length = step;
      }
    }
    for (let i = 1; i < list.length; i++) {
      const prev = list[i - 1] as ForecastRow;
      const cur = list[i] as ForecastRow;
      if (prev.start + prev.length > cur.start + 1e-9) {
        if (defaults.length !== undefined && prev.length === defaults.length) {
          throw new UsageError(
            `--interval: expected at most the spacing of the rows (${cur.start - prev.start} s between lines ${prev.line} and ${cur.line} of ${file}), got ${defaults.length} s`,
          );
        }
        throw new UsageError(
          `${where(cur.line, startCol)}: interval ${JSON.stringify(cur.label)} starts before the interval on line ${prev.line} ends`,
        );
      }
    }
  }
  for (const r of rows) {
    if (!(r.calls * (r.handleTime / r.length) <= MAX_LOAD)) {
      throw new UsageError(
        `${where(r.line, callsCol)}: expected an offered load (calls × handle time ÷ interval length) of at most ${MAX_LOAD} Erlangs, got ${r.calls} calls`,
      );
    }
  }
  const columns: Partial<Record<Field, string>> = {};
  for (const [k, v] of Object.entries(cols)) columns[k as Field] = (v as Column).header;
  return { file, rows, columns };
}
