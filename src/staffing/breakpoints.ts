/** Helpers for piecewise-linear cumulative curves given by breakpoints (times and values). @internal */

/** The first index k of a non-decreasing array at which `holds` is true (the length if none). */
export function firstIndex(values: readonly number[], holds: (v: number) => boolean): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (holds(values[mid] as number)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Sorts breakpoints by time (then value), in place, keeping each time with its value. */
export function sortBreakpoints(t: number[], v: number[]): void {
  const points = t.map((time, i) => ({ time, value: v[i] ?? 0 })); // v has t's length
  points.sort((a, b) => a.time - b.time || a.value - b.value);
  points.forEach(({ time, value }, i) => {
    t[i] = time;
    v[i] = value;
  });
}
