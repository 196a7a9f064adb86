import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { formatDuration } from '../../src/cli/output/formatValue.js';

describe('formatDuration(seconds)', () => {
  test('seconds, minutes, hours, and a million hours or more to 3 digits (an Erlang A ASA with a patience of 1e300 s)', () => {
    expect([0.01, 9.94, 42, 270, 3900, 8 * 3600, 12_079_595_519.98, 1.418960066016641e300, Infinity].map(formatDuration)).toEqual([
      '0s',
      '9.9s',
      '42s',
      '4m30s',
      '1h05m',
      '8h',
      '3.36e+6h',
      '3.94e+296h',
      '∞',
    ]);
  });

  test.prop([fc.double({ min: 0, noNaN: true })])('is one short word of digits and units for any duration ≥ 0', (seconds) => {
    expect(formatDuration(seconds)).toMatch(/^(\d+(\.\d)?s|\d+m(\d\ds)?|\d+h(\d\dm)?|\d+(\.\d+)?(e\+\d+)?h|∞)$/);
  });
});
