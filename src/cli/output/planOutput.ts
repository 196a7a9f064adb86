// The plan of `queuecast plan` and `demo` as text: table, totals, CSV, JSON rows, chart points.

import type { PlanRow } from '../engine/PlanRow.js';
import type { Plan } from '../engine/planForecast.js';
import { csvCell, formatTable } from './formatTable.js';
import { formatDuration, formatNumber, formatPercent } from './formatValue.js';
import { joinLines } from './joinLines.js';
import type { ChartPoint } from './renderChart.js';

function fastNumber(x: number, digits: number): string {
  return Number.isInteger(x) ? String(x) : formatNumber(x, digits);
}

/**
 * What an infinite latest response time means: some items of the interval are still open when the
 * plan ends (their promise falls after its horizon), so their answer time is not known within it.
 */
export const OPEN_AT_END = 'open at the end of the plan: due after it, carried over';

/** The email backlog still open when the plan ends, or 0. */
export function openAtEnd(plan: Plan): number {
  const email = plan.rows.filter((r) => r.channel === 'email');
  return email[email.length - 1]?.backlog ?? 0;
}

/** The plan as CSV text (one row per interval; seconds and fractions). */
export function planCsv(plan: Plan): string {
  const header =
    'start,channel,calls,aht_s,patience_s,load,required,fractional_agents,scheduled,binding,service_level,asa_s,abandon,occupancy,backlog,latest_response_s,latest_response_note\n';
  return (
    header +
    joinLines(plan.rows.length, (i) => {
      const r = plan.rows[i] as PlanRow;
      const email = r.channel === 'email';
      return (
        `${csvCell(r.start)},${r.channel},${fastNumber(r.calls, 4)},${fastNumber(r.handleTime, 3)},` +
        `${r.patience === null ? '' : fastNumber(r.patience, 3)},${r.load.toFixed(3)},${r.required},` +
        `${r.fractionalAgents.toFixed(3)},${r.scheduled},${r.binding},${email ? '' : r.serviceLevel.toFixed(4)},` +
        `${r.asa === undefined ? '' : Number.isFinite(r.asa) ? r.asa.toFixed(2) : 'inf'},${r.probAbandon.toFixed(4)},${r.occupancy.toFixed(4)},` +
        `${r.backlog === undefined ? '' : fastNumber(r.backlog, 2)},` +
        `${r.latestResponse === undefined ? '' : Number.isFinite(r.latestResponse) ? r.latestResponse.toFixed(0) : 'inf'},` +
        `${r.latestResponse === Infinity ? OPEN_AT_END : ''}`
      );
    })
  );
}

/** The plan as an aligned table for people. */
export function planTable(plan: Plan): string {
  const multi = plan.rows.some((r) => r.channel !== plan.rows[0]?.channel);
  const hasEmail = plan.rows.some((r) => r.channel === 'email');
  const simulated = plan.rows.some((r) => r.simulatedServiceLevel !== undefined);
  const cols = [
    { header: 'start', align: 'left' as const },
    ...(multi ? [{ header: 'channel', align: 'left' as const }] : []),
    { header: 'calls' },
    { header: 'AHT' },
    { header: 'load' },
    { header: 'agents' },
    { header: 'scheduled' },
    { header: 'SL' },
    { header: 'ASA' },
    { header: 'abandon' },
    { header: 'occupancy' },
    ...(hasEmail ? [{ header: 'backlog' }, { header: 'latest' }] : []),
    ...(plan.rows.some((r) => r.simulatedServiceLevel !== undefined) ? [{ header: 'sim SL' }] : []),
  ];
  const hasPatience = plan.rows.some((r) => r.patience !== null);
  const rows = plan.rows.map((r) => [
    r.start,
    ...(multi ? [r.channel] : []),
    formatNumber(r.calls, 1),
    formatDuration(r.handleTime),
    r.load.toFixed(1),
    String(r.required),
    String(r.scheduled),
    r.channel === 'email' ? '–' : r.calls === 0 ? `no ${r.channel === 'chat' ? 'chats' : 'calls'}` : formatPercent(r.serviceLevel),
    r.asa === undefined || r.calls === 0 ? '–' : formatDuration(r.asa),
    hasPatience && r.channel !== 'email' ? formatPercent(r.probAbandon) : '–',
    formatPercent(r.occupancy),
    ...(hasEmail
      ? [r.backlog === undefined ? '' : formatNumber(r.backlog, 1), r.latestResponse === undefined ? '' : formatDuration(r.latestResponse)]
      : []),
    ...(simulated ? [r.simulatedServiceLevel === undefined ? '–' : formatPercent(r.simulatedServiceLevel.value)] : []),
  ]);
  const open = openAtEnd(plan);
  const note = plan.rows.some((r) => r.latestResponse === Infinity)
    ? `\nlatest ∞: some emails of that interval are still open when the plan ends (${formatNumber(open, 1)} carried over, due after its end), so their answer time lies beyond the plan.\n`
    : '';
  return formatTable(cols, rows) + note;
}

