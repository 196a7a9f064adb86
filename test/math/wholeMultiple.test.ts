import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { wholeMultiple } from '../../src/math/checks.js';
import { QueueInputError } from '../../src/math/QueueInputError.js';

describe('wholeMultiple(parameter, value, unit, least, most)', () => {
  test.prop([
    fc.oneof(
      fc.double(),
      fc.integer({ min: 0, max: 5000 }).map((k) => k * 1800),
      fc.constantFrom(1e-7, 5e-324, 1e-300, 0),
    ),
    fc.oneof(fc.constantFrom(900, 1800, 3600), fc.double({ min: 1e-3, max: 1e6, noNaN: true })),
    fc.constantFrom(0, 1),
    fc.constantFrom(Infinity, 2016),
  ])(
    'returns a whole count of units from least to most, or refuses: stepping by a positive multiple always advances',
    (value, unit, least, most) => {
      let count: number | undefined;
      try {
        count = wholeMultiple('x', value, unit, least, most);
      } catch (error) {
        expect(error).toBeInstanceOf(QueueInputError);
      }
      if (count !== undefined) {
        expect(Number.isInteger(count)).toBe(true);
        expect(count).toBeGreaterThanOrEqual(least);
        expect(count).toBeLessThanOrEqual(most);
        expect(Math.abs(value - count * unit)).toBeLessThanOrEqual(1e-9 * unit * Math.max(1, count));
      }
    },
  );
  test.each([1e-7, 5e-324, 1e-300])('a step of %s s on a 1800 s grid is refused as a positive multiple (it was zero steps)', (value) => {
    expect(() => wholeMultiple('templates[0].startStep', value, 1800, 1)).toThrow(/positive multiple of the interval length/);
  });
});
