import { dayTotal, type HistoryGrid, weekdayOf } from './historyGrid.js';

/** One weekday's weighted days: Σ weight, Σ weight², Σ weight × share and Σ weight × share² per slot. */
interface WeekdayShares {
  weight: number;
  weight2: number;
  share: Float64Array;
  square: Float64Array;
}

/**
 * The intraday shape (share of the day's calls per slot) of each weekday, from the days before
 * `fitDays` weighted by `weightOf(day)`, shrunk towards the pooled shape of the weekdays
 * `groups` puts with it (see dayGroups): shape = pooled + (1 − B)·(own − pooled), B = noise ÷
 * (noise + τ²), where noise is the sampling variance of the weekday's own mean shape (its days'
 * spread ÷ their effective number) and τ² the weekdays' spread about their pooled shapes beyond
 * that noise: the James–Stein / empirical-Bayes compromise (Efron & Morris 1975) between a
 * weekday's own profile and the pooled one of Weinberg, Brown & Stroud (2007).
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
  const weekdays: WeekdayShares[] = Array.from({ length: 7 }, () => ({
    weight: 0,
    weight2: 0,
    share: new Float64Array(S),
    square: new Float64Array(S),
  }));
  for (let d = 0; d < fitDays; d++) {
    const total = dayTotal(grid, d);
    if (!(total > 0)) continue;
    const w = weightOf(d);
    const day = weekdays[weekdayOf(grid, d)] as WeekdayShares;
    day.weight += w;
    day.weight2 += w * w;
    for (let k = 0; k < S; k++) {
      const v = grid.calls[d * S + k] ?? Number.NaN; // NaN: no row, no share
      const p = Number.isNaN(v) ? 0 : v / total;
      day.share[k] = (day.share[k] as number) + w * p;
      day.square[k] = (day.square[k] as number) + w * p * p;
    }
  }
  // each group's pooled shares and weight
  const pooled = new Map<number, WeekdayShares>();
  weekdays.forEach((day, w) => {
    const group = groups[w] ?? -1; // −1: not seen
    if (day.weight === 0 || group < 0) return;
    const sum = pooled.get(group) ?? { weight: 0, weight2: 0, share: new Float64Array(S), square: new Float64Array(S) };
    pooled.set(group, sum);
    sum.weight += day.weight;
    for (let k = 0; k < S; k++) sum.share[k] = (sum.share[k] as number) + (day.share[k] as number);
  });
  // the sampling variance of each weekday's own mean shape (infinite for one day: no replication)
  // and, over weekdays that share a group, their spread about it beyond that variance
  const noise = new Float64Array(7);
  let excess = 0;
  let members = 0;
  weekdays.forEach((day, w) => {
    const group = pooled.get(groups[w] ?? -1);
    if (day.weight === 0 || group === undefined || group.weight === day.weight) return;
    let variance = 0;
    let distance = 0;
    for (let k = 0; k < S; k++) {
      const own = (day.share[k] as number) / day.weight;
      variance += Math.max(0, (day.square[k] as number) / day.weight - own * own);
      distance += (own - (group.share[k] as number) / group.weight) ** 2;
    }
    const replication = day.weight ** 2 - day.weight2;
    noise[w] = replication > 0 ? (variance * day.weight2) / replication : Infinity;
    if (noise[w] === Infinity) return;
    excess += distance - (noise[w] as number);
    members++;
  });
  const tau2 = members > 0 ? Math.max(0, excess / members) : 0;
  return weekdays.map((day, w) => {
    if (day.weight === 0) return undefined;
    const group = pooled.get(groups[w] ?? -1);
    const own = day.share.map((v) => v / day.weight);
    const variance = (noise[w] as number) + tau2;
    if (group === undefined || !(variance > 0)) return own;
    // a weekday of one day (infinite noise) takes its group's shape
    const keep = Number.isFinite(variance) ? tau2 / variance : 0;
    return own.map((v, k) => {
      const mean = (group.share[k] as number) / group.weight;
      return mean + keep * (v - mean);
    });
  });
}
