import type { HistoryRow } from '../../index.js';
import { UsageError } from '../UsageError.js';
import type { ForecastInterval } from './ForecastInterval.js';
import { type Forecast, readForecast } from './readForecast.js';

/** A history CSV as read (for errors that point at its cells) and as `forecastArrivals`' rows. */
export interface HistoryCsv {
  /** The file as read, row k its row k. */
  history: Forecast;
  /** The rows `forecastArrivals` takes. */
  rows: HistoryRow[];
  /** Whether the starts are dates (a forecast then writes dates, else `day N` clocks). */
  dated: boolean;
}

/**
 * Checks that a history's interval length, when a column gives it, agrees with its starts: the
 * closest two starts are one interval apart (rows that overlap are refused when the file is read).
 */
function checkLengthAgreesWithStarts(history: Forecast): void {
  const column = history.located.length ?? history.located.end;
  const start = history.located.start;
  if (column === undefined || start === undefined) return;
  const rows = history.rows;
  const spacing = (i: number): number => (rows[i] as ForecastInterval).start - (rows[i - 1] as ForecastInterval).start;
  let k = 0; // the later row of the two closest starts
  for (let i = 1; i < rows.length; i++) if (k === 0 || spacing(i) < spacing(k)) k = i;
  if (k === 0) return;
  const prev = rows[k - 1] as ForecastInterval;
  const current = rows[k] as ForecastInterval;
  const gap = spacing(k);
  if (Math.abs(gap - prev.length) > 1e-9) {
    throw new UsageError(
      `${history.file}:${current.line}:${start.index + 1} (column "${start.header}"): expected starts one interval apart at the closest (${prev.length} s, column "${column.header}" on line ${prev.line}), got ${gap} s after line ${prev.line}; fix the starts or the interval length`,
    );
  }
}

/**
 * Reads the text of a history-shaped CSV (start, calls; optional aht, patience; one channel), as
 * `queuecast forecast` does, in the page as on the command line. A history drops its trailing
 * quiet intervals (a call crossing midnight leaves one); today's counts so far (`today`, with the
 * history's interval length for a file of one row) keep them: a quiet last interval is an
 * observation. The interval length is the file's length column (`seconds` as `queuecast history
 * --csv` writes it, `length`, or an end), which must agree with the spacing of the starts; without
 * one, it is that spacing. Throws a UsageError naming the file (and line, column) for a file it cannot read.
 */
export function readHistoryCsv(file: string, text: string, today?: { length: number | undefined }): HistoryCsv {
  const length = today?.length;
  // handle times and patience are optional in a history: 0 stands for "none given" and is dropped below
  const history = readForecast(file, text, { handleTime: 0, patience: 0, ...(length !== undefined && { length }) });
  const channels = [...new Set(history.rows.map((r) => r.channel))];
  if (channels.length > 1)
    throw new UsageError(
      `${file}: rows of ${channels.join(', ')} (column "${history.columns.channel}"); expected the history of one channel: keep one channel's rows`,
    );
  checkLengthAgreesWithStarts(history);
  let last = history.rows.length;
  if (today === undefined) while (last > 1 && history.rows[last - 1]?.calls === 0) last--;
  const rows = history.rows.slice(0, last).map((r) => {
    const row: HistoryRow = { start: r.start, length: r.length, calls: r.calls };
    if (r.handleTime > 0) row.handleTime = r.handleTime;
    if (r.patience !== undefined && r.patience > 0) row.patience = r.patience;
    return row;
  });
  return { history, rows, dated: rows.some((r) => r.start >= 2 * 86_400) };
}
