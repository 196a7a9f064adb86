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
    return this.times.at(-1) ?? -Infinity;
  }

  /** Puts breakpoints added out of order in time order. */
  sort(): void {
    sortBreakpoints(this.times, this.totals);
  }

  /** The count at time t: linear between breakpoints (binary search), 0 before the first. */
  valueAt(t: number): number {
    const { times, totals } = this;
    const k = firstIndex(times, (time) => time > t); // times[k − 1] ≤ t < times[k]
    if (k === 0) return 0;
    if (k === times.length) return totals[k - 1] ?? 0;
    const [ta, tb, va, vb] = this.segment(k);
    return va + ((vb - va) * (t - ta)) / (tb - ta);
  }

  /** Times and counts at both ends of the segment from breakpoint k − 1 to k (0 < k < length). */
  private segment(k: number): [ta: number, tb: number, va: number, vb: number] {
    const { times, totals } = this;
    return [times[k - 1] ?? 0, times[k] ?? 0, totals[k - 1] ?? 0, totals[k] ?? 0];
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
    if (k === 0) return times[0] ?? Infinity;
    const [ta, tb, va, vk] = this.segment(k);
    return vk > va ? ta + (tb - ta) * Math.min(1, Math.max(0, (level - va) / (vk - va))) : tb;
  }
}
