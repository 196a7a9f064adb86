import { firstIndex, sortBreakpoints } from './breakpoints.js';

/**
 * A non-decreasing piecewise-linear cumulative count (items arrived or answered by time t, in
 * seconds), given by its breakpoints; 0 before the first one and flat after the last. Built by
 * adding breakpoints, in time order or followed by {@link CumulativeCurve.sort}. @internal
 */
export class CumulativeCurve {
  /** Breakpoint times, seconds. */
  readonly times: number[] = [];
  /** The count at each breakpoint time. */
  readonly totals: number[] = [];

  /** Adds the breakpoint (time, total). */
  add(time: number, total: number): void {
    this.times.push(time);
    this.totals.push(total);
  }

  /** Time of the last breakpoint added. */
  lastTime(): number {
    return this.times[this.times.length - 1] as number;
  }

  /** Puts breakpoints added out of order in time order. */
  sort(): void {
    sortBreakpoints(this.times, this.totals);
  }

  /** The count at time t: linear between breakpoints (binary search), 0 before the first. */
  valueAt(t: number): number {
    const { times, totals } = this;
    if (t < (times[0] as number)) return 0;
    let lo = 0;
    let hi = times.length - 1;
    if (t >= (times[hi] as number)) return totals[hi] as number;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if ((times[mid] as number) <= t) lo = mid;
      else hi = mid;
    }
    const ta = times[lo] as number;
    const tb = times[hi] as number;
    const va = totals[lo] as number;
    const vb = totals[hi] as number;
    return tb > ta ? va + ((vb - va) * (t - ta)) / (tb - ta) : vb;
  }

  /**
   * The first time the count reaches `level` (`strict`: exceeds it), up to a relative 1e-12;
   * `Infinity` if it never does within the breakpoints.
   */
  timeReaching(level: number, strict: boolean): number {
    const { times, totals } = this;
    const tolerance = 1e-12 * Math.max(1, Math.abs(level));
    const k = firstIndex(totals, (vk) => (strict ? vk > level + tolerance : vk >= level - tolerance));
    if (k === totals.length) return Infinity;
    if (k === 0) return times[0] as number;
    const vk = totals[k] as number;
    const va = totals[k - 1] as number;
    const ta = times[k - 1] as number;
    const tb = times[k] as number;
    return vk > va ? ta + (tb - ta) * Math.min(1, Math.max(0, (level - va) / (vk - va))) : tb;
  }
}
