// Public exports of the history layer (re-exported by src/index.ts).

export type {
  AvailabilityBand,
  Calibration,
  CalibrationInput,
  CalibrationOptions,
  HistoryPrediction,
  IntervalOutcome,
  ModelFit,
  PredictedInterval,
} from './Calibration.js';
export { calibrateAvailability } from './calibrateAvailability.js';
export { callHistory } from './callHistory.js';
export { censoredPatience, type PatienceEstimate } from './censoredPatience.js';
export { forecastFromHistory, type HistoryForecastInterval } from './forecastFromHistory.js';
export type { CallHistory, CallHistoryOptions, HistoryInterval } from './HistoryInterval.js';
export { predictHistory } from './predictHistory.js';
