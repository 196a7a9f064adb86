import { MAX_AVAILABILITY } from '../../history/predictHistory.js';
import type { Calibration, CallHistory, HistoryForecastInterval, HistoryInterval, PredictedInterval } from '../../index.js';
import { csvCell, formatTable } from './formatTable.js';
import { formatDuration, formatNumber, formatPercent } from './formatValue.js';
import { joinLines } from './joinLines.js';

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const clock = (seconds: number): string => new Date(seconds * 1000).toISOString().slice(11, 16);

/** An interval's start as people read it: `2026-12-03 08:00`, `08:00` (per day) or `Mon 08:00` (per week). */
export function startLabel(history: CallHistory, start: number): string {
  if (history.pool === 'day') return clock(start);
  if (history.pool === 'week') return `${WEEKDAYS[Math.floor(start / 86_400)] ?? '?'} ${clock(start)}`;
  return new Date(start * 1000).toISOString().slice(0, 16).replace('T', ' ');
}

/** A number for CSV; empty when absent or unbounded (a patience with no abandonment), as the readers take it. */
const fixed = (x: number | undefined, digits: number): string =>
  x === undefined || !Number.isFinite(x) ? '' : String(Number(x.toFixed(digits)));

/**
 * The history as CSV (seconds and fractions; an empty cell for a value that is absent or
 * unbounded, e.g. the patience of an interval with no abandonment), which `queuecast forecast` reads.
 */
export function historyCsv(history: CallHistory, rows: readonly HistoryInterval[]): string {
  const header =
    'start,seconds,periods,call_type,priority,offered,answered,abandoned,exited,waiting,abandon,wait_prob,asa_s,mean_wait_s,' +
    'service_level,service_level_of_answered,service_level_excluding_short_abandons,offered_service_level,handle_time_s,patience_s,patience_low_s,patience_high_s,busy_agents,agents_seen\n';
  return (
    header +
    joinLines(rows.length, (i) => {
      const r = rows[i] as HistoryInterval;
      return [
        csvCell(startLabel(history, r.start)),
        r.length,
        r.periods,
        csvCell(r.callType ?? ''),
        r.priority ?? '',
        r.offered,
        r.answered,
        r.abandoned,
        r.exited,
        r.waiting,
        fixed(r.probAbandon, 4),
        fixed(r.probWait, 4),
        fixed(r.asa, 2),
        fixed(r.meanWait, 2),
        fixed(r.serviceLevel, 4),
        fixed(r.serviceLevelOfAnswered, 4),
        fixed(r.serviceLevelExcludingShortAbandons, 4),
        fixed(r.offeredServiceLevel, 4),
        fixed(r.handleTime, 2),
        fixed(r.patience, 1),
        fixed(r.patienceLow, 1),
        fixed(r.patienceHigh, 1),
        fixed(r.busyAgents, 2),
        fixed(r.agentsSeen, 2),
      ].join(',');
    })
  );
}

/** The history table's headers after `start` (and the group, when split): the columns of {@link historyCells}. */
export function historyHeaders(history: CallHistory): string[] {
  return [
    'offered',
    'answered',
    'abandon',
    'P(wait)',
    'ASA',
    'wait',
    `SL ${formatDuration(history.answerTime)}`,
    'AHT',
    'patience [95% CI]',
    'busy',
    'agents',
  ];
}

/** One history row's cells after its start and group, for people (the columns of {@link historyHeaders}). */
export function historyCells(r: HistoryInterval): string[] {
  return [
    String(r.offered),
    String(r.answered),
    formatPercent(r.probAbandon),
    formatPercent(r.probWait),
    formatDuration(r.asa),
    formatDuration(r.meanWait),
    r.offered === 0 ? 'no calls' : formatPercent(r.serviceLevel),
    r.handleTime === undefined ? '–' : formatDuration(r.handleTime),
    `${formatDuration(r.patience)} [${formatDuration(r.patienceLow)}, ${formatDuration(r.patienceHigh)}]`,
    formatNumber(r.busyAgents, 1),
    formatNumber(r.agentsSeen, 1),
  ];
}

/** The history as an aligned table for people. */
export function historyTable(history: CallHistory, rows: readonly HistoryInterval[]): string {
  const split = rows.some((r) => r.callType !== undefined || r.priority !== undefined);
  const cols = [
    { header: 'start', align: 'left' as const },
    ...(split ? [{ header: 'group', align: 'left' as const }] : []),
    ...historyHeaders(history).map((header) => ({ header })),
  ];
  const body = rows.map((r) => [
    startLabel(history, r.start),
    ...(split ? [[r.callType, r.priority === undefined ? undefined : `p${r.priority}`].filter((x) => x !== undefined).join(' ')] : []),
    ...historyCells(r),
  ]);
  return formatTable(cols, body);
}

