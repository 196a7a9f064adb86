/**
 * The median of `values` (the mean of the middle two for an even count; NaN for none), the list
 * left as it is. @internal
 */
export function median(values: readonly number[]): number {
  const sorted = values.slice().sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  // no value: no middle (NaN)
  const upper = sorted[mid] ?? Number.NaN;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? Number.NaN) + upper) / 2;
}
