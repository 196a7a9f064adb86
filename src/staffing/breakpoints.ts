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
  const order = t.map((_, i) => i).sort((a, b) => (t[a] as number) - (t[b] as number) || (v[a] as number) - (v[b] as number));
  const sortedTimes = order.map((i) => t[i] as number);
  const sortedValues = order.map((i) => v[i] as number);
  for (let i = 0; i < t.length; i++) {
    t[i] = sortedTimes[i] as number;
    v[i] = sortedValues[i] as number;
  }
}
