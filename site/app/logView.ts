// The log page's tables and charts for a log's analysis.

import { ANOMALY_HEADERS, anomalyCells } from '../../src/cli/output/forecastOutput.js';
import { formatClock } from '../../src/cli/output/formatClock.js';
import { formatDuration, formatNumber, formatPercent } from '../../src/cli/output/formatValue.js';
import { CALIBRATION_HEADERS, calibrationCells, historyCells, historyHeaders, startLabel } from '../../src/cli/output/historyOutput.js';
import { chartPoints } from '../../src/cli/output/planOutput.js';
import { renderChart } from '../../src/cli/output/renderChart.js';
import { renderFitChart } from '../../src/cli/output/renderFitChart.js';
import { byId, inputText, renderTable, show } from './dom.js';
import type { LogAnalysis, NextWeek } from './logModel.js';

/** Most rows a table shows (the CSV has them all). */
const MAX_ROWS = 800;

/** A table of at most {@link MAX_ROWS} rows, with a last row saying how many were left out. */
function fill(id: string, headers: readonly string[], rows: readonly (readonly string[])[]): void {
  const shown = rows.length > MAX_ROWS ? [...rows.slice(0, MAX_ROWS), [`… ${rows.length - MAX_ROWS} more rows in the CSV`]] : rows;
  renderTable(byId<HTMLTableElement>(id), headers, shown);
}

const sum = (values: readonly number[]): number => values.reduce((s, x) => s + x, 0);

/** Totals and the table of the history. */
function showHistory(a: LogAnalysis): void {
  const { history, intervals } = a;
  show('history-calls', String(a.log.calls.length), a.log.calls.length);
  show('history-format', a.log.format, a.log.format);
  show('history-intervals', String(intervals.length), intervals.length);
  for (const key of ['offered', 'answered', 'abandoned'] as const) {
    const total = sum(intervals.map((r) => r[key]));
    show(`history-${key}`, String(total), total);
  }
  fill(
    'history-table',
    ['start', ...historyHeaders(history)],
    intervals.map((r) => [startLabel(history, r.start), ...historyCells(r)]),
  );
}

/** The availability, the verdicts, the chart and the table of observed against predicted. */
function showCalibration(a: LogAnalysis, file: string): void {
  const c = a.calibration;
  const band = c.bands[0];
  show('availability', formatPercent(c.availability), c.availability);
  show('availability-low', band === undefined ? '–' : formatPercent(band.low), band?.low);
  show('availability-high', band === undefined ? '–' : formatPercent(band.high), band?.high);
  show('verdict-erlang-a', c.erlangA.verdict, String(c.erlangA.fits));
  show('verdict-erlang-c', c.erlangC.verdict, String(c.erlangC.fits));
  byId('history-chart').innerHTML = renderFitChart(a.history, c, `Observed and predicted: ${file}`);
  fill(
    'calibration-table',
    CALIBRATION_HEADERS,
    c.intervals.map((p) => calibrationCells(a.history, p)),
  );
}

/** The forecast's method and the unusual days it found in the history (as `queuecast forecast` lists them). */
function showForecast(next: NextWeek): void {
  const { method, anomalies, backtest } = next.forecast;
  show('forecast-method', method, method);
  show(
    'forecast-backtest',
    backtest.length > 0
      ? `(the least error in a rolling-origin backtest of ${backtest.length} methods on your history)`
      : '(history too short for a backtest: the pooled profile of similar weekdays is used)',
    backtest.length,
  );
  show(
    'forecast-anomalies-note',
    anomalies.length === 0
      ? 'No unusual day in the history.'
      : `Unusual days in the history (kept out of fitting; confirm them, or label them with the command line's --calendar): ${anomalies.length}.`,
    anomalies.length,
  );
  const table = byId<HTMLTableElement>('forecast-anomalies');
  table.hidden = anomalies.length === 0;
  renderTable(
    table,
    ANOMALY_HEADERS,
    anomalies.map((d) => anomalyCells(d, next.dated)),
  );
}

/** The forecast and the plan: totals, chart, tables. */
function showPlan(next: NextWeek, availability: number): void {
  const { plan } = next;
  const t = plan.totals;
  show('forecast-calls', formatNumber(t.calls, 1), t.calls);
  show('plan-hours', formatNumber(t.scheduledHours, 1), t.scheduledHours);
  show('plan-fte', formatNumber(t.fte, 1), t.fte);
  show('plan-peak', `${t.peak.scheduled} at ${t.peak.start}`, t.peak.scheduled);
  byId('plan-chart').innerHTML = renderChart(chartPoints(plan), {
    title: `Next week: calls forecast and agents (availability ${formatPercent(availability)})`,
  });
  fill(
    'forecast-table',
    ['start', 'calls', '95% lower', '95% upper', 'AHT', 'patience'],
    next.forecast.rows.map((r) => [
      formatClock(r.start, next.dated),
      formatNumber(r.calls, 2),
      formatNumber(r.lower, 2),
      formatNumber(r.upper, 2),
      r.handleTime === undefined ? '–' : formatDuration(r.handleTime),
      r.patience === undefined ? '–' : formatDuration(r.patience),
    ]),
  );
  fill(
    'plan-table',
    ['start', 'calls', 'load', 'agents', 'scheduled', 'SL', 'ASA', 'abandon', 'occupancy'],
    plan.rows.map((r) => [
      r.start,
      formatNumber(r.calls, 1),
      r.load.toFixed(1),
      String(r.required),
      String(r.scheduled),
      r.calls === 0 ? 'no calls' : formatPercent(r.serviceLevel),
      r.asa === undefined || r.calls === 0 ? '–' : formatDuration(r.asa),
      formatPercent(r.probAbandon),
      formatPercent(r.occupancy),
    ]),
  );
}

/** The settings' fields by the flag the command line names them with. */
const FIELD_OF_FLAG: Readonly<Record<string, string>> = { '--sl': 'log-sl', '--shrinkage': 'log-shrinkage' };

/**
 * A command line's message about a setting's flag (`--sl: expected a fraction in [0, 1) …, got
 * "1"`) in the page's words: the field's label, a percentage, and the value as typed.
 */
function pageWords(message: string): string {
  const [flag = '', expected = ''] = message.split(/: expected |, got /);
  const field = FIELD_OF_FLAG[flag];
  return field === undefined
    ? message
    : `${document.querySelector(`label[for="${field}"]`)?.textContent}: expected ${expected.replace('a fraction in [0, 1)', 'a percentage in [0, 100)').replace(' of 1 ', ' of 100% ')}, got ${inputText(field)}`;
}

/** Shows every part of a log's analysis. */
export function showAnalysis(a: LogAnalysis, file: string): void {
  showHistory(a);
  showCalibration(a, file);
  const { next } = a;
  const error = 'error' in next ? next.error : undefined;
  byId('next-week').hidden = error !== undefined;
  show('plan-error', error === undefined ? '' : pageWords(error));
  byId('plan-error').hidden = error === undefined;
  if ('error' in next) return;
  showForecast(next);
  showPlan(next, a.availability);
}
