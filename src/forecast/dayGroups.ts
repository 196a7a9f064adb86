import { addAt } from '../math/addAt.js';
import { dayTotal, type HistoryGrid, weekdayOf } from './historyGrid.js';

/**
 * Which weekdays share one intraday profile, learned from the days before `fitDays`: a weekday
 * joins a group when its mean profile differs from the group's first member by little more than
 * Poisson noise would make two such profiles differ (total variation) and its mean daily volume
 * is within a factor 1.5; with fewer than two days of either weekday (no replication to tell a
 * difference in shape from day-to-day variation) volume alone decides. Weekdays never seen get −1. (Pooling similar days is the "pooled
 * weekday profile" of Weinberg, Brown & Stroud 2007, without assuming which days are alike.)
 * @internal
 */
export function dayGroups(grid: HistoryGrid, fitDays: number, lookbackDays = 28): Int8Array {
  const slots = grid.slotsPerDay;
  const shares: Float64Array[] = [];
  const totals = new Float64Array(7);
  const counts = new Float64Array(7);
  for (let w = 0; w < 7; w++) shares.push(new Float64Array(slots));
  // the lookback, and before it up to four days of a weekday the lookback lacks (its days there
  // were left out of fitting)
  let lacking: boolean[] | undefined;
  for (let d = fitDays - 1; d >= 0; d--) {
    if (d < fitDays - lookbackDays) lacking ??= [...counts].map((c) => c === 0);
    const total = dayTotal(grid, d);
    if (!(total > 0)) continue;
    const w = weekdayOf(grid, d);
    if (lacking !== undefined && (!lacking[w] || (counts[w] as number) >= 4)) continue;
    const share = shares[w] as Float64Array;
    for (let k = 0; k < slots; k++) {
      const v = grid.calls[d * slots + k] as number;
      if (!Number.isNaN(v)) addAt(share, k, v);
    }
    addAt(totals, w, total);
    addAt(counts, w, 1);
  }
  const group = new Int8Array(7).fill(-1);
  const order = [0, 1, 2, 3, 4, 5, 6]
    .filter((w) => (counts[w] as number) > 0)
    .sort((a, b) => (totals[b] as number) / (counts[b] as number) - (totals[a] as number) / (counts[a] as number));
  const leaders: number[] = [];
  for (const w of order) {
    const mean = (totals[w] as number) / (counts[w] as number);
    let joined = -1;
    for (const lead of leaders) {
      const leadMean = (totals[lead] as number) / (counts[lead] as number);
      if (mean < leadMean / 1.5) continue;
      // One day of each is no replication: a difference in shape cannot be told from the day-to-day
      // variation, so weekdays of like volume pool.
      if ((counts[w] as number) < 2 || (counts[lead] as number) < 2) {
        joined = lead;
        break;
      }
      let distance = 0;
      let noise = 0;
      for (let k = 0; k < slots; k++) {
        const a = ((shares[w] as Float64Array)[k] as number) / (totals[w] as number);
        const b = ((shares[lead] as Float64Array)[k] as number) / (totals[lead] as number);
        distance += Math.abs(a - b);
        noise += Math.sqrt((2 / Math.PI) * (a / (totals[w] as number) + b / (totals[lead] as number)));
      }
      if (distance <= noise + 0.15) {
        joined = lead;
        break;
      }
    }
    if (joined < 0) {
      leaders.push(w);
      joined = w;
    }
    group[w] = group[joined] === -1 ? joined : (group[joined] as number);
  }
  return group;
}
