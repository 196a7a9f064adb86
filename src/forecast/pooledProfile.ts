import { addAt } from '../math/addAt.js';
import { dayGroups } from './dayGroups.js';
import type { ForecastMethod } from './ForecastMethod.js';
import { dayTotal, weekdayOf } from './historyGrid.js';

/** Smooths a profile with weights 1-2-1 among open neighbours (closed slots stay 0). */
function smoothProfile(p: Float64Array): Float64Array {
  const out = new Float64Array(p.length);
  for (let k = 0; k < p.length; k++) {
    const v = p[k] ?? 0; // closed (and beyond the day): 0
    if (v === 0) continue;
    let s = 2 * v;
    let w = 2;
    for (const j of [k - 1, k + 1]) {
      const n = p[j] ?? 0;
      if (n > 0) {
        s += n;
        w += 1;
      }
    }
    out[k] = s / w;
  }
  let total = 0;
  for (const v of out) total += v;
  const before = p.reduce((a, b) => a + b, 0);
  if (total > 0) for (let k = 0; k < out.length; k++) out[k] = ((out[k] as number) * before) / total;
  return out;
}

/**
 * Pooled profile × day level (Weinberg, Brown & Stroud 2007; Taylor 2008's "simple" methods): the
 * share of a day's calls in each interval, pooled over similar weekdays (see dayGroups), times
 * the day's level: the mean volume of the group's recent days, optionally scaled by the weekday's
 * own ratio to its group once two weeks show it.
 * @internal
 */
export function pooledProfile(smooth: boolean, weekdayLevel: boolean): ForecastMethod {
  return {
    name: `profile(${smooth ? 'smoothed' : 'raw'}${weekdayLevel ? ', weekday level' : ''})`,
    family: 'profile',
    forecast(grid, fitDays, horizon) {
      if (fitDays < 1) return undefined;
      const S = grid.slotsPerDay;
      const groups = dayGroups(grid, fitDays);
      const lookback = Math.max(0, fitDays - 28);
      const profiles = new Map<number, { shape: Float64Array; total: number; days: number }>();
      const weekdayTotals = new Float64Array(7);
      const weekdayDays = new Float64Array(7);
      for (let d = lookback; d < fitDays; d++) {
        const total = dayTotal(grid, d);
        if (Number.isNaN(total)) continue;
        const w = weekdayOf(grid, d);
        const g = groups[w] ?? -1; // −1: no group
        if (g < 0) continue;
        let p = profiles.get(g);
        if (p === undefined) {
          p = { shape: new Float64Array(S), total: 0, days: 0 };
          profiles.set(g, p);
        }
        for (let k = 0; k < S; k++) {
          const v = grid.calls[d * S + k] ?? Number.NaN; // NaN: no row
          if (!Number.isNaN(v)) addAt(p.shape, k, v);
        }
        p.total += total;
        p.days += 1;
        addAt(weekdayTotals, w, total);
        addAt(weekdayDays, w, 1);
      }
      const out = new Float64Array(horizon * S).fill(NaN);
      let any = false;
      for (let h = 0; h < horizon; h++) {
        const w = weekdayOf(grid, fitDays + h);
        const g = groups[w] ?? -1;
        const p = g < 0 ? undefined : profiles.get(g);
        if (p === undefined || p.total <= 0) {
          if (g >= 0 && p !== undefined) for (let k = 0; k < S; k++) out[h * S + k] = 0;
          continue;
        }
        any = true;
        let level = p.total / p.days;
        // a weekday's calls and days in the lookback: none seen, 0
        const days = weekdayDays[w] ?? 0;
        if (weekdayLevel && days >= 2) level = (weekdayTotals[w] ?? 0) / days;
        const shape = smooth ? smoothProfile(p.shape) : p.shape;
        for (let k = 0; k < S; k++) out[h * S + k] = (level * (shape[k] as number)) / p.total;
      }
      return any ? out : undefined;
    },
  };
}
