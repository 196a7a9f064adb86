import { parseCsv } from '../../calllog/parseCsv.js';
import { MAX_LOAD } from '../flags/flags.js';
import { parseDurationSeconds } from '../flags/parseDuration.js';
import { isClockTime, parseTimeSeconds } from '../flags/parseTimeSeconds.js';
import { UsageError } from '../UsageError.js';
import { byChannel, type Channel, type ForecastInterval } from './ForecastInterval.js';
import { COLUMN_ALIASES, type Column, type Field, findColumns } from './forecastColumns.js';

/** Defaults for columns a forecast may leave out. */
export interface ForecastDefaults {
  /** Interval length (s) when the file has no end/length column. */
  length?: number;
  /** Handle time (s) when the file has no handle-time column or an empty cell; 0 = none given (a cell of 0 then reads as none). */
  handleTime?: number;
  /** Patience (s) when the file has no patience column; 0 = none given (a cell of 0 then reads as none). */
  patience?: number;
}

/** A forecast read from CSV. */
export interface Forecast {
  file: string;
  rows: ForecastInterval[];
  /** Canonical field → header name used, for messages and docs. */
  columns: Partial<Record<Field, string>>;
  /** Canonical field → where it was found (index, header, unit), for messages about a cell. */
  located: Partial<Record<Field, Column>>;
}

const NUMBER = /^[+-]?(\d+(?:\.\d+)?|\.\d+)(?:e[+-]?\d+)?$/i;

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
  const where = (line: number, column: Column): string => `${file}:${line}:${column.index + 1} (column "${column.header}")`;
  const missing = (field: Field, why: string): never => {
    throw new UsageError(
      `${file}:${table.headerLine}: no ${field} column (${why}); expected one of: ${COLUMN_ALIASES[field].slice(0, 6).join(', ')}; found: ${table.header.join(', ')}`,
    );
  };
  if (cols.start === undefined) missing('start', 'the start of each interval, e.g. 08:30 or 2024-05-06 08:30');
  if (cols.calls === undefined) missing('calls', 'calls forecast per interval');
  // no rows first: a forecast with none (every day closed) writes no aht column either
  if (table.rows.length === 0) {
    throw new UsageError(`${file}: no intervals after the header on line ${table.headerLine}; expected one row per interval`);
  }
  if (cols.aht === undefined && defaults.handleTime === undefined) missing('aht', 'mean handle time per call; or give --aht');

  const rows: ForecastInterval[] = [];
  const startCol = cols.start as Column;
  const callsCol = cols.calls as Column;
  const cell = (cells: readonly string[], column: Column): string => (cells[column.index] ?? '').trim();
  const bad = (line: number, column: Column, expected: string, value: string): never => {
    throw new UsageError(`${where(line, column)}: expected ${expected}, got ${JSON.stringify(value)}`);
  };
  const duration = (line: number, column: Column, value: string, what: string): number => {
    const n = numberCell(value);
    const v = !Number.isNaN(n) ? n * column.unit : parseDurationSeconds(value, column.unit);
    if (v === undefined || !(v > 0)) return bad(line, column, `${what} (a positive duration such as 270, 4m30s or 4:30)`, value);
    return v;
  };

  if (table.rows.length > MAX_INTERVALS) {
    const over = table.rows[MAX_INTERVALS] as { line: number };
    throw new UsageError(`${file}:${over.line}: more than ${MAX_INTERVALS} intervals; split the forecast into shorter files`);
  }
  for (const { line, cells } of table.rows) {
    if (cells.length === 1 && cells[0]?.trim() === '') continue;
    const label = cell(cells, startCol);
    const start = parseTimeSeconds(label) ?? bad(line, startCol, 'an interval start such as 08:30 or 2024-05-06T08:30', label);
    const callsText = cell(cells, callsCol);
    const calls = numberCell(callsText);
    if (!Number.isFinite(calls)) bad(line, callsCol, 'a number of calls', callsText);
    if (calls < 0) bad(line, callsCol, 'a non-negative number of calls', callsText);
    let handleTime = defaults.handleTime;
    if (cols.aht !== undefined) {
      const t = cell(cells, cols.aht);
      // With a default of 0 ("none given", a history's intervals with no answer), a cell of 0 is none too.
      if (defaults.handleTime === 0 && numberCell(t) === 0) handleTime = 0;
      else if (t !== '' || handleTime === undefined) handleTime = duration(line, cols.aht, t, 'a handle time');
    }
    let patience = defaults.patience;
    if (cols.patience !== undefined) {
      const t = cell(cells, cols.patience);
      // With a default of 0 (a history's), a cell of 0 (callers who hung up without waiting) is none too.
      if (defaults.patience === 0 && numberCell(t) === 0) patience = 0;
      else if (t !== '' && t !== '-' && t.toLowerCase() !== 'none') patience = duration(line, cols.patience, t, 'a patience');
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
      if (end <= start && isClockTime(t) && end + 86400 > start) end += 86400; // 23:30–00:00
      if (!(end > start)) bad(line, cols.end, 'an end after the start', t);
      length = end - start;
    } else if (cols.length !== undefined) {
      const t = cell(cells, cols.length);
      length = duration(line, cols.length, t, 'an interval length');
    }
    const row: ForecastInterval = { line, label, start, length, calls, handleTime: handleTime as number, channel, cells };
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
  for (const list of byChannel(rows).values()) {
    let step = Infinity;
    for (let i = 1; i < list.length; i++) {
      const prev = list[i - 1] as ForecastInterval;
      const current = list[i] as ForecastInterval;
      const gap = current.start - prev.start;
      if (!(gap > 0)) {
        throw new UsageError(
          `${where(current.line, startCol)}: intervals must be sorted by start with no repeats; ${JSON.stringify(current.label)} is not after ${JSON.stringify(prev.label)} on line ${prev.line}`,
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
      const prev = list[i - 1] as ForecastInterval;
      const current = list[i] as ForecastInterval;
      if (prev.start + prev.length > current.start + 1e-9) {
        if (defaults.length !== undefined && prev.length === defaults.length) {
          throw new UsageError(
            `--interval: expected at most the spacing of the rows (${current.start - prev.start} s between lines ${prev.line} and ${current.line} of ${file}), got ${defaults.length} s`,
          );
        }
        throw new UsageError(
          `${where(current.line, startCol)}: interval ${JSON.stringify(current.label)} starts before the interval on line ${prev.line} ends`,
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
  return { file, rows, columns, located: cols };
}
