import type { QueueMetrics } from '../../index.js';
import type { FlagDemand } from '../flags/flags.js';
import { formatDuration, formatNumber, formatPercent } from './formatValue.js';

/** A one-line description of the demand, e.g. `1200 calls per 30m · AHT 4m30s · patience 3m`; `unit` names the contacts. */
export function describeDemand(d: FlagDemand, unit = 'calls'): string {
  const calls =
    d.calls === undefined
      ? `${formatNumber(d.arrivalRate, 4)} ${unit}/s`
      : `${formatNumber(d.calls)} ${d.calls === 1 ? unit.replace(/s$/, '') : unit} per ${formatDuration(d.interval)}`;
  const patience = d.patience === undefined ? 'no abandonment (Erlang C)' : `patience ${formatDuration(d.patience)} (Erlang A)`;
  return `${calls} · AHT ${formatDuration(d.handleTime)} · load ${formatNumber(d.arrivalRate * d.handleTime)} Erlangs · ${patience}`;
}

/** Metric lines for people (label, value). */
export function metricLines(m: QueueMetrics): [string, string][] {
  const lines: [string, string][] = [
    ['agents', String(m.agents)],
    ['offered load', `${formatNumber(m.load)} Erlangs`],
    ['occupancy', formatPercent(m.occupancy)],
    ['stable', m.stable ? 'yes' : 'no (calls arrive faster than agents can answer)'],
    ['P(wait)', formatPercent(m.probWait)],
  ];
  if (m.serviceLevel !== undefined && m.answerTime !== undefined) {
    lines.push([`service level (${formatDuration(m.answerTime)})`, formatPercent(m.serviceLevel)]);
    if (m.model === 'erlang-a') {
      lines.push(
        ['  of answered calls', formatPercent(m.serviceLevelOfAnswered ?? NaN)],
        ['  offered wait ≤ t', formatPercent(m.offeredServiceLevel ?? NaN)],
        ['  excl. short abandons', formatPercent(m.serviceLevelExcludingShortAbandons ?? NaN)],
      );
    }
  }
  lines.push(['ASA (answered calls)', formatDuration(m.asa)], ['mean wait (all calls)', formatDuration(m.meanWait)]);
  if (m.model === 'erlang-a') lines.push(['abandoned', formatPercent(m.probAbandon)]);
  lines.push(['mean queue length', formatNumber(m.meanQueueLength)]);
  return lines;
}

/** Two aligned columns. */
export function formatPairs(lines: readonly (readonly [string, string])[]): string {
  const w = Math.max(...lines.map(([k]) => k.length));
  return `${lines.map(([k, v]) => `  ${k.padEnd(w)}  ${v}`).join('\n')}\n`;
}

/** One row of a sweep table. */
export function sweepRow(m: QueueMetrics): string[] {
  return [
    String(m.agents),
    formatPercent(m.occupancy),
    formatPercent(m.probWait),
    m.serviceLevel === undefined ? '–' : formatPercent(m.serviceLevel),
    formatDuration(m.asa),
    m.model === 'erlang-a' ? formatPercent(m.probAbandon) : '–',
  ];
}

/** Header of a sweep table. */
export const SWEEP_COLUMNS = [
  { header: 'agents' },
  { header: 'occupancy' },
  { header: 'P(wait)' },
  { header: 'SL' },
  { header: 'ASA' },
  { header: 'abandon' },
] as const;
