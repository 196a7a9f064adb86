import { QueueInputError } from '../../index.js';
import { formatDuration } from '../output/formatValue.js';
import type { ForecastInterval } from '../readers/ForecastInterval.js';
import type { Column, Field } from '../readers/forecastColumns.js';
import type { Forecast } from '../readers/readForecast.js';
import { UsageError } from '../UsageError.js';
import { flagFor, TARGET_PARAMETER_FLAGS, usageErrorFor } from './libraryError.js';

/** Flags of the options `plan` gives `channelPlan`. */
const PLAN_PARAMETER_FLAGS: Readonly<Record<string, string>> = {
  ...TARGET_PARAMETER_FLAGS,
  'options.chatTarget': '--chat-sl',
  'options.availability': '--availability',
  shrinkage: '--shrinkage',
  'options.concurrency': '--concurrency',
  'options.responseTime': '--email-response',
  'options.hoursPerFte': '--shift',
};

/** The forecast columns a library interval field is read from, in order of preference. */
const FIELD_COLUMNS: Readonly<Record<string, readonly Field[]>> = {
  start: ['start'],
  length: ['end', 'length', 'start'],
  calls: ['calls'],
  handleTime: ['aht'],
  patience: ['patience'],
  concurrency: ['concurrency'],
  responseTime: ['deadline'],
  channel: ['channel'],
};

/** Flags that stand for a column the file does not have. */
const FIELD_FLAGS: Readonly<Record<string, string>> = {
  length: '--interval',
  handleTime: '--aht',
  patience: '--patience',
  concurrency: '--concurrency',
  responseTime: '--email-response',
};

/** The message about an email interval's response time: missing, or not the same as the first's. */
function responseTimeMessage(forecast: Forecast, row: ForecastInterval, where: string): string {
  const first = forecast.rows.find((r) => r.channel === 'email') as ForecastInterval;
  if (row === first || first.deadline === undefined) {
    return `${where}: email rows need a response-time promise: a "deadline" column (e.g. 4h) or --email-response 4h`;
  }
  return `${where}: every email row must promise the same response time (${first.deadline} s on line ${first.line})`;
}

/**
 * A library error about `list[k].field` (`intervals[3].calls`, `history[0].length`) as a
 * UsageError naming the forecast file's line, column and header with the cell as written (row k of
 * the list is the forecast's row k); what was expected speaks of lines, not of `list[k]`.
 * Undefined when the parameter is not about a row.
 */
export function forecastCellError(e: QueueInputError, forecast: Forecast, list: string): UsageError | undefined {
  const m = new RegExp(`^${list}\\[(\\d+)\\](?:\\.(\\w+))?`).exec(e.parameter);
  const row = m === null ? undefined : forecast.rows[Number(m[1])];
  if (m === null || row === undefined) return undefined;
  const field = m[2] ?? '';
  const column = (FIELD_COLUMNS[field] ?? []).map((f) => forecast.located[f]).find((c): c is Column => c !== undefined);
  const where =
    column === undefined ? `${forecast.file}:${row.line}` : `${forecast.file}:${row.line}:${column.index + 1} (column "${column.header}")`;
  if (field === 'responseTime' && row.channel === 'email' && (column !== undefined || e.value === undefined)) {
    return new UsageError(responseTimeMessage(forecast, row, where));
  }
  const flagged = FIELD_FLAGS[field];
  if (column === undefined && flagged !== undefined) return usageErrorFor(flagged, e);
  const expected = e.expected.replace(
    new RegExp(`${list}\\[(\\d+)\\]`, 'g'),
    (_, k: string) => `line ${forecast.rows[Number(k)]?.line ?? '?'}`,
  );
  // a length read from the spacing of the starts is shown as that spacing, in the file's words
  const inferred = column?.header === forecast.located.start?.header && field === 'length';
  const shown =
    column === undefined
      ? ''
      : inferred
        ? `, got starts ${formatDuration(row.length)} apart`
        : `, got ${JSON.stringify((row.cells[column.index] ?? '').trim())}`;
  return new UsageError(`${where}: expected ${expected}${shown}`);
}

/**
 * Rethrows a library error of `channelPlan` as a UsageError naming the flag, or the file's line,
 * column and header with the cell as written (see {@link forecastCellError}).
 */
export function asUsageError(e: unknown, forecast: Forecast): never {
  if (!(e instanceof QueueInputError)) throw e;
  const flag = flagFor(e.parameter, PLAN_PARAMETER_FLAGS);
  if (flag !== undefined) throw usageErrorFor(flag, e);
  throw forecastCellError(e, forecast, 'intervals') ?? e;
}
