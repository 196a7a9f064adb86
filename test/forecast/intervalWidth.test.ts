import { describe, expect, test } from 'vitest';
import { forecastArrivals } from '../../src/index.js';
import { rng } from '../helpers/rng.js';
import { meanCalls, poisson, SUNDAY } from './centreHistory.js';

describe('forecastArrivals: intervals of a short history with quiet night hours', () => {
  test('a rare call at night does not widen every interval (15 days of half hours; hour scales once came from errors under one expected call: 52 √calls wide)', () => {
    const u = rng(15);
    const history = Array.from({ length: 15 * 48 }, (_, i) => {
      const mean = meanCalls(Math.floor(i / 48) % 7, Math.floor((i % 48) / 2));
      return { start: SUNDAY + i * 1800, length: 1800, calls: poisson(Number.isNaN(mean) ? 0.05 : mean / 2, u) };
    });
    const rows = forecastArrivals(history, { days: 7 }).rows.filter((r) => r.calls > 10);
    const widest = Math.max(...rows.map((r) => (r.upper - r.lower) / Math.sqrt(r.calls)));
    expect(widest).toBeLessThan(12);
  });
});
