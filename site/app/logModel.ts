// What the log page computes from a call log, apart from the page: the README's planner's path,
// the same steps and the same CSV files as `queuecast history LOG --csv history.csv`, then
// `queuecast forecast history.csv --weeks 1 --csv forecast.csv`, then
// `queuecast plan forecast.csv --availability P --sl S/T --shrinkage X --csv plan.csv`.
import { type Plan, planForecast } from '../../src/cli/engine/planForecast.js';
import { parseFraction } from '../../src/cli/flags/parseFraction.js';
import { forecastCsv } from '../../src/cli/output/forecastOutput.js';
import { formatPercent } from '../../src/cli/output/formatValue.js';
import { historyCsv } from '../../src/cli/output/historyOutput.js';
import { planCsv } from '../../src/cli/output/planOutput.js';
import { readForecast } from '../../src/cli/readers/readForecast.js';
import { readHistoryCsv } from '../../src/cli/readers/readHistoryCsv.js';
import {
  type ArrivalForecast,
  type ArrivalForecastOptions,
  type Calibration,
  type CallHistory,
  type CallLog,
  calibrateAvailability,
  callHistory,
  forecastArrivals,
  type HistoryInterval,
  parseCallLog,
} from '../../src/index.js';

/** The choices of the log page (the CLI's flags of the same name). */
export interface LogSettings {
  /** `--interval`, seconds. */
  interval: number;
  /** `--sl`: the service level (fraction) and answer time (s) of the plan; the answer time is also the history's. */
  serviceLevel: number;
  answerTime: number;
  /** `--shrinkage` of the plan, a fraction. */
  shrinkage: number;
}

/** Everything the page shows of a log, with the CSV text of each part. */
export interface LogAnalysis {
  log: CallLog;
  history: CallHistory;
  /** The history's intervals as the CLI shows them (a last interval with no call offered left out). */
  intervals: HistoryInterval[];
  calibration: Calibration;
  /** The availability the plan uses: the calibrated one as the CLI prints it (a tenth of a percent). */
  availability: number;
  /** `history.csv`. */
  csv: { history: string };
  /** Next week's forecast and plan, or the error that stops the command line's path there. */
  next: NextWeek | { error: string };
}

/** Next week from `history.csv`: the forecast and its plan, with their CSV files. */
export interface NextWeek {
  /** The forecast of the next week, as `queuecast forecast` makes it (method, backtest, unusual days, rows). */
  forecast: ArrivalForecast;
  /** Whether the forecast's starts are dates (else times of day: a log without dates). */
  dated: boolean;
  plan: Plan;
  csv: { forecast: string; plan: string };
}

/** Reads a call log (CSV, Asterisk queue_log or the SEE lab's log); throws when no call can be read. */
export function readLog(text: string): CallLog {
  const log = parseCallLog(text);
  if (log.calls.length === 0) {
    const first = log.problems[0];
    throw new Error(`no calls read from this file${first === undefined ? '' : `; first problem: ${first.message}`}`);
  }
  return log;
}

/** The options `queuecast forecast --weeks 1` gives `forecastArrivals`. */
const NEXT_WEEK: ArrivalForecastOptions = { days: 7, method: 'auto' };

/**
 * The forecast from `history.csv` (`queuecast forecast history.csv --weeks 1`) and its plan
 * (`queuecast plan forecast.csv …`); throws what those commands would say when they cannot.
 */
function nextWeek(historyText: string, settings: LogSettings, availability: number): NextWeek {
  const read = readHistoryCsv('history.csv', historyText);
  const forecast = forecastArrivals(read.rows, NEXT_WEEK);
  const forecastText = forecastCsv(forecast, read.dated);
  const plan = planForecast(
    readForecast('forecast.csv', forecastText),
    { serviceLevel: settings.serviceLevel, answerTime: settings.answerTime },
    { shrinkage: settings.shrinkage, availability, method: 'sipp', concurrency: 2, fractionalTolerance: 5e-5, shift: 8 * 3600 },
  );
  return { forecast, dated: read.dated, plan, csv: { forecast: forecastText, plan: planCsv(plan) } };
}

/** History and calibration of a log, then next week's forecast and plan (or why not), with their CSV files. */
export function analyzeLog(log: CallLog, settings: LogSettings): LogAnalysis {
  const { interval, answerTime } = settings;
  const history = callHistory(log.calls, { intervalSeconds: interval, answerTime });
  let last = history.intervals.length;
  while (last > 0 && history.intervals[last - 1]?.offered === 0) last--;
  const intervals = history.intervals.slice(0, last);
  const calibration = calibrateAvailability(history.intervals);
  const availability = parseFraction(formatPercent(calibration.availability)) ?? calibration.availability;
  const historyText = historyCsv(history, intervals);
  let next: LogAnalysis['next'];
  try {
    next = nextWeek(historyText, settings, availability);
  } catch (e) {
    next = { error: e instanceof Error ? e.message : String(e) };
  }
  return { log, history, intervals, calibration, availability, csv: { history: historyText }, next };
}

/** The command lines that write the same files. */
export function commandLines(file: string, s: LogSettings, availability: number): string[] {
  const sl = `${Number((s.serviceLevel * 100).toFixed(6))}/${s.answerTime}`;
  const flags = `--interval ${s.interval / 60}m --sl ${sl}`;
  return [
    `queuecast history ${file} ${flags} --csv history.csv`,
    'queuecast forecast history.csv --weeks 1 --csv forecast.csv',
    `queuecast plan forecast.csv --sl ${sl} --availability ${formatPercent(availability)} --shrinkage ${formatPercent(s.shrinkage)} --csv plan.csv`,
  ];
}
