import { addAt } from '../math/addAt.js';
import { daySlots, dayTotal, type HistoryGrid } from './historyGrid.js';

/**
 * The intraday shape (share of the day's calls per slot) of the latest `limit` days before
 * `fitDays` that `take` accepts, their calls summed; undefined when there is none.
 * @internal
 */
export function dayShape(
  grid: HistoryGrid,
  values: Float64Array,
  fitDays: number,
  limit: number,
  take: (d: number) => boolean,
): Float64Array | undefined {
  const S = grid.slotsPerDay;
  const sum = new Float64Array(S);
  let used = 0;
  let total = 0;
  for (let d = fitDays - 1; d >= 0 && used < limit; d--) {
    if (!take(d) || Number.isNaN(dayTotal(grid, d, values))) continue;
    used++;
    daySlots(grid, d, values).forEach((v, k) => {
      if (!Number.isNaN(v)) {
        addAt(sum, k, v);
        total += v;
      }
    });
  }
  if (used === 0) return undefined;
  return total > 0 ? sum.map((v) => v / total) : sum;
}
