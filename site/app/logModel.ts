// What the log page computes from a call log, apart from the page: the same steps, and the same
// CSV files, as `queuecast history LOG --pool week --forecast forecast.csv` followed by
// `queuecast plan forecast.csv --availability P --sl S/T --shrinkage X`.
import { type Plan, planForecast } from '../../src/cli/engine/planForecast.js';
import { parseFraction } from '../../src/cli/flags/parseFraction.js';
import { formatPercent } from '../../src/cli/output/formatValue.js';
import { forecastCsv, historyCsv } from '../../src/cli/output/historyOutput.js';
import { planCsv } from '../../src/cli/output/planOutput.js';
import { readForecast } from '../../src/cli/readers/readForecast.js';
import {
  type Calibration,
  type CallHistory,
  type CallLog,
  calibrateAvailability,
  callHistory,
  forecastFromHistory,
  type HistoryForecastInterval,
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
  /** The history pooled per interval of the week, and the forecast of the next week from it. */
  week: CallHistory;
  forecast: HistoryForecastInterval[];
  plan: Plan;
  csv: { history: string; forecast: string; plan: string };
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

/** The Sunday 00:00 after the log's last call, seconds since 1970 (the week the forecast is for). */
function nextSunday(log: CallLog): number {
  const last = log.calls[log.calls.length - 1]?.offeredAt ?? 0;
  return (Math.floor((last + 4 * 86_400) / 604_800) + 1) * 604_800 - 4 * 86_400;
}

/** History, calibration, forecast and plan of a log, with their CSV files. */
export function analyzeLog(log: CallLog, settings: LogSettings): LogAnalysis {
  const { interval, answerTime } = settings;
  const history = callHistory(log.calls, { interval, answerTime });
  let last = history.intervals.length;
  while (last > 0 && history.intervals[last - 1]?.offered === 0) last--;
  const intervals = history.intervals.slice(0, last);
  const calibration = calibrateAvailability(history.intervals);
  const availability = parseFraction(formatPercent(calibration.availability)) ?? calibration.availability;
  const week = callHistory(log.calls, { interval, answerTime, pool: 'week' });
  const forecast = forecastFromHistory(week);
  const forecastText = forecastCsv(week, forecast, nextSunday(log));
  const plan = planForecast(
    readForecast('forecast.csv', forecastText),
    { serviceLevel: settings.serviceLevel, answerTime },
    { shrinkage: settings.shrinkage, availability, method: 'sipp', concurrency: 2, fractionalTolerance: 5e-5, shift: 8 * 3600 },
  );
  return {
    log,
    history,
    intervals,
    calibration,
    availability,
    week,
    forecast,
    plan,
    csv: { history: historyCsv(history, intervals), forecast: forecastText, plan: planCsv(plan) },
  };
}

/** The command lines that write the same files. */
export function commandLines(file: string, s: LogSettings, availability: number): string[] {
  const sl = `${Number((s.serviceLevel * 100).toFixed(6))}/${s.answerTime}`;
  const flags = `--interval ${s.interval / 60}m --sl ${sl}`;
  return [
    `queuecast history ${file} ${flags} --csv history.csv`,
    `queuecast history ${file} ${flags} --pool week --forecast forecast.csv`,
    `queuecast plan forecast.csv --sl ${sl} --availability ${formatPercent(availability)} --shrinkage ${formatPercent(s.shrinkage)} --csv plan.csv`,
  ];
}
