import { parseCsv } from '../../calllog/parseCsv.js';
import { type CallHistory, type CallLog, calibrateAvailability, callHistory, forecastFromHistory, parseCallLog } from '../../index.js';
import type { Command, Output } from '../Command.js';
import { durationOpt, type FlagValues, stringFlag } from '../flags/flags.js';
import { rethrowAsFlag } from '../flags/libraryError.js';
import { serviceLevelFlag } from '../flags/parseServiceLevel.js';
import { toJson } from '../output/formatValue.js';
import { calibrationText, forecastCsv, historyCsv, historyTable, startLabel } from '../output/historyOutput.js';
import { renderFitChart } from '../output/renderFitChart.js';
import { writeFileAtomic } from '../output/writeFileAtomic.js';
import { CALL_LOG_FLAGS, CALL_LOG_HELP, readCallLogFile } from '../readers/readCallLogFile.js';
import { readInputFile } from '../readers/readInputFile.js';
import { UsageError } from '../UsageError.js';

/** The SEE log's rows that never reached an agent's queue, by reason, as a line (empty for other formats). */
function leftOut(log: CallLog): string {
  if (log.format !== 'see' || Object.keys(log.ignored).length === 0) return '';
  const counts = Object.entries(log.ignored).map(([reason, count]) => `${count} ${reason}`);
  return `not offered to the agents, left out: ${counts.join(', ')}\n`;
}

/** Reads `--staffed FILE` (start, staffed): one count per history row, matched by start. */
function readStaffed(file: string, history: CallHistory): number[] {
  const table = parseCsv(readInputFile(file));
  if (!table) throw new UsageError(`${file}: the file is empty; expected a header "start,staffed" and one row per interval`);
  const names = table.header.map((h) => h.trim().toLowerCase());
  const startAt = names.findIndex((n) => ['start', 'time', 'interval', 'from'].includes(n));
  const staffedAt = names.findIndex((n) => ['staffed', 'agents', 'staff', 'agents_staffed', 'scheduled'].includes(n));
  if (startAt < 0 || staffedAt < 0)
    throw new UsageError(`${file}:${table.headerLine}: expected columns start and staffed (or agents), found: ${table.header.join(', ')}`);
  const byStart = new Map<number, number>();
  for (const row of table.rows) {
    const text = (row.cells[startAt] ?? '').trim();
    const weekday = /^(sun|mon|tue|wed|thu|fri|sat)\w*\s+(.+)$/i.exec(text);
    const log = parseCallLog(`offered_at\n${weekday ? weekday[2] : text}`);
    const day = weekday ? ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'].indexOf((weekday[1] as string).toLowerCase()) : 0;
    const time = log.calls[0]?.offeredAt;
    const start = time === undefined ? undefined : day * 86_400 + time;
    if (start === undefined)
      throw new UsageError(
        `${file}:${row.line}:${startAt + 1} (column "${table.header[startAt]}"): expected a start time such as 08:00 or 2026-12-03 08:00, got ${JSON.stringify(row.cells[startAt])}`,
      );
    const count = Number(row.cells[staffedAt]);
    if (!(count >= 0))
      throw new UsageError(
        `${file}:${row.line}:${staffedAt + 1} (column "${table.header[staffedAt]}"): expected agents staffed (a number ≥ 0), got ${JSON.stringify(row.cells[staffedAt])}`,
      );
    byStart.set(start, count);
  }
  return history.intervals.map((r) => {
    const count = byStart.get(r.start);
    if (count !== undefined) return count;
    if (r.offered === 0) return 0; // no calls: nothing to fit
    throw new UsageError(
      `${file}: no staffed agents for the interval starting ${startLabel(history, r.start)} (${r.offered} calls offered); add a row "${startLabel(history, r.start)},N"`,
    );
  });
}

/** Flags of `callHistory`'s options. */
const HISTORY_FLAGS: Readonly<Record<string, string>> = {
  'options.intervalSeconds': '--interval',
  'options.pool': '--pool',
  'options.answerTime': '--sl',
  'options.by': '--by',
};

