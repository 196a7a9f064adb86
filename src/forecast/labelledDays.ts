import { dayShape } from './dayShape.js';
import { dayTotal, type HistoryGrid } from './historyGrid.js';
import { median } from './median.js';

/** Past days of a label whose calls make its shape. */
const SHAPE_DAYS = 8;

/** Median of (calls + 1) ÷ (expected + 1) over a label's past days (NaN: none seen). */
function labelRatio(grid: HistoryGrid, kind: number): number {
  const ratios: number[] = [];
  for (let d = 0; d < grid.days; d++) {
    if (grid.dayKind[d] !== kind) continue;
    const total = dayTotal(grid, d, grid.raw);
    const typical = grid.typical[d] ?? Number.NaN; // NaN: not known
    if (!Number.isNaN(total) && typical >= 0) ratios.push((total + 1) / (typical + 1));
  }
  return median(ratios);
}

/**
 * Turns the ordinary forecast of the calendar's future days into theirs (in place): a label seen
 * in the history scales the day by the median ratio of its past days to what their weekday and
 * week led one to expect (see anomalousDays), and spreads it by their intraday shape; a label not
 * seen yet multiplies the day by its stated default (1 when none is given). Returns the days
 * (of the horizon, from 0) whose label was not seen: their shape is not known.
 * @internal
 */
export function labelledDays(grid: HistoryGrid, values: Float64Array, horizon: number, defaults: ReadonlyMap<number, number>): Set<number> {
  const S = grid.slotsPerDay;
  const unseen = new Set<number>();
  for (const [h, kind] of grid.dayKind.subarray(grid.days, grid.days + horizon).entries()) {
    if (kind < 7) continue;
    const day = values.subarray(h * S, (h + 1) * S);
    const ratio = labelRatio(grid, kind);
    if (Number.isNaN(ratio)) {
      const multiplier = defaults.get(kind) ?? 1;
      day.forEach((v, k) => {
        day[k] = v * multiplier;
      });
      unseen.add(h);
      continue;
    }
    let total = 0;
    for (const v of day) if (!Number.isNaN(v)) total += v;
    const shape = dayShape(grid, grid.raw, grid.days, SHAPE_DAYS, (d) => grid.dayKind[d] === kind);
    const calls = Math.max(0, (total + 1) * ratio - 1);
    if (shape === undefined) unseen.add(h);
    if (shape === undefined)
      day.forEach((v, k) => {
        if (!Number.isNaN(v)) day[k] = total > 0 ? (v * calls) / total : 0;
      });
    else
      shape.forEach((share, k) => {
        if (!Number.isNaN(day[k])) day[k] = calls * share;
      });
  }
  return unseen;
}