/** The headers of the table of observed against predicted per interval ({@link calibrationCells}). */
export const CALIBRATION_HEADERS: readonly string[] = [
  'start',
  'staffed',
  'answering',
  'abandon seen',
  'abandon Erlang A',
  'wait seen',
  'wait Erlang A',
  'wait Erlang C',
];

/** One interval of a calibration, observed against predicted, for people (the columns of {@link CALIBRATION_HEADERS}). */
export function calibrationCells(history: CallHistory, p: PredictedInterval): string[] {
  return [
    startLabel(history, p.start),
    formatNumber(p.staffed, 1),
    formatNumber(p.answering, 1),
    formatPercent(p.observed.probAbandon),
    formatPercent(p.erlangA.probAbandon),
    formatDuration(p.observed.meanWait),
    formatDuration(p.erlangA.meanWait),
    formatDuration(p.erlangC.meanWait),
  ];
}

/**
 * Erlang C's own best availability in words. Up to 100% it reads as an availability; above, it is
 * none: Erlang C reproduces the waits only with more agents answering than were staffed (callers
 * hanging up shorten the waits, and it has no abandonment); at the search's bound, with none.
 */
export function erlangCFitText(c: Calibration): string {
  const f = c.erlangCAvailability;
  const verdict = c.erlangCCalibrated.fits ? 'It fits' : 'It does not fit';
  if (f >= MAX_AVAILABILITY)
    return `Erlang C fitted to the mean wait stops at its bound, ${formatPercent(f)} of the staffed agents answering: even so many agents leave waits longer than observed, so no availability reproduces them. ${verdict}.\n`;
  if (f > 1)
    return `Erlang C fitted to the mean wait needs ${formatPercent(f)} of the staffed agents answering, more than were staffed, so not an availability: the log is better explained by callers hanging up (Erlang A at the availability above), who shorten the waits, than by agents who were not there. ${verdict}.\n`;
  return `Erlang C with its own best availability (${formatPercent(f)}, fitted to the mean wait): ${c.erlangCCalibrated.fits ? 'fits' : 'does not fit'}.\n`;
}

/** The calibration in words and a table of observed against predicted per interval. */
export function calibrationText(history: CallHistory, c: Calibration, staffedFrom: string): string {
  const bands = c.bands
    .map(
      (b) =>
        `${c.bands.length > 1 ? `${String(b.fromHour).padStart(2, '0')}–${String(b.toHour).padStart(2, '0')}h ` : ''}${formatPercent(b.availability)} [95% CI ${formatPercent(b.low)}, ${formatPercent(b.high)}]`,
    )
    .join('; ');
  const cols = CALIBRATION_HEADERS.map((header, i) => (i === 0 ? { header, align: 'left' as const } : { header }));
  const body = c.intervals.map((p) => calibrationCells(history, p));
  const skipped = Object.entries(c.skipped)
    .map(([k, v]) => `${v} ${k}`)
    .join(', ');
  return (
    `availability (answering ÷ staffed agents, staffed = ${staffedFrom}; fitted to abandonment with Erlang A): ${bands}\n` +
    `${c.erlangA.verdict}\n${c.erlangC.verdict}\n` +
    erlangCFitText(c) +
    (skipped ? `intervals left out of the fit: ${skipped}\n` : '') +
    `\nobserved against predicted (∞: the model is overloaded, the queue grows without bound):\n${formatTable(cols, body)}`
  );
}

/** The forecast CSV `queuecast plan` reads: start, length (s), calls, aht (s), patience (s). */
export function forecastCsv(history: CallHistory, rows: readonly HistoryForecastInterval[], weekStart: number): string {
  const start = (s: number): string =>
    history.pool === 'week' ? new Date((weekStart + s) * 1000).toISOString().slice(0, 16).replace('T', ' ') : clock(s);
  return `start,length,calls,aht,patience\n${joinLines(rows.length, (i) => {
    const r = rows[i] as HistoryForecastInterval;
    return `${start(r.start)},${r.length},${fixed(r.calls, 3)},${fixed(r.handleTime, 1)},${fixed(r.patience, 1)}`;
  })}`;
}
