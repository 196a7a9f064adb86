import { dayGroups } from './dayGroups.js';
import { dayLevel } from './dayLevel.js';
import type { ForecastMethod } from './ForecastMethod.js';
import { dayTotal, type HistoryGrid, weekdayOf } from './historyGrid.js';

/** Recent days of a kind whose calls make its intraday shape. */
const SHAPE_DAYS = 8;

/** The intraday shape (calls per slot, summed) of the latest `limit` days before `fitDays` that `take` accepts. */
function shapeOf(
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
      const v = values[d * S + k] as number;
      if (!Number.isNaN(v)) {
        sum[k] = (sum[k] as number) + v;
        total += v;
      }
    }
  }
  if (used === 0) return undefined;
  if (total > 0) for (let k = 0; k < S; k++) sum[k] = (sum[k] as number) / total;
  return sum;
}

/** Median of calls ÷ expected over a calendar label's past days (NaN: none seen). */
function labelRatio(grid: HistoryGrid, fitDays: number, kind: number): number {
  const ratios: number[] = [];
  for (let d = 0; d < fitDays; d++) {
    if (grid.dayKind[d] !== kind) continue;
    const total = dayTotal(grid, d, grid.raw);
    const typical = grid.typical[d] as number;
    if (!Number.isNaN(total) && typical >= 0) ratios.push((total + 1) / (typical + 1));
  }
  ratios.sort((a, b) => a - b);
  const mid = ratios.length >> 1;
  return ratios.length === 0
    ? NaN
    : ratios.length % 2 === 1
      ? (ratios[mid] as number)
      : ((ratios[mid - 1] as number) + (ratios[mid] as number)) / 2;
}

/**
 * Level × shape per kind of day (Weinberg, Brown & Stroud 2007, whose day level and intraday
 * proportions are per weekday; Shen & Huang 2008 find the shape stable and the level the thing
 * to follow): the day's calls from {@link dayLevel} (a level that follows shifts day by day,
 * times the weekday's effect), spread over the day by the shape of the weekday's latest 8
 * ordinary days (`'weekday'`) or of the latest 8 days of every weekday pooled with it by
 * dayGroups (`'pooled'`). A calendar label seen in the history takes the median ratio of its
 * past days to what was expected of them, and their shape; one not seen yet takes its
 * `defaults` multiplier and its weekday's shape.
 * @internal
 */
export function dayTypeModel(shapes: 'weekday' | 'pooled', defaults: ReadonlyMap<number, number> = new Map()): ForecastMethod {
  return {
    name: `day-type(${shapes} shapes)`,
    family: 'day-type',
    forecast(grid, fitDays, horizon) {
      if (fitDays < 7) return undefined;
      const S = grid.slotsPerDay;
      const totals = new Float64Array(fitDays);
      for (let d = 0; d < fitDays; d++) totals[d] = dayTotal(grid, d);
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
          cache.set(w, shapeOf(grid, grid.calls, fitDays, groups === undefined || group < 0 ? SHAPE_DAYS : SHAPE_DAYS * 5, take));
        }
        return cache.get(w);
      };
      const out = new Float64Array(horizon * S).fill(NaN);
      let any = false;
      for (let h = 0; h < horizon; h++) {
        const day = fitDays + h;
        const w = weekdayOf(grid, day);
        const kind = grid.dayKind[day] ?? w;
        const effect = level.effect[w] as number;
        let shape = ordinaryShape(w);
        if (Number.isNaN(effect) || shape === undefined) continue;
        let calls = Math.exp(level.level + effect) - 1;
        if (kind >= 7) {
          const ratio = labelRatio(grid, fitDays, kind);
          calls = Number.isNaN(ratio) ? calls * (defaults.get(kind) ?? 1) : (calls + 1) * ratio - 1;
          if (!Number.isNaN(ratio)) shape = shapeOf(grid, grid.raw, fitDays, SHAPE_DAYS, (d) => grid.dayKind[d] === kind) ?? shape;
        }
        any = true;
        calls = Math.max(0, calls);
        for (let k = 0; k < S; k++) out[h * S + k] = calls * (shape[k] as number);
      }
      return any ? out : undefined;
    },
  };
}
