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
  const weekdays: Weekday[] = Array.from({ length: 7 }, (_, w) => ({ w, share: new Float64Array(slots), total: 0, count: 0 }));
  // the lookback, and before it up to four days of a weekday the lookback lacks (its days there
  // were left out of fitting)
  let lacking: boolean[] | undefined;
  for (let d = fitDays - 1; d >= 0; d--) {
    if (d < fitDays - lookbackDays) lacking ??= weekdays.map((day) => day.count === 0);
    const total = dayTotal(grid, d);
    if (!(total > 0)) continue;
    const w = weekdayOf(grid, d);
    const day = weekdays[w] as Weekday; // w in 0–6
    if (lacking !== undefined && (!lacking[w] || day.count >= 4)) continue;
    for (let k = 0; k < slots; k++) {
      const v = grid.calls[d * slots + k] ?? Number.NaN; // NaN: no row
      if (!Number.isNaN(v)) addAt(day.share, k, v);
    }
    day.total += total;
    day.count += 1;
  }
  const group = new Int8Array(7).fill(-1);
  const order = weekdays.filter((day) => day.count > 0).sort((a, b) => b.total / b.count - a.total / a.count);
  const leaders: Weekday[] = [];
  for (const day of order) {
    const mean = day.total / day.count;
    let joined = day;
    for (const lead of leaders) {
      const leadMean = lead.total / lead.count;
      if (mean < leadMean / 1.5) continue;
      // One day of each is no replication: a difference in shape cannot be told from the day-to-day
      // variation, so weekdays of like volume pool.
      if (day.count < 2 || lead.count < 2) {
        joined = lead;
        break;
      }
      let distance = 0;
      let noise = 0;
      for (let k = 0; k < slots; k++) {
        const a = (day.share[k] as number) / day.total;
        const b = (lead.share[k] as number) / lead.total;
        distance += Math.abs(a - b);
        noise += Math.sqrt((2 / Math.PI) * (a / day.total + b / lead.total));
      }
      if (distance <= noise + 0.15) {
        joined = lead;
        break;
      }
    }
    if (joined === day) leaders.push(day);
    group[day.w] = joined.w; // a leader's group is its own
  }
  return group;
}

/** One weekday's days in the fit: their calls per slot, in all, and how many. */
interface Weekday {
  w: number;
  share: Float64Array;
  total: number;
  count: number;
}