function run(values: FlagValues, positionals: readonly string[], io: Output): void {
  const file = positionals[0];
  if (file === undefined) throw new UsageError('expected a call log, e.g. queuecast history examples/bank-calls-1999-02-01.csv');
  const interval = durationOpt(values, 'interval') ?? 3600;
  const pool = stringFlag(values, 'pool') ?? 'none';
  if (pool !== 'none' && pool !== 'day' && pool !== 'week')
    throw new UsageError(`--pool: expected none, day or week, got ${JSON.stringify(pool)}`);
  if (!(interval > 0) || (pool !== 'none' && (86_400 * (pool === 'week' ? 7 : 1)) % interval !== 0)) {
    throw new UsageError(
      `--interval: expected a length that divides a ${pool === 'none' ? 'day' : pool} such as 15m, 30m or 1h, got ${JSON.stringify(stringFlag(values, 'interval'))}`,
    );
  }
  const answerTime = serviceLevelFlag('sl', stringFlag(values, 'sl') ?? '80/20').answerTime;
  const byText = stringFlag(values, 'by');
  const by = byText === undefined ? [] : byText.split(',').map((b) => (b.trim() === 'type' ? 'callType' : b.trim()));
  if (by.some((b) => b !== 'callType' && b !== 'priority'))
    throw new UsageError(`--by: expected type, priority or type,priority, got ${JSON.stringify(byText)}`);
  const bandsText = stringFlag(values, 'bands');
  const bands = bandsText === undefined ? undefined : bandsText.split(',').map((h) => (h.trim() === '' ? Number.NaN : Number(h)));
  if (bands?.some((h, i) => !Number.isInteger(h) || h < 0 || h > 23 || h <= (bands[i - 1] ?? -Infinity))) {
    throw new UsageError(`--bands: expected increasing hours of the day such as 7,12,17, got ${JSON.stringify(bandsText)}`);
  }
  const log = readCallLogFile(file, values, io);
  let history: CallHistory;
  try {
    history = callHistory(log.calls, { intervalSeconds: interval, pool, answerTime, by: by as ('callType' | 'priority')[] });
  } catch (e) {
    rethrowAsFlag(e, HISTORY_FLAGS, values);
  }
  const staffedPath = stringFlag(values, 'staffed');
  const staffed = staffedPath === undefined ? undefined : readStaffed(staffedPath, history);
  const calibration = calibrateAvailability(history.intervals, { ...(staffed && { staffed }), ...(bands && { bands }) });
  const staffedFrom = staffedPath === undefined ? 'agents seen answering' : staffedPath;
  const forecastPath = stringFlag(values, 'forecast');
  if (forecastPath !== undefined) {
    if (pool === 'none')
      throw new UsageError('--forecast: needs --pool day or --pool week (a forecast repeats the mean of each interval of the day or week)');
    const last = log.calls[log.calls.length - 1]?.offeredAt ?? 0;
    const nextSunday = (Math.floor((last + 4 * 86_400) / 604_800) + 1) * 604_800 - 4 * 86_400;
    writeFileAtomic(forecastPath, forecastCsv(history, forecastFromHistory(history), nextSunday), 'forecast');
  }
  const chartPath = stringFlag(values, 'chart');
  if (chartPath !== undefined) writeFileAtomic(chartPath, renderFitChart(history, calibration, `Observed and predicted: ${file}`), 'chart');
  // A call crossing midnight at the end of the log leaves a last interval with no calls offered: not shown.
  let last = history.intervals.length;
  while (pool === 'none' && last > 0 && history.intervals[last - 1]?.offered === 0) last--;
  const intervals = history.intervals.slice(0, last);
  const rows = [...intervals, ...history.groups];
  const csvPath = stringFlag(values, 'csv');
  if (csvPath !== undefined) {
    if (csvPath === '-') io.out(historyCsv(history, rows));
    else writeFileAtomic(csvPath, historyCsv(history, rows), 'csv');
  }
  if (values.json === true) {
    io.out(
      toJson({
        file,
        format: log.format,
        calls: log.calls.length,
        skipped: log.skipped,
        problems: log.problems,
        ignored: log.ignored,
        warnings: log.warnings,
        interval,
        pool,
        answerTime,
        intervals,
        groups: history.groups,
        calibration,
      }),
    );
    return;
  }
  if (csvPath === '-') return;
  io.out(
    `history of ${file}: ${log.calls.length} calls (${log.format}), ${interval / 60}-minute intervals${pool === 'none' ? '' : `, pooled per ${pool}`}\n${leftOut(log)}\n`,
  );
  if (csvPath === undefined) io.out(`${historyTable(history, rows)}\n`);
  io.out(calibrationText(history, calibration, staffedFrom));
  for (const [what, path] of [
    ['history', csvPath],
    ['chart', chartPath],
    ['forecast', forecastPath],
  ] as const) {
    if (path !== undefined && path !== '-') io.out(`${what} written to ${path}\n`);
  }
}

