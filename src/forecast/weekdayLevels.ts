import { dayGroups } from './dayGroups.js';
import type { ForecastMethod } from './ForecastMethod.js';
import { dayTotal, weekdayOf } from './historyGrid.js';
import { monthDayEffect, monthDayOf } from './monthDayEffect.js';
import { weekdayShapes } from './weekdayShapes.js';

/**
 * Level × shape per weekday with a day-of-the-month effect: a day's calls are
 * exp(level of its weekday + effect of its day of the month) − 1, the level an exponentially
 * weighted mean (weight (1 − α) per week back) of the weekday's log(calls + 1) less their days'
 * effects (see monthDayEffect), spread over the day by the weekday's shape shrunk towards its
 * group's (see weekdayShapes), whose days weigh (1 − α)^½ per week back: shapes change more
 * slowly than levels (Shen & Huang 2008). Weekday level and intraday proportions as in
 * Weinberg, Brown & Stroud (2007); the weights are exponential smoothing's (Brown 1959).
 * @internal
 */
export function weekdayLevels(alpha: number): ForecastMethod {
  return {
    name: `day-type(weekday levels, α=${alpha})`,
    family: 'day-type',
    forecast(grid, fitDays, horizon) {
      if (fitDays < 7) return undefined;
      const S = grid.slotsPerDay;
      const logs = new Float64Array(fitDays);
      for (let d = 0; d < fitDays; d++) logs[d] = Math.log(dayTotal(grid, d) + 1);
      const effect = monthDayEffect(grid, fitDays, logs);
      const weeksBack = (d: number): number => Math.floor((fitDays - 1 - d) / 7);
      const levelSum = new Float64Array(7);
      const levelWeight = new Float64Array(7);
      logs.forEach((log, d) => {
        if (Number.isNaN(log)) return;
        const w = weekdayOf(grid, d);
        const weight = (1 - alpha) ** weeksBack(d);
        levelSum[w] = (levelSum[w] as number) + weight * (log - (effect[monthDayOf(grid, d)] as number));
        levelWeight[w] = (levelWeight[w] as number) + weight;
      });
      const shapes = weekdayShapes(grid, fitDays, dayGroups(grid, fitDays), (d) => (1 - alpha) ** (weeksBack(d) / 2));
      const out = new Float64Array(horizon * S).fill(Number.NaN);
      let any = false;
      for (let h = 0; h < horizon; h++) {
        const w = weekdayOf(grid, fitDays + h);
        const weight = levelWeight[w] as number;
        if (weight === 0) continue;
        any = true;
        const calls = Math.exp((levelSum[w] as number) / weight + (effect[monthDayOf(grid, fitDays + h)] as number)) - 1;
        const shape = shapes[w];
        for (let k = 0; k < S; k++) out[h * S + k] = shape === undefined ? 0 : Math.max(0, calls) * (shape[k] as number);
      }
      return any ? out : undefined;
    },
  };
}
