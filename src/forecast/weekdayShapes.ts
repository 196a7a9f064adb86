import { dayTotal, type HistoryGrid, weekdayOf } from './historyGrid.js';

/**
 * The intraday shape (share of the day's calls per slot) of each weekday, from the days before
 * `fitDays` weighted by `weightOf(day)`, shrunk towards the pooled shape of the weekdays
 * `groups` puts with it (see dayGroups): shape = pooled + (1 − B)·(own − pooled), B = noise ÷
 * (noise + τ²), where noise is the sampling variance of the weekday's own mean shape (its days'
 * spread ÷ their effective number; infinite for a single day, which cannot tell its shape from
 * its noise) and τ² the weekdays' spread about their pooled shapes beyond that noise: the
 * James–Stein / empirical-Bayes compromise (Efron & Morris 1975) between a weekday's own
 * profile and the pooled one of Weinberg, Brown & Stroud (2007).
 * @returns a shape per weekday (0 = Sunday), undefined for a weekday with no day of calls
 * @internal
 */
export function weekdayShapes(
  grid: HistoryGrid,
  fitDays: number,
  groups: Int8Array,
  weightOf: (day: number) => number,
): (Float64Array | undefined)[] {
  const S = grid.slotsPerDay;
  // per weekday: Σ weight (0–6), Σ weight² (7–13); Σ weight·share and Σ weight·share² per slot
  const weights = new Float64Array(14);
  const shares = new Float64Array(7 * S);
  const squares = new Float64Array(7 * S);
  for (let d = 0; d < fitDays; d++) {
    const total = dayTotal(grid, d);
    if (!(total > 0)) continue;
    const w = weightOf(d);
    const day = weekdayOf(grid, d);
    weights[day] = (weights[day] as number) + w;
    weights[day + 7] = (weights[day + 7] as number) + w * w;
    for (let k = 0; k < S; k++) {
      const p = (grid.calls[d * S + k] || 0) / total; // NaN: no row, no share
      shares[day * S + k] = (shares[day * S + k] as number) + w * p;
      squares[day * S + k] = (squares[day * S + k] as number) + w * p * p;
    }
  }
  const own = (day: number, k: number): number => (shares[day * S + k] as number) / (weights[day] as number);
  const pooled = (day: number, k: number): number => {
    let sum = 0;
    let weight = 0;
    for (let other = 0; other < 7; other++)
      if (other === day || (groups[other] === groups[day] && groups[day] !== -1)) {
        sum += shares[other * S + k] as number;
        weight += weights[other] as number;
      }
    return sum / weight;
  };
  const noise = new Float64Array(7);
  let excess = 0;
  let members = 0;
  for (let day = 0; day < 7; day++) {
    const weight = weights[day] as number;
    const replication = weight * weight - (weights[day + 7] as number);
    if (weight === 0) continue;
    let variance = 0;
    let distance = 0;
    for (let k = 0; k < S; k++) {
      variance += Math.max(0, (squares[day * S + k] as number) / weight - own(day, k) ** 2);
      distance += (own(day, k) - pooled(day, k)) ** 2;
    }
    noise[day] = replication > 0 ? (variance * (weights[day + 7] as number)) / replication : Infinity;
    if (distance === 0 || noise[day] === Infinity) continue; // alone in its group, or one day
    excess += distance - (noise[day] as number);
    members++;
  }
  const tau2 = Math.max(0, excess / Math.max(members, 1));
  return Array.from({ length: 7 }, (_, day) => {
    if (weights[day] === 0) return undefined;
    // keep: the share of its own shape a weekday keeps (0 for a single day)
    const keep = tau2 > 0 ? tau2 / ((noise[day] as number) + tau2) : 0;
    return Float64Array.from({ length: S }, (_, k) => pooled(day, k) + keep * (own(day, k) - pooled(day, k)));
  });
}
