import type { AnomalousDay } from './anomalousDays.js';
import { dayShape } from './dayShape.js';
import type { HistoryGrid } from './historyGrid.js';
import { weekdayOf } from './historyGrid.js';

/** What an unforeseen day may look like, and how often: the mixture part of a forecast's intervals. @internal */
export interface UnusualDays {
  /** Ratios of unusual days' calls to their expectation (at most 9: their deciles), ascending. */
  readonly ratios: readonly number[];
  /** Each ratio's day's spread within the day: the standard deviation of its intervals' ratios about the day's, beyond Poisson noise. */
  readonly spreads: readonly number[];
  /** The chance that a day is unusual: (unusual days + 1) ÷ (days judged + 2), Laplace's rule of succession (the weight of the `ratios` together). */
  readonly rate: number;
}

/** Each weekday's share of its calls per slot over the days kept for fitting (7 × slots; 0 where none). */
function weekdayShares(grid: HistoryGrid): Float64Array {
  const S = grid.slotsPerDay;
  const shares = new Float64Array(7 * S);
  for (let w = 0; w < 7; w++) {
    const shape = dayShape(grid, grid.calls, grid.days, grid.days, (d) => weekdayOf(grid, d) === w);
    if (shape !== undefined) shares.set(shape, w * S);
  }
  return shares;
}

/**
 * The history's unusual days as a forecast's intervals use them: their ratios to expectation and
 * how unevenly each spread over its day (an eve runs a normal morning and an empty evening), as
 * √(Σₖ sₖ·(yₖ ÷ (E·sₖ) − r)² − r·K/E) with sₖ its weekday's share of slot k, E its expected
 * calls, r its ratio and K its slots (the Poisson part removed); the chance of one, by Laplace's rule
 * of succession over the days judged (as `anomalyRate`: a history of 40 days with one unusual day
 * does not promise 1 in 40).
 * @internal
 */
export function unusualDays(grid: HistoryGrid, anomalies: readonly AnomalousDay[], judged: number): UnusualDays {
  const S = grid.slotsPerDay;
  const shares = weekdayShares(grid);
  const found = anomalies
    .map((a) => {
      const d = Math.round((a.day - grid.firstDay) / 86_400);
      const w = weekdayOf(grid, d);
      let squares = 0;
      let slots = 0;
      for (let k = 0; k < S; k++) {
        const share = shares[w * S + k] as number;
        const calls = grid.raw[d * S + k] ?? Number.NaN; // NaN: no row
        if (!(share > 0) || Number.isNaN(calls)) continue;
        squares += share * (calls / (a.expected * share) - a.ratio) ** 2;
        slots++;
      }
      return { ratio: a.ratio, spread: Math.sqrt(Math.max(0, squares - (a.ratio * slots) / Math.max(a.expected, 1))) };
    })
    .sort((a, b) => a.ratio - b.ratio);
  const picked =
    found.length <= 9
      ? found
      : Array.from({ length: 9 }, (_, i) => found[Math.round(((i + 0.5) / 9) * (found.length - 1))] as (typeof found)[number]);
  return { ratios: picked.map((p) => p.ratio), spreads: picked.map((p) => p.spread), rate: (found.length + 1) / (judged + 2) };
}
