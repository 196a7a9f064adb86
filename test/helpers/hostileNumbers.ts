/**
 * Numbers that break numeric code: NaN, ±Infinity, ±0, subnormals, the smallest normal, values
 * around 1 and 2^31, 2^32, 2^53, huge finite values. Shared by the property tests (`anyDouble`)
 * and the fuzzer (`npm run fuzz`).
 */
export const HOSTILE_NUMBERS: readonly number[] = [
  NaN,
  Infinity,
  -Infinity,
  0,
  -0,
  5e-324,
  -5e-324,
  2.2250738585072014e-308,
  2.2e-308,
  1e-300,
  1e-16,
  0.5,
  1,
  1 - 2 ** -53,
  1 + 2 ** -52,
  2,
  3.7,
  100,
  -1,
  2 ** 31,
  2 ** 32 + 1,
  2 ** 53,
  2 ** 53 + 2,
  1e16,
  1e300,
  1e308,
  Number.MAX_VALUE,
  -1e308,
];
