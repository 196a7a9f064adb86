import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { ErrorWindow } from '../../../src/realtime/tracker/ErrorWindow.js';

test.prop([
  fc.integer({ min: 1, max: 12 }),
  fc.array(fc.tuple(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 50 })), { maxLength: 60 }),
])('ErrorWindow keeps the last `size` callers: its ratios sorted, its figures those of a recount', (size, callers) => {
  const w = new ErrorWindow(size);
  callers.forEach(([predicted, actual], k) => {
    w.add(predicted, actual, 25);
    const last = callers.slice(Math.max(0, k + 1 - size), k + 1);
    const ratios = last.map(([p, a]) => a / Math.max(p, 1)).sort((x, y) => x - y);
    expect(Array.from(w.ratios())).toEqual(ratios);
    expect(w.count).toBe(last.length);
    expect(w.bias).toBeCloseTo(last.reduce((s, [p, a]) => s + p - a, 0) / last.length, 9);
    expect(w.coverage).toBeCloseTo(last.filter(([, a]) => a <= 25).length / last.length, 12);
  });
});
