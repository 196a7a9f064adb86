import { fc } from '@fast-check/vitest';
import { HOSTILE_NUMBERS } from './hostileNumbers.js';

/** Any double, weighted towards the edges: NaN, ±Infinity, ±0, subnormals, 2^53 and beyond, 1e308. */
export const anyDouble: fc.Arbitrary<number> = fc.oneof(
  fc.double(),
  fc.constantFrom(...HOSTILE_NUMBERS),
  fc.double({ min: 1e-320, max: 1e-300, noNaN: true }),
  fc.double({ min: 1e15, max: 1e308, noNaN: true }),
);

/** A positive double anywhere in the range, subnormals to Number.MAX_VALUE. */
export const anyPositive: fc.Arbitrary<number> = fc.oneof(
  fc.double({ min: 5e-324, max: Number.MAX_VALUE, noNaN: true }),
  fc.constantFrom(5e-324, 1e-320, 2.2e-308, 1e-16, 1, 2 ** 53, 1e300, Number.MAX_VALUE),
);
