// Public exports of the forecasting layer (re-exported by src/index.ts).

export type {
  ArrivalForecast,
  ArrivalForecastOptions,
  ArrivalForecastRow,
  CalendarDay,
  DayUpdateHorizon,
  DayUpdateRule,
  ForecastMethodName,
  ForecastSpread,
} from './ArrivalForecast.js';
export type { AnomalousDay } from './anomalousDays.js';
export type { BacktestScore } from './backtest.js';
export { forecastArrivals } from './forecastArrivals.js';
export type { HistoryRow } from './HistoryRow.js';
export {
  type DayReforecast,
  type LiveArrivals,
  type ReforecastOptions,
  reforecastDay,
  type TodayInterval,
  type TodaySoFar,
} from './reforecastDay.js';