/** `queuecast history`: what really happened per interval, and a model calibrated to it. */
export const historyCommand: Command = {
  name: 'history',
  summary: 'what happened per interval of a call log, and Erlang A/C calibrated to it (availability)',
  positionals: ['calls.csv'],
  options: {
    interval: { type: 'string', short: 'i' },
    pool: { type: 'string' },
    sl: { type: 'string' },
    by: { type: 'string' },
    staffed: { type: 'string' },
    bands: { type: 'string' },
    ...CALL_LOG_FLAGS,
    csv: { type: 'string' },
    chart: { type: 'string' },
    forecast: { type: 'string' },
  },
  help: `queuecast history — what really happened in each interval of a call log, and how well
Erlang A and Erlang C reproduce it once the centre's availability (answering ÷ staffed agents) is fitted

Usage:
  queuecast history CALLS.csv [--interval 1h] [--pool day|week] [--sl 80/20] [--staffed STAFFED.csv]
                    [--chart FIT.svg] [--forecast FORECAST.csv] [--csv OUT.csv | --json]
  (CALLS: the per-call CSV of https://github.com/queuecast/queuecast/blob/main/docs/sections/call-log.md,
  an Asterisk queue_log or the SEE lab's per-call log, plain or gzip; - reads stdin)

Per interval: offered, answered, abandoned, P(wait), ASA, mean wait, service level, handle time,
patience (abandons ÷ time waited, Brown et al. 2005, with its 95% interval), busy agents, agents seen.
Then the availability fitted to abandonment, observed against Erlang A and Erlang C predicted, and
whether each model fits.

Flags:
  -i, --interval D      interval length (default 1h), e.g. 15m, 30m
      --pool P          none (default: intervals on the log's clock), day (per interval of the day,
                        pooled over days) or week (per interval of the week)
      --sl P/T          the answer time of the service levels (default 80/20: 20 s)
      --by K            also per type, priority or type,priority
      --staffed FILE    agents staffed per interval (columns start, staffed; start as in the log,
                        a time of day with --pool day, Mon 08:00 with --pool week); default: the agents seen answering
      --bands H,H,...   hours at which an availability band starts, e.g. 7,12,17 (default: one)
${CALL_LOG_HELP}Output:
      --csv FILE        the history as CSV (- for stdout)
      --chart FILE      an SVG chart of observed against predicted per interval
      --forecast FILE   a forecast CSV for queuecast plan: per interval of the day or week, the mean
                        calls of the pooled days, their handle time and patience (needs --pool)
      --json            history, calibration and verdicts as JSON
  -h, --help            this help

Plan with what was learnt: queuecast plan FORECAST.csv --availability P (P from this command).

Examples:
  queuecast history examples/bank-calls-1999-02-01.csv
  queuecast history examples/bank-calls-1999-02-01.csv --interval 30m --by priority
  queuecast history examples/bank-calls-1999-02-01.csv --pool day --chart fit.svg --forecast forecast.csv
  queuecast history examples/bank-calls-1999-02-01.csv --json
`,
  run,
};
