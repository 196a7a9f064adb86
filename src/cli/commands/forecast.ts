import {
  type ArrivalForecast,
  type ArrivalForecastOptions,
  type DayReforecast,
  type ForecastMethodName,
  forecastArrivals,
  type HistoryRow,
  QueueInputError,
  reforecastDay,
} from '../../index.js';
import type { Command, Output } from '../Command.js';
import { forecastCellError } from '../flags/asUsageError.js';
import { type FlagValues, stringFlag } from '../flags/flags.js';
import { rethrowAsFlag } from '../flags/libraryError.js';
import { fractionFlag } from '../flags/parseFraction.js';
import { numberFlag } from '../flags/parseNumberFlag.js';
import { parseTimeSeconds } from '../flags/parseTimeSeconds.js';
import { rethrowForecastError } from '../flags/rethrowForecastError.js';
import { ANOMALY_HEADERS, anomalyCells, forecastCsv } from '../output/forecastOutput.js';
import { formatClock } from '../output/formatClock.js';
import { formatTable } from '../output/formatTable.js';
import { formatNumber, formatPercent, toJson } from '../output/formatValue.js';
import { unusedDaysWarning } from '../output/unusedDaysWarning.js';
import { writeFileAtomic } from '../output/writeFileAtomic.js';
import { readCalendar } from '../readers/readCalendar.js';
import { type HistoryCsv, readHistoryCsv } from '../readers/readHistoryCsv.js';
import { readInputFile } from '../readers/readInputFile.js';
import { UsageError } from '../UsageError.js';

const METHODS: readonly ForecastMethodName[] = ['auto', 'seasonal-naive', 'weekly-average', 'profile', 'holt-winters', 'day-type'];

function dayList(flag: string, text: string): number[] {
  return text.split(',').map((d) => {
    const t = parseTimeSeconds(d.trim());
    if (t === undefined || !/^\d{4}-\d{2}-\d{2}/.test(d.trim()))
      throw new UsageError(`--${flag}: expected dates such as 2024-05-06, got ${JSON.stringify(d)}`);
    return t;
  });
}

/** A history CSV file, read as {@link readHistoryCsv} reads its text. */
function readHistory(file: string, today?: { length: number | undefined }): HistoryCsv {
  return readHistoryCsv(file, readInputFile(file), today);
}

