// The forecast of `queuecast forecast` as text: its CSV and the table of unusual days.

import type { AnomalousDay, ArrivalForecast } from '../../index.js';
import { formatClock } from './formatClock.js';
import { formatNumber, formatPercent } from './formatValue.js';
import { joinLines } from './joinLines.js';

/** The forecast as the CSV `queuecast plan` reads (plus prediction bounds). */
export function forecastCsv(forecast: Pick<ArrivalForecast, 'rows'>, dated: boolean): string {
  const withAht = forecast.rows.some((r) => r.handleTime !== undefined);
  const withPatience = forecast.rows.some((r) => r.patience !== undefined);
  return (
    `start,end,calls${withAht ? ',aht' : ''}${withPatience ? ',patience' : ''},lower,upper\n` +
    joinLines(forecast.rows.length, (i) => {
      const r = forecast.rows[i] as ArrivalForecast['rows'][number];
      return (
        `${formatClock(r.start, dated)},${formatClock(r.start + r.length, dated)},${r.calls.toFixed(2)}` +
        `${withAht ? `,${r.handleTime === undefined ? '' : r.handleTime.toFixed(1)}` : ''}` +
        `${withPatience ? `,${r.patience === undefined ? '' : r.patience.toFixed(1)}` : ''},${r.lower.toFixed(2)},${r.upper.toFixed(2)}`
      );
    })
  );
}

/** The headers of the table of unusual days ({@link anomalyCells}). */
export const ANOMALY_HEADERS: readonly string[] = ['day', 'calls', 'expected', 'ratio'];

/** One unusual day of a forecast's history, for people (the columns of {@link ANOMALY_HEADERS}). */
export function anomalyCells(anomaly: AnomalousDay, dated: boolean): string[] {
  return [
    dated ? new Date(anomaly.day * 1000).toISOString().slice(0, 10) : `day ${Math.floor(anomaly.day / 86_400)}`,
    formatNumber(anomaly.calls, 0),
    formatNumber(anomaly.expected, 0),
    formatPercent(anomaly.ratio),
  ];
}
