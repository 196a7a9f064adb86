import type { ForecastMethod } from './ForecastMethod.js';
import { weekdayOf } from './historyGrid.js';
import { sameWeekday } from './sameWeekday.js';

/** Seasonal naive: the same interval on the latest same weekday (Taylor 2008's benchmark). @internal */
export const seasonalNaive: ForecastMethod = {
  name: 'seasonal-naive',
  family: 'seasonal-naive',
  forecast(grid, fitDays, horizon) {
    const S = grid.slotsPerDay;
    const out = new Float64Array(horizon * S).fill(NaN);
    let any = false;
    for (let h = 0; h < horizon; h++) {
      const past = sameWeekday(grid, fitDays, weekdayOf(grid, fitDays + h))[0];
      if (past === undefined) continue;
      any = true;
      for (let k = 0; k < S; k++) {
        const v = grid.calls[past * S + k] ?? Number.NaN; // NaN: no row, forecast 0
        out[h * S + k] = !Number.isNaN(v) ? v : 0;
      }
    }
    return any ? out : undefined;
  },
};
