// Public exports of the forecasting layer (re-exported by src/index.ts).
export type { HistoryRow } from './HistoryRow.js';
export type { BacktestScore } from './backtest.js';
export {
  type ArrivalForecast,
  type ArrivalForecastOptions,
  type ArrivalForecastRow,
  type ForecastMethodName,
  forecastArrivals,
} from './forecastArrivals.js';
