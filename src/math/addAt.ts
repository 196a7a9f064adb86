/**
 * Adds `amount` to `values[index]` in place: the accumulate step of counts and sums kept in
 * arrays, one place for the read that `noUncheckedIndexedAccess` types as possibly undefined.
 * The index must be in range (the caller allocated the array); `values[index] + amount` is
 * computed exactly as written inline. Internal.
 */
export function addAt(values: { [index: number]: number }, index: number, amount: number): void {
  values[index] = (values[index] as number) + amount;
}
