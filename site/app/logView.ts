// The log page's tables and charts for a log's analysis.

import { formatDuration, formatNumber, formatPercent } from '../../src/cli/output/formatValue.js';
import { CALIBRATION_HEADERS, calibrationCells, historyCells, historyHeaders, startLabel } from '../../src/cli/output/historyOutput.js';
import { chartPoints } from '../../src/cli/output/planOutput.js';
import { renderChart } from '../../src/cli/output/renderChart.js';
import { renderFitChart } from '../../src/cli/output/renderFitChart.js';
import { byId, renderTable, show } from './dom.js';
import type { LogAnalysis } from './logModel.js';

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

/** The forecast and the plan: totals, chart, tables. */
function showPlan(a: LogAnalysis): void {
  const { plan } = a;
  const t = plan.totals;
  show('forecast-calls', formatNumber(t.calls, 1), t.calls);
  show('plan-hours', formatNumber(t.scheduledHours, 1), t.scheduledHours);
  show('plan-fte', formatNumber(t.fte, 1), t.fte);
  show('plan-peak', `${t.peak.scheduled} at ${t.peak.start}`, t.peak.scheduled);
  byId('plan-chart').innerHTML = renderChart(chartPoints(plan), {
    title: `Next week: calls forecast and agents (availability ${formatPercent(a.availability)})`,
  });
  fill(
    'forecast-table',
    ['start', 'length', 'calls', 'AHT', 'patience'],
    a.plan.rows.map((r) => [
      r.start,
      formatDuration(r.length),
      formatNumber(r.calls, 2),
      formatDuration(r.handleTime),
      formatDuration(r.patience ?? Infinity),
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

/** Shows every part of a log's analysis. */
export function showAnalysis(a: LogAnalysis, file: string): void {
  showHistory(a);
  showCalibration(a, file);
  showPlan(a);
}
