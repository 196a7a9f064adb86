import { normalQuantile } from '../math/normalQuantile.js';
import { quantile } from './quantile.js';

/**
 * Each cell's scale of `values` (absolute standardized errors) relative to all of them: its `p`
 * quantile over the pooled one, on the log scale shrunk towards 1 by empirical Bayes (James &
 * Stein 1961; Efron & Morris 1975). A log-quantile's sampling variance is p(1 − p)/(m·(g(q)·q)²)
 * for half-normal errors (g their density, q their p quantile: 1.36/m for the median, 0.91/m for
 * p = 0.95), m the distinct days in the cell (a day's errors move together); τ² the cells'
 * spread beyond it. NaN values (intervals expecting under one call) are left out.
 * @internal
 */
export function shrunkScales(
  values: readonly number[],
  cellOf: readonly number[],
  dayOf: readonly number[],
  cells: number,
  p: number,
): Float64Array {
  const q = -normalQuantile((1 - p) / 2);
  // (g(q)·q)² = (2/π)·e^(−q²)·q² for the half-normal density g(q) = 2φ(q)
  const perDay = (p * (1 - p) * Math.PI * Math.exp(q * q)) / (2 * q * q);
  const pooled = quantile(
    values.filter((u) => !Number.isNaN(u)),
    p,
  );
  const members: number[][] = Array.from({ length: cells }, () => []);
  const days = Array.from({ length: cells }, () => new Set<number>());
  values.forEach((u, i) => {
    if (Number.isNaN(u)) return;
    const c = cellOf[i] as number;
    (members[c] as number[]).push(u);
    (days[c] as Set<number>).add(dayOf[i] as number);
  });
  const own = new Float64Array(cells);
  const noise = new Float64Array(cells).fill(Number.POSITIVE_INFINITY);
  members.forEach((cell, c) => {
    const m = quantile(cell, p);
    if (!(m > 0 && pooled > 0)) return;
    own[c] = Math.log(m / pooled);
    noise[c] = perDay / (days[c] as Set<number>).size;
  });
  const seen = [...own.keys()].filter((c) => Number.isFinite(noise[c] as number));
  const meanNoise = seen.reduce((sum, c) => sum + (noise[c] as number), 0) / Math.max(seen.length, 1);
  const beyond = Math.max(0, seen.reduce((sum, c) => sum + (own[c] as number) ** 2, 0) / Math.max(seen.length, 1) - meanNoise);
  return own.map((x, c) => Math.exp((x * beyond) / (beyond + (noise[c] as number))));
}
