import type { HistoryGrid } from './historyGrid.js';
import { shrunkScales } from './shrunkScales.js';

/** Same-weekday days each side, weeks: a slot's expectation. */
const WEEKS = 4;

/**
 * Each hour of the day's scale of the interval noise relative to all hours', from the whole
 * history (the backtest's last weeks hold too few days to tell an hour's tail): every slot of a
 * day kept for fitting against the median of the same slot over the same weekday four weeks each
 * side, times the day's ratio to them (the day's level, which the variance model's v·f² carries,
 * taken out), standardized by the variance model's deviation `sd`; then each hour's `coverage` quantile of those
 * |residuals| over all hours', shrunk (see shrunkScales). The quantile the intervals are cut at,
 * not the median: an hour with the same typical error but heavier tails (evenings of bursts and
 * outages) needs wider intervals to hold as often as the others (coverage per category: the
 * Mondrian conformal predictors of Vovk, Gammerman & Shafer 2005).
 * @internal
 */
export function hourScales(grid: HistoryGrid, sd: (calls: number) => number, coverage: number): Float64Array {
  const S = grid.slotsPerDay;
  const residuals: number[] = [];
  const hourOf: number[] = [];
  const dayOf: number[] = [];
  // the same slot on the same weekday, up to WEEKS weeks each side, kept sorted as they come (insertion)
  const near = new Float64Array(2 * WEEKS);
  const expected = new Float64Array(S);
  for (let d = 0; d < grid.days; d++) {
    let dayCalls = 0;
    let dayExpected = 0;
    for (let k = 0; k < S; k++) {
      expected[k] = Number.NaN;
      const y = grid.calls[d * S + k] ?? Number.NaN; // NaN: no row or kept out
      if (Number.isNaN(y)) continue;
      let n = 0;
      for (let j = -WEEKS; j <= WEEKS; j++) {
        // NaN: no row, a day kept out of fitting, or beyond the history
        const v = j === 0 ? Number.NaN : (grid.calls[(d + 7 * j) * S + k] ?? Number.NaN);
        if (Number.isNaN(v)) continue;
        let at = n++;
        for (; at > 0 && (near[at - 1] as number) > v; at--) near[at] = near[at - 1] as number;
        near[at] = v;
      }
      if (n < 3) continue;
      expected[k] = ((near[(n - 1) >> 1] as number) + (near[n >> 1] as number)) / 2;
      dayCalls += y;
      dayExpected += expected[k] as number;
    }
    if (!(dayExpected > 0)) continue;
    for (let k = 0; k < S; k++) {
      const y = grid.calls[d * S + k] ?? Number.NaN; // NaN: no row or kept out
      const e = ((expected[k] as number) * dayCalls) / dayExpected;
      if (Number.isNaN(y) || Number.isNaN(e)) continue;
      // under one call expected, errors are too discrete to tell a scale: those slots take the others'
      residuals.push(e < 1 ? Number.NaN : Math.abs(y - e) / sd(e));
      hourOf.push(Math.floor((k * grid.slotSeconds) / 3600));
      dayOf.push(d);
    }
  }
  return shrunkScales(residuals, hourOf, dayOf, 24, coverage);
}
