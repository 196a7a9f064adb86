import type { ForecastMethod } from './ForecastMethod.js';
import { weekdayOf } from './historyGrid.js';
import { sameWeekday } from './sameWeekday.js';

/**
 * Exponentially weighted average of the same interval over past same weekdays (smoothing α);
 * needs two such weeks to differ from seasonal naive.
 * @internal
 */
export function weeklyAverage(alpha: number): ForecastMethod {
  return {
    name: `weekly-average(α=${alpha})`,
    family: 'weekly-average',
    forecast(grid, fitDays, horizon) {
      const S = grid.slotsPerDay;
      const out = new Float64Array(horizon * S).fill(NaN);
      let any = false;
      for (let h = 0; h < horizon; h++) {
        const past = sameWeekday(grid, fitDays, weekdayOf(grid, fitDays + h)).reverse();
        if (past.length < 2) continue;
        any = true;
        for (let k = 0; k < S; k++) {
          let level = NaN;
          for (const d of past) {
            const raw = grid.calls[d * S + k] ?? Number.NaN; // NaN: no row, taken as 0
            const v = !Number.isNaN(raw) ? raw : 0;
            level = !Number.isNaN(level) ? alpha * v + (1 - alpha) * level : v;
          }
          out[h * S + k] = level;
        }
      }
      return any ? out : undefined;
    },
  };
}