/** The rest of today, re-forecast from today's counts so far. */
function writeToday(today: DayReforecast, file: string, dated: boolean, csvPath: string | undefined, io: Output): void {
  const text = forecastCsv(today, dated);
  if (csvPath !== undefined && csvPath !== '-') writeFileAtomic(csvPath, text, 'csv');
  if (csvPath === '-') {
    io.out(text);
    return;
  }
  io.out(
    `rest of today from ${file}: ${formatNumber(today.observed, 0)} calls so far against ${formatNumber(today.expected, 0)} forecast (× ${formatNumber(today.factor, 2)})\n`,
  );
  if (today.label !== undefined)
    io.out(
      `a calendar day: its calls so far follow its label with probability ${formatNumber(100 * today.label, 0)}%, an ordinary day's ${formatNumber(100 * (1 - today.label), 0)}%\n`,
    );
  io.out('\n');
  io.out(
    `${formatTable(
      [{ header: 'start', align: 'left' }, { header: 'calls' }, { header: 'lower' }, { header: 'upper' }],
      today.rows.map((r) => [formatClock(r.start, dated), formatNumber(r.calls, 1), formatNumber(r.lower, 1), formatNumber(r.upper, 1)]),
    )}`,
  );
  if (csvPath !== undefined) io.out(`\nrest of today written to ${csvPath}\n`);
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * The note for a history under a week whose forecast days fall on weekdays it has no row of: the
 * forecast reads such a weekday as closed (no rows), which the planner must know (undefined: none).
 */
function unseenWeekdaysNote(rows: readonly HistoryRow[], days: number, dated: boolean): string | undefined {
  const dayOf = (r: HistoryRow | undefined): number => Math.floor((r?.start ?? 0) / 86_400);
  const first = dayOf(rows[0]);
  const last = dayOf(rows.at(-1));
  if (last - first + 1 >= 7) return undefined;
  const weekday = (day: number): number => (day + 4) % 7; // 1970-01-01 was a Thursday
  const seen = new Set(rows.map((r) => weekday(dayOf(r))));
  const missing = Array.from({ length: days }, (_, h) => last + 1 + h).filter((day) => !seen.has(weekday(day)));
  if (missing.length === 0) return undefined;
  const names = missing.map((day) =>
    dated ? `${new Date(day * 86_400_000).toISOString().slice(0, 10)} (${WEEKDAYS[weekday(day)]})` : `day +${day}`,
  );
  return `note: no rows for ${names.join(', ')}: a history of ${last - first + 1} day${last === first ? '' : 's'} has no day of ${missing.length === 1 ? 'that weekday' : 'those weekdays'}, read as closed; a week of history forecasts every weekday\n`;
}

/** The days the forecast found unlike their weekday and week, for the planner to confirm or label. */
function writeAnomalies(forecast: ArrivalForecast, dated: boolean, io: Output): void {
  if (forecast.anomalies.length === 0) return;
  io.out('unusual days in the history (kept out of fitting; confirm them, or label them with --calendar):\n');
  io.out(
    `${formatTable(
      ANOMALY_HEADERS.map((header, i) => (i === 0 ? { header, align: 'left' as const } : { header })),
      forecast.anomalies.map((a) => anomalyCells(a, dated)),
    )}\n`,
  );
}

function run(values: FlagValues, positionals: readonly string[], io: Output): void {
  const file = positionals[0];
  if (file === undefined)
    throw new UsageError('expected a history CSV file (start, calls; optional aht, patience), e.g. queuecast forecast history.csv');
  const { history, rows, dated } = readHistory(file);
  const options: ArrivalForecastOptions = {};
  const days = stringFlag(values, 'days');
  const weeks = stringFlag(values, 'weeks');
  if (days !== undefined && weeks !== undefined) throw new UsageError('--days and --weeks: give one of them, not both');
  if (days !== undefined) options.days = numberFlag('days', days, { integer: true, positive: true });
  if (weeks !== undefined) options.days = 7 * numberFlag('weeks', weeks, { integer: true, positive: true });
  const method = (stringFlag(values, 'method') ?? 'auto').toLowerCase() as ForecastMethodName;
  if (!METHODS.includes(method))
    throw new UsageError(`--method: expected one of ${METHODS.join(', ')}, got ${JSON.stringify(stringFlag(values, 'method'))}`);
  options.method = method;
  const exclude = stringFlag(values, 'exclude');
  if (exclude !== undefined) options.exclude = dayList('exclude', exclude);
  const events = stringFlag(values, 'events');
  if (events !== undefined) {
    options.events = events.split(',').map((e) => {
      const [day = '', mult = ''] = e.split('=');
      const multiplier = Number(mult);
      if (!(multiplier > 0)) throw new UsageError(`--events: expected DATE=MULTIPLIER such as 2024-05-06=1.3, got ${JSON.stringify(e)}`);
      const [date = 0] = dayList('events', day);
      return { day: date, multiplier };
    });
  }
  const coverage = stringFlag(values, 'coverage');
  if (coverage !== undefined) {
    options.coverage = fractionFlag('coverage', coverage);
    if (!(options.coverage > 0 && options.coverage < 1))
      throw new UsageError(`--coverage: expected a percentage between 0% and 100% such as 90%, got ${JSON.stringify(coverage)}`);
  }
  const calendar = stringFlag(values, 'calendar');
  if (calendar !== undefined) options.calendar = readCalendar(calendar, readInputFile(calendar));
  let forecast: ArrivalForecast;
  try {
    forecast = forecastArrivals(rows, options);
  } catch (e) {
    rethrowForecastError(e, history, values);
  }
  const warnings = [
    unusedDaysWarning('exclude', options.exclude ?? [], rows, 'history', dated),
    unusedDaysWarning(
      'events',
      (options.events ?? []).map((e) => e.day),
      forecast.rows,
      'forecast',
      dated,
    ),
  ];
  for (const warning of warnings) if (warning !== undefined) io.err(warning);
  const csvPath = stringFlag(values, 'csv');
  const todayFile = stringFlag(values, 'today');
  if (todayFile !== undefined) {
    let today: DayReforecast;
    const todayCsv = readHistory(todayFile, { length: rows[0]?.length });
    try {
      today = reforecastDay(
        forecast,
        todayCsv.rows.map((r) => ({ start: r.start, calls: r.calls as number })),
      );
    } catch (e) {
      const first = todayCsv.rows[0];
      // today's counts of the history's last day (a history exported at noon): say what to give
      if (
        e instanceof QueueInputError &&
        e.parameter === 'today[0].start' &&
        first !== undefined &&
        todayCsv.dated &&
        Math.floor(first.start / 86_400) === Math.floor((rows.at(-1)?.start ?? 0) / 86_400)
      )
        throw new UsageError(
          `--today ${todayFile}: counts of ${formatClock(first.start, true).slice(0, 10)}, the history's last day; the forecast starts the day after the history: give the history up to that day's midnight`,
        );
      const cell = e instanceof QueueInputError ? forecastCellError(e, todayCsv.history, 'today') : undefined;
      if (cell !== undefined) throw cell;
      rethrowAsFlag(e, { today: `--today ${todayFile}` });
    }
    if (values.json === true) io.out(toJson({ file, today: todayFile, ...today }));
    else writeToday(today, todayFile, dated, csvPath, io);
    return;
  }
  const unseen = unseenWeekdaysNote(rows, options.days ?? 7, dated);
  if (unseen !== undefined) io.err(unseen);
  else if (forecast.rows.length === 0)
    io.err('note: no rows: every day forecast falls on a weekday the history never saw open (read as closed)\n');
  if (csvPath !== undefined) {
    if (csvPath === '-') io.out(forecastCsv(forecast, dated));
    else writeFileAtomic(csvPath, forecastCsv(forecast, dated), 'csv');
  }
  if (values.json === true) {
    io.out(toJson({ file, ...forecast }));
    return;
  }
  if (csvPath === '-') return;
  io.out(`forecast from ${file} (${rows.length} interval${rows.length === 1 ? '' : 's'} of history): method ${forecast.method}\n\n`);
  writeAnomalies(forecast, dated, io);
  if (forecast.backtest.length > 0) {
    io.out('rolling-origin backtest on the history (best first):\n');
    io.out(
      `${formatTable(
        [
          { header: 'method', align: 'left' },
          { header: 'RMSE' },
          { header: 'MAPE' },
          { header: 'daily RMSE' },
          { header: 'daily MAPE' },
          { header: 'intervals' },
        ],
        forecast.backtest.map((b) => [
          b.method,
          formatNumber(b.rmse, 2),
          formatPercent(b.mape),
          formatNumber(b.dailyRmse, 1),
          formatPercent(b.dailyMape),
          String(b.intervals),
        ]),
      )}\n`,
    );
  } else io.out(`history too short for a backtest: ${forecast.method} is used\n\n`);
  const byDay = new Map<number, { calls: number; lower: number; upper: number }>();
  for (const r of forecast.rows) {
    const day = Math.floor(r.start / 86_400);
    const d = byDay.get(day) ?? { calls: 0, lower: 0, upper: 0 };
    d.calls += r.calls;
    byDay.set(day, d);
  }
  io.out(
    `${formatTable(
      [{ header: 'day', align: 'left' }, { header: 'calls' }],
      [...byDay.entries()].map(([day, d]) => [
        dated ? new Date(day * 86_400_000).toISOString().slice(0, 10) : `day ${day}`,
        formatNumber(d.calls, 0),
      ]),
    )}`,
  );
  if (csvPath !== undefined) io.out(`\nforecast written to ${csvPath} (queuecast plan ${csvPath} plans it)\n`);
}

/** `queuecast forecast`: next days' calls per interval from a history CSV. */
export const forecastCommand: Command = {
  name: 'forecast',
  summary: 'forecast calls per interval from a history CSV (backtested methods); writes the CSV plan reads',
  positionals: ['history.csv'],
  options: {
    days: { type: 'string', short: 'd' },
    weeks: { type: 'string', short: 'w' },
    method: { type: 'string', short: 'm' },
    exclude: { type: 'string' },
    events: { type: 'string' },
    coverage: { type: 'string' },
    calendar: { type: 'string' },
    today: { type: 'string' },
    csv: { type: 'string' },
  },
  help: `queuecast forecast — calls (and handle time) per interval for the next days, from a
centre's history, by the method that forecast that history best

Usage:
  queuecast forecast HISTORY.csv [--weeks N | --days N] [--method M] [--csv OUT.csv] [--json]
  queuecast forecast HISTORY.csv --today TODAY.csv [--csv REST.csv]

HISTORY.csv: one row per past interval: start (2024-05-06 08:30), calls (also: offered,
volume), optional aht and patience, as the forecast files "queuecast plan" reads. Rows left
out are closed hours (on a last day cut short, as by an export at noon, they are unknown: that
day is kept out of fitting). The forecast starts the day after the history. Weekdays are read
from the dates. Days far from what their weekday and week led one to expect (holidays nobody
labelled, outages) are found, kept out of fitting and listed: confirm them, or label them in a
calendar.

Methods (Taylor 2008; Weinberg, Brown & Stroud 2007):
  -m, --method M       auto (default: the least interval RMSE in a rolling-origin backtest),
                       seasonal-naive (same interval last week), weekly-average (exponentially
                       weighted, same interval over past weeks), profile (pooled profile of
                       similar weekdays × day level), holt-winters (double seasonal, Taylor 2003),
                       day-type (level × shape per weekday, the level followed day by day);
                       auto also tries the average of the best two or three
  -w, --weeks N        forecast N weeks (default 1)     -d, --days N   or N days
      --exclude DATES  days left out of fitting, e.g. 2024-05-01,2024-12-25
      --events D=M     multiply a forecast day, e.g. 2024-05-06=1.3,2024-05-07=0.8
      --coverage P     prediction intervals (default 95%)
      --calendar FILE  known days, CSV date,label[,multiplier] (e.g. 2024-05-01,holiday): a label
                       seen in the history takes its past days' level and shape; one not seen yet
                       takes its multiplier (default 1)
      --today FILE     today's counts so far (start,calls on the history's intervals): re-forecast
                       the rest of today, with prediction intervals (Weinberg, Brown & Stroud 2007)
Output:
      --csv FILE       the forecast as CSV (- for stdout): start,end,calls,aht,patience,lower,upper
      --json           method, backtest, unusual days and rows as JSON
  -h, --help           this help

Examples:
  queuecast forecast history.csv --weeks 1 --csv next-week.csv
  queuecast forecast history.csv --today this-morning.csv --csv rest-of-today.csv
  queuecast plan next-week.csv --sl 80/20 --shrinkage 30% --csv plan.csv
  queuecast schedule plan.csv --shifts shifts.json --chart coverage.svg
`,
  run,
};
