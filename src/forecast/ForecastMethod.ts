import type { HistoryGrid } from './historyGrid.js';

/**
 * A forecasting method: fitted on grid days [0, fitDays), it forecasts calls per slot for days
 * [fitDays, fitDays + horizon) (day-major), NaN where it cannot (e.g. a weekday never seen), or
 * returns undefined when the history is too short for it.
 * @internal
 */
export interface ForecastMethod {
  /** Variant name, e.g. `profile(smooth)` or `weekly-average(α=0.4)`. */
  name: string;
  /** The family `options.method` selects. */
  family: 'seasonal-naive' | 'weekly-average' | 'profile' | 'holt-winters' | 'day-type' | 'combination';
  forecast(grid: HistoryGrid, fitDays: number, horizon: number): Float64Array | undefined;
}
