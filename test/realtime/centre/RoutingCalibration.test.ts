import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { RoutingCalibration } from '../../../src/realtime/centre/RoutingCalibration.js';
import { SnapshotFields } from '../../../src/realtime/tracker/SnapshotFields.js';

describe('RoutingCalibration', () => {
  it('starts at 1 and ignores means it cannot learn from', () => {
    const c = new RoutingCalibration(200, 20);
    expect(c.factor).toBe(1);
    for (const told of [0, -1, Number.NaN, Infinity]) c.learn(told, 30);
    c.learn(10, Number.NaN);
    expect(c.factor).toBe(1);
  });

  test.prop([
    fc.double({ min: 0.05, max: 20, noNaN: true }),
    fc.array(fc.double({ min: 0.5, max: 3600, noNaN: true }), { minLength: 1, maxLength: 300 }),
  ])('waits k times the means told: the factor lies between 1 and k, nearer k with more callers; it restores as saved', (k, told) => {
    const c = new RoutingCalibration(200, 20);
    let last = 1;
    for (const mean of told) {
      c.learn(mean, k * mean);
      const factor = c.factor;
      expect(factor).toBeGreaterThanOrEqual(Math.min(1, k) * (1 - 1e-12));
      expect(factor).toBeLessThanOrEqual(Math.max(1, k) * (1 + 1e-12));
      expect(Math.abs(factor - k)).toBeLessThanOrEqual(Math.abs(last - k) * (1 + 1e-12));
      last = factor;
    }
    const r = new RoutingCalibration(200, 20);
    r.restore(new SnapshotFields('s', JSON.parse(JSON.stringify({ calibration: c.save() }))), 'calibration');
    expect(r.factor).toBe(c.factor);
  });
});
