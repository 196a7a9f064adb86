import type { HistoryRow } from '../../src/index.js';
import { rng } from '../helpers/rng.js';

export const DAY: number = 86_400;
/** 1970-01-04 was a Sunday: day 0 of these histories. */
export const SUNDAY: number = 3 * DAY;

/** Poisson draw by inversion (means up to a few hundred). */
export function poisson(mean: number, u: () => number): number {
  let p = Math.exp(-mean);
  let cdf = p;
  const x = u();
  let n = 0;
  while (x > cdf && n < 10 * mean + 50) {
    n++;
    p *= mean / n;
    cdf += p;
  }
  return n;
}

/** Calls per hour 08–20 on an ordinary day of `weekday` (0 = Sunday): Sunday busiest, Friday short, Saturday closed. */
export function meanCalls(weekday: number, hour: number): number {
  if (weekday === 6 || hour < 8 || hour >= (weekday === 5 ? 13 : 20)) return NaN;
  const level = weekday === 0 ? 1.3 : weekday === 5 ? 0.6 : 1;
  return level * (30 + 40 * Math.exp(-((hour - 11) ** 2) / 6));
}

/**
 * Hourly rows of a centre for `days` days from a Sunday, Poisson around {@link meanCalls} × the
 * day's multiplier (`scale(day, hour)`, 1 by default); rows only for open hours.
 */
export function centreHistory(days: number, seed: number, scale: (day: number, hour: number) => number = () => 1): HistoryRow[] {
  const u = rng(seed);
  const rows: HistoryRow[] = [];
  for (let d = 0; d < days; d++)
    for (let h = 0; h < 24; h++) {
      const mean = meanCalls(d % 7, h);
      if (Number.isNaN(mean)) continue;
      rows.push({ start: SUNDAY + d * DAY + h * 3600, length: 3600, calls: poisson(mean * scale(d, h), u) });
    }
  return rows;
}

/** Σ calls of the forecast rows on day `d` (from SUNDAY). */
export function dayCalls(rows: readonly { start: number; calls: number }[], d: number): number {
  return rows.filter((r) => r.start >= SUNDAY + d * DAY && r.start < SUNDAY + (d + 1) * DAY).reduce((s, r) => s + r.calls, 0);
}
