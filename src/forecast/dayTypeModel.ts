import { dayGroups } from './dayGroups.js';
import { dayLevel } from './dayLevel.js';
import type { ForecastMethod } from './ForecastMethod.js';
import { dayTotal, weekdayOf } from './historyGrid.js';
import { monthDayEffect, monthDayOf } from './monthDayEffect.js';
import { weekdayShapes } from './weekdayShapes.js';

/** Weight lost per week back by a day in a weekday's level (exponential smoothing's 1 − α). */
const WEEKLY = 0.9;

/**
 * Level × shape per kind of day (Weinberg, Brown & Stroud 2007, whose day level and intraday
 * proportions are per weekday; Shen & Huang 2008 find the shape stable and the level the thing
 * to follow). A day's calls are exp(level + effect of its day of the month) − 1 (see
 * monthDayEffect), the level learned on log(calls + 1) less the days' effects: `'followed'`,
 * a level that follows shifts day by day times the weekday's effect ({@link dayLevel}); or
 * `'weekday'`, each weekday's own exponentially weighted mean (weight 0.9 per week back; Brown
 * 1959). The day is spread by its weekday's shape shrunk towards its group's (see
 * weekdayShapes), its days weighted as the level's.
 * @internal
 */
export function dayTypeModel(level: 'followed' | 'weekday'): ForecastMethod {
  return {
    name: `day-type(${level === 'weekday' ? 'weekday levels' : 'level followed day by day'})`,
    family: 'day-type',
    forecast(grid, fitDays, horizon) {
      if (fitDays < 7) return undefined;
      const S = grid.slotsPerDay;
      const logs = new Float64Array(fitDays);
      for (let d = 0; d < fitDays; d++) logs[d] = Math.log(dayTotal(grid, d) + 1);
      const effect = monthDayEffect(grid, fitDays, logs);
      const weeksBack = (d: number): number => Math.floor((fitDays - 1 - d) / 7);
      // log level per weekday, less the day of the month's effect (NaN: weekday never seen)
      const levels = new Float64Array(7).fill(Number.NaN);
      const adjusted = logs.map((log, d) => log - (effect[monthDayOf(grid, d)] as number));
      if (level === 'followed') {
        const followed = dayLevel(
          grid,
          fitDays,
          adjusted.map((log) => Math.exp(log) - 1),
        );
        if (followed === undefined) return undefined;
        followed.effect.forEach((e, w) => {
          levels[w] = followed.level + e;
        });
      } else
        for (let w = 0; w < 7; w++) {
          let sum = 0;
          let weight = 0;
          adjusted.forEach((log, d) => {
            if (Number.isNaN(log) || weekdayOf(grid, d) !== w) return;
            sum += WEEKLY ** weeksBack(d) * log;
            weight += WEEKLY ** weeksBack(d);
          });
          levels[w] = sum / weight;
        }
      const shapes = weekdayShapes(grid, fitDays, dayGroups(grid, fitDays), (d) => WEEKLY ** weeksBack(d));
      const out = new Float64Array(horizon * S).fill(Number.NaN);
      let any = false;
      for (let h = 0; h < horizon; h++) {
        const w = weekdayOf(grid, fitDays + h);
        const calls = Math.max(0, Math.exp((levels[w] as number) + (effect[monthDayOf(grid, fitDays + h)] as number)) - 1);
        const shape = shapes[w];
        if (Number.isNaN(calls)) continue;
        any = true;
        for (let k = 0; k < S; k++) out[h * S + k] = shape === undefined ? 0 : calls * (shape[k] as number);
      }
      return any ? out : undefined;
    },
  };
}
