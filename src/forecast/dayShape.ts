import { addAt } from '../math/addAt.js';
import { dayTotal, type HistoryGrid } from './historyGrid.js';

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
    for (let k = 0; k < S; k++) {
      const v = values[d * S + k] ?? Number.NaN; // NaN: no row
      if (!Number.isNaN(v)) {
        addAt(sum, k, v);
        total += v;
      }
    }
  }
  if (used === 0) return undefined;
  if (total > 0) for (let k = 0; k < S; k++) sum[k] = (sum[k] as number) / total;
  return sum;
}
