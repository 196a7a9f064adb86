import { dayGroups } from './dayGroups.js';
import { dayLevel } from './dayLevel.js';
import { dayShape } from './dayShape.js';
import type { ForecastMethod } from './ForecastMethod.js';
import { dayTotal, weekdayOf } from './historyGrid.js';
import { monthDayEffect, monthDayOf } from './monthDayEffect.js';

/** Recent days of a kind whose calls make its intraday shape. */
const SHAPE_DAYS = 8;

/**
 * Level × shape per kind of day (Weinberg, Brown & Stroud 2007, whose day level and intraday
 * proportions are per weekday; Shen & Huang 2008 find the shape stable and the level the thing
 * to follow): the day's calls from {@link dayLevel} (a level that follows shifts day by day,
 * times the weekday's effect) on the calls less their day of the month's effect, times the
 * effect of the forecast day's (see monthDayEffect), spread over the day by the shape of the weekday's latest 8
 * ordinary days (`'weekday'`) or of the latest 8 days of every weekday pooled with it by
 * dayGroups (`'pooled'`).
 * @internal
 */
export function dayTypeModel(shapes: 'weekday' | 'pooled'): ForecastMethod {
  return {
    name: `day-type(${shapes} shapes)`,
    family: 'day-type',
    forecast(grid, fitDays, horizon) {
      if (fitDays < 7) return undefined;
      const S = grid.slotsPerDay;
      const totals = new Float64Array(fitDays);
      const logs = new Float64Array(fitDays);
      for (let d = 0; d < fitDays; d++) logs[d] = Math.log(dayTotal(grid, d) + 1);
      const monthDay = monthDayEffect(grid, fitDays, logs);
      logs.forEach((log, d) => {
        totals[d] = Math.exp(log - (monthDay[monthDayOf(grid, d)] as number)) - 1;
      });
      const level = dayLevel(grid, fitDays, totals);
      if (level === undefined) return undefined;
      const groups = shapes === 'pooled' ? dayGroups(grid, fitDays) : undefined;
      const cache = new Map<number, Float64Array | undefined>();
      const ordinaryShape = (w: number): Float64Array | undefined => {
        if (!cache.has(w)) {
          const group = groups?.[w] ?? -1;
          const take =
            groups === undefined || group < 0
              ? (d: number) => weekdayOf(grid, d) === w
              : (d: number) => groups[weekdayOf(grid, d)] === group;
          cache.set(w, dayShape(grid, grid.calls, fitDays, groups === undefined || group < 0 ? SHAPE_DAYS : SHAPE_DAYS * 5, take));
        }
        return cache.get(w);
      };
      const out = new Float64Array(horizon * S).fill(NaN);
      let any = false;
      for (let h = 0; h < horizon; h++) {
        const day = fitDays + h;
        const w = weekdayOf(grid, day);
        const effect = level.effect[w] ?? Number.NaN; // NaN: weekday never seen
        const shape = ordinaryShape(w);
        if (Number.isNaN(effect) || shape === undefined) continue;
        const calls = Math.max(0, Math.exp(level.level + effect + (monthDay[monthDayOf(grid, day)] as number)) - 1);
        any = true;
        for (let k = 0; k < S; k++) out[h * S + k] = calls * (shape[k] as number);
      }
      return any ? out : undefined;
    },
  };
}