/** Totals in words, one `label  value` line each. */
export function planTotalsText(plan: Plan, shrinkage: number, shift: number): string {
  const t = plan.totals;
  const lines: [string, string][] = [
    ['intervals', String(t.intervals)],
    ['contacts', formatNumber(t.calls, 1)],
    [
      'agent-hours',
      `${formatNumber(t.requiredHours, 1)} on the phones, ${formatNumber(t.scheduledHours, 1)} scheduled${shrinkage > 0 ? ` (${formatPercent(shrinkage, 0)} shrinkage)` : ''}`,
    ],
    [`FTE (${formatDuration(shift)} shifts)`, formatNumber(t.fte, 1)],
    ['peak', `${t.peak.scheduled} scheduled (${t.peak.required} on the phones) at ${t.peak.start}`],
    [
      'service level',
      `${formatPercent(t.serviceLevel)} (weighted by calls${plan.rows.some((r) => r.channel === 'chat') ? ' and chats' : ''})`,
    ],
    ['ASA', formatDuration(t.asa)],
    ['abandoned', formatPercent(t.probAbandon)],
  ];
  const open = openAtEnd(plan);
  if (open > 0) lines.push(['email carried over', `${formatNumber(open, 1)} open when the plan ends (due after it; latest ∞)`]);
  const width = Math.max(...lines.map(([label]) => label.length)) + 2;
  return lines.map(([label, value]) => `${label.padEnd(width)}${value}\n`).join('');
}

/**
 * The rows for JSON: email rows leave out what does not apply to them (service level, ASA), and an
 * infinite latest response time carries its meaning in `latestResponseNote`.
 */
export function planRowsJson(plan: Plan): object[] {
  return plan.rows.map((r) => {
    if (r.channel !== 'email') return r;
    const { serviceLevel: _sl, asa: _asa, ...rest } = r;
    return r.latestResponse === Infinity ? { ...rest, latestResponseNote: OPEN_AT_END } : rest;
  });
}

/** What a chart of a plan of several channels sums, for its note; undefined for one channel. */
export function channelNote(plan: Plan): string | undefined {
  const channels = [...new Set(plan.rows.map((r) => r.channel))];
  return channels.length > 1 ? `contacts and agents: ${channels.join(' + ')} summed per interval` : undefined;
}

/** Chart points: all channels summed per start. */
export function chartPoints(plan: Plan): ChartPoint[] {
  const byStart = new Map<number, ChartPoint>();
  for (const r of plan.rows) {
    const p = byStart.get(r.startSeconds);
    if (p === undefined)
      byStart.set(r.startSeconds, {
        start: r.startSeconds,
        length: r.length,
        calls: r.calls,
        required: r.required,
        scheduled: r.scheduled,
      });
    else {
      p.calls += r.calls;
      p.required += r.required;
      p.scheduled += r.scheduled;
      if (r.length < p.length) p.length = r.length;
    }
  }
  return [...byStart.values()].sort((a, b) => a.start - b.start);
}
