import type { AnomalousDay } from './anomalousDays.js';
import type { BacktestScore } from './backtest.js';

/** A forecasting method family, or `'auto'` (the backtest's best, or an average of the best). */
export type ForecastMethodName = 'auto' | 'seasonal-naive' | 'weekly-average' | 'profile' | 'holt-winters' | 'day-type';

/** A day the forecaster should know about: a holiday, a holiday eve, a campaign. */
export interface CalendarDay {
  /** Any time in the day, seconds on the history's clock. */
  day: number;
  /**
   * What kind of day it is, e.g. `'holiday'` or `'holiday eve'`. Days of one label share what is
   * learned: a label seen in the history takes the median ratio of its past days to what was
   * expected of them, and their intraday shape.
   */
  label: string;
  /**
   * For a label not seen in the history: what the ordinary forecast of the day is multiplied by.
   * @defaultValue 1 (an ordinary day of its weekday, until the label has been seen)
   */
  multiplier?: number;
}

/** Options for {@link forecastArrivals}. */
export interface ArrivalForecastOptions {
  /**
   * Days to forecast, from the midnight after the history's last day.
   * @defaultValue 7
   */
  days?: number;
  /**
   * Method family; `'auto'` takes the variant with the least interval RMSE in the backtest, or
   * the average of the two or three best when that does better.
   * @defaultValue `'auto'`
   */
  method?: ForecastMethodName;
  /**
   * Days to leave out of fitting (holidays, outages): any time in the day, seconds.
   * @defaultValue none
   */
  exclude?: readonly number[];
  /**
   * Known days, past and future (see {@link CalendarDay}): labelled days are kept out of the
   * ordinary fit, and a label's past days forecast its future ones.
   * @defaultValue none
   */
  calendar?: readonly CalendarDay[];
  /**
   * Known events: the forecast of the day containing `day` (seconds) is multiplied by `multiplier`.
   * @defaultValue none
   */
  events?: readonly {
    /** Any time in the day of the event, seconds on the history's clock. */
    day: number;
    /** What the day's forecast is multiplied by (> 0). */
    multiplier: number;
  }[];
  /**
   * Coverage of the prediction intervals.
   * @defaultValue 0.95
   */
  coverage?: number;
}

/** One forecast interval: the row `staffingPlan` (and `queuecast plan`) takes, with bounds. */
export interface ArrivalForecastRow {
  /** Start, seconds (on the history's clock). */
  readonly start: number;
  /** Length, seconds. */
  readonly length: number;
  /** Calls expected. */
  readonly calls: number;
  /** Lower end of the prediction interval, calls. */
  readonly lower: number;
  /** Upper end of the prediction interval, calls. */
  readonly upper: number;
  /**
   * Calendar days only: the calls an ordinary day of its weekday would have here (NaN-free, ≥ 0),
   * what {@link reforecastDay} weighs against the label when the day's calls contradict it.
   */
  readonly ordinary?: number;
  /** Mean handle time, seconds (when the history has handle times). */
  readonly handleTime?: number;
  /** Mean patience, seconds (when the history has patience). */
  readonly patience?: number;
}

/**
 * The rest of a day is its forecast × (Σ memory^age·calls + prior) ÷ (Σ memory^age·expected +
 * prior) over the intervals seen so far (age in intervals before now), with variance noise·f +
 * restVariance·f² per interval: the memory and prior of least error on the history's own days
 * (per band of lead time: `horizons`).
 */
export interface DayUpdateRule {
  /** Weight of an interval's calls per interval of age (1: every interval counts alike). */
  readonly memory: number;
  /** Calls' worth of belief in the forecast itself. */
  readonly prior: number;
  /** Variance per expected call of an interval's calls once the level is re-estimated (1 = Poisson). */
  readonly noise: number;
  /** Relative variance of the re-estimated level (variance ÷ forecast², beyond the noise). */
  readonly restVariance: number;
  /**
   * Memory and prior by lead time, each the one of least error at its lead on the history's own
   * days: a row starting `from` hours or more after now (and less than the next band's) takes its
   * band's ratio. Near-term persistence: the last intervals' level carries into the next hour, the
   * whole day's into the evening.
   * @defaultValue the one memory and prior for every row
   */
  readonly horizons?: readonly DayUpdateHorizon[];
}

/** One band of lead time of a {@link DayUpdateRule}. */
export interface DayUpdateHorizon {
  /** Lower end of the band, hours after now (the first band: 0, and rows already begun). */
  readonly from: number;
  /** Weight of an interval's calls per interval of age. */
  readonly memory: number;
  /** Calls' worth of belief in the forecast itself. */
  readonly prior: number;
}

/** How uncertain a forecast is, as its backtest measured: what {@link reforecastDay} updates. */
export interface ForecastSpread {
  /** Coverage of the prediction intervals. */
  readonly coverage: number;
  /** Variance per expected call of an interval's calls around its day's level (1 = Poisson). */
  readonly dispersion: number;
  /** Relative variance of a day's level (variance of calls ÷ forecast², beyond the noise). */
  readonly levelVariance: number;
  /** How {@link reforecastDay} re-estimates a day's level from its calls so far, learned from the history. */
  readonly update: DayUpdateRule;
  /** The chance that a day is unlike its forecast: (days found anomalous + 1) ÷ (days judged + 2), Laplace's rule of succession; the weight of the unusual days in the intervals. */
  readonly anomalyRate: number;
}

/** The answer of {@link forecastArrivals}. */
export interface ArrivalForecast {
  /** The method variant used (`'combination(a + b)'`: the mean of a's and b's forecasts). */
  readonly method: string;
  /** One row per interval forecast (intervals the history never had are left out). */
  readonly rows: readonly ArrivalForecastRow[];
  /** Rolling-origin backtest of every candidate, best first (empty when the history is too short). */
  readonly backtest: readonly BacktestScore[];
  /** Days of the history far from what their weekday and week led one to expect, kept out of fitting: confirm them or label them. */
  readonly anomalies: readonly AnomalousDay[];
  /** The uncertainty the intervals come from. */
  readonly spread: ForecastSpread;
}
