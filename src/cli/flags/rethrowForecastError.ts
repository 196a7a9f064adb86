import { QueueInputError } from '../../index.js';
import type { Forecast } from '../readers/readForecast.js';
import { UsageError } from '../UsageError.js';
import { forecastCellError } from './asUsageError.js';
import type { FlagValues } from './flags.js';
import { rethrowAsFlag } from './libraryError.js';

/** Flags of `forecastArrivals`' options. */
const FORECAST_FLAGS: Readonly<Record<string, string>> = {
  'options.method': '--method',
  'options.exclude': '--exclude',
  'options.events': '--events',
  'options.coverage': '--coverage',
  'options.days': '--days',
};

/**
 * Rethrows an error of `forecastArrivals` as a UsageError: `history[k].field` names the history
 * file's line, column and header with the cell as written (`history` is the file as read, row k
 * its row k); an option names its flag as typed (`options.days` is `--weeks` in weeks when given so).
 */
export function rethrowForecastError(e: unknown, history: Forecast, values: Readonly<FlagValues>): never {
  if (e instanceof QueueInputError) {
    const cell = forecastCellError(e, history, 'history');
    if (cell !== undefined) throw cell;
    // the history as a whole (too short for the method): the file
    if (e.parameter === 'history') throw new UsageError(`${history.file}: expected ${e.expected}, got ${JSON.stringify(e.value)}`);
    const weeks = values.weeks;
    if (e.parameter === 'options.days' && typeof weeks === 'string') {
      throw new UsageError(`--weeks: expected weeks that make ${e.expected}, got ${JSON.stringify(weeks)} (${7 * Number(weeks)} days)`);
    }
  }
  rethrowAsFlag(e, FORECAST_FLAGS, values);
}
