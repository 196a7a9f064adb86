import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { OfferedWait } from '../../src/realtime/OfferedWait.js';

/** A wait in units of 1/nμ (scale 1) with θ/nμ = ratio. */
const wait = (k: number, ratio: number) => new OfferedWait(k, 1, ratio);
const logUniform = (lo: number, hi: number) => fc.double({ min: Math.log10(lo), max: Math.log10(hi), noNaN: true }).map((e) => 10 ** e);
const ahead = fc.oneof(fc.integer({ min: 0, max: 60 }), fc.constantFrom(0, 1, 5, 50, 1000));
const ratio = fc.oneof(logUniform(1e-6, 1e15), logUniform(1e7, 1e9));
/** Times from deep in the lower tail (the impatient phases of about 1/θ each) to the far upper tail. */
const time = logUniform(1e-15, 60);

describe('OfferedWait invariants over θ/nμ from 1e-6 to 1e15 (the exact beta form at every finite θ)', () => {
  test.prop([ahead, ratio, time], { numRuns: 400 })('cdf(t) + P(V > t) = 1 within 1e-14, both in [0, 1]', (k, r, t) => {
    const w = wait(k, r);
    const [c, s] = [w.cdf(t), w.sf(t)];
    expect(c >= 0 && c <= 1 && s >= 0 && s <= 1).toBe(true);
    expect(Math.abs(c + s - 1)).toBeLessThanOrEqual(1e-14);
  });

  test.prop([ahead, ratio, time, logUniform(1e-6, 1)], { numRuns: 400 })(
    'cdf rises and P(V > t) falls with t (up to rounding)',
    (k, r, t, step) => {
      const w = wait(k, r);
      const later = t * (1 + step);
      expect(w.cdf(later)).toBeGreaterThanOrEqual(w.cdf(t) * (1 - 1e-13));
      expect(w.sf(later)).toBeLessThanOrEqual(w.sf(t) * (1 + 1e-13));
    },
  );

  test.prop([ahead, ratio, time, logUniform(1e-12, 1e-6)], { numRuns: 400 })(
    'continuous and monotone in θ: raising θ by ε raises cdf(t) by at most (k+1)·ε relative (every phase at most ε faster)',
    (k, r, t, eps) => {
      const [a, b] = [wait(k, r).cdf(t), wait(k, r * (1 + eps)).cdf(t)];
      fc.pre(a >= 1e-300);
      expect(b).toBeGreaterThanOrEqual(a * (1 - 1e-13));
      expect(b).toBeLessThanOrEqual(a * (1 + 1.01 * (k + 1) * eps + 1e-13));
    },
  );

  /** Relative difference, 0 when both underflow to 0. */
  const gap = (x: number, y: number) => (x === y ? 0 : Math.abs(x / y - 1));
  it('no jump where the impatient limit used to take over (θ = 1e8·nμ): just below and just above agree within (k+1)·3e-15 + 1e-13', () => {
    for (const k of [1, 5, 50, 1000]) {
      const below = wait(k, 1e8 * (1 - 1e-15));
      const above = wait(k, 1e8 * (1 + 1e-15));
      // θ differs by 2e-15 relative, which moves a cdf ∝ θᵏ near 0 by up to (k+1)·2e-15.
      const tol = (k + 1) * 3e-15 + 1e-13;
      for (const t of [1e-10, 1e-9, 1e-8, 1e-7, 1e-5, 0.01, 1, 10]) {
        expect(gap(above.cdf(t), below.cdf(t)), `k=${k} t=${t}`).toBeLessThanOrEqual(tol);
        expect(gap(above.sf(t), below.sf(t)), `k=${k} t=${t}`).toBeLessThanOrEqual(tol);
      }
      for (const p of [1e-12, 1e-6, 0.5, 0.99]) expect(gap(above.quantile(p), below.quantile(p))).toBeLessThanOrEqual(1e-12);
    }
  });

  test.prop([ahead, logUniform(1e-6, 1e15), fc.double({ min: 1e-9, max: 1 - 1e-9, noNaN: true })], { numRuns: 300 })(
    'quantile(p) inverts cdf: cdf(quantile(p)) = p within 1e-11 relative (lower tail) or 1 − p (upper)',
    (k, r, p) => {
      const w = wait(k, r);
      const t = w.quantile(p);
      expect(t > 0 && Number.isFinite(t)).toBe(true);
      if (p <= 0.5) expect(Math.abs(w.cdf(t) / p - 1)).toBeLessThanOrEqual(1e-11);
      else expect(Math.abs(w.sf(t) / (1 - p) - 1)).toBeLessThanOrEqual(1e-11);
    },
  );
});
