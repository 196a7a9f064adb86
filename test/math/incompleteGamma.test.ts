import { describe, expect, test } from 'vitest';
import { erfc, gammaP, gammaQ, logGamma } from '../../src/index.js';
import fixture from '../fixtures/math/gamma.json' with { type: 'json' };
import { relativeError } from '../helpers/expectRelative.js';

const EPS = 2 ** -52;

describe('incomplete gamma against 50-digit quadrature (test/fixtures/math/generate.py)', () => {
  test('gammaP(s, x) and gammaQ(s, x): the smaller of P and Q to 1e-12 relative for s ≤ 1e5 and 1e-9 up to s = 1e12; the larger to 1e-14', () => {
    let worst = 0;
    for (const c of fixture.gamma) {
      const p = gammaP(c.s, c.x);
      const q = gammaQ(c.s, c.x);
      const small = c.p < c.q ? [p, c.p] : [q, c.q];
      const large = c.p < c.q ? [q, c.q] : [p, c.p];
      const tol = c.s <= 1e5 ? 1e-12 : 1e-9; // per regime: series/fraction, then Temme for s ≥ 1e7
      const where = `s=${c.s} x=${c.x}`;
      if ((small[1] as number) > 1e-290) {
        const err = relativeError(small[0] as number, small[1] as number);
        worst = Math.max(worst, err);
        expect(err, where).toBeLessThanOrEqual(tol);
      } else {
        expect(small[0] as number, where).toBeLessThan(1e-280);
      }
      expect(relativeError(large[0] as number, large[1] as number), where).toBeLessThanOrEqual(tol / 100);
    }
    console.info(`incomplete gamma: worst relative error of the smaller tail ${worst.toExponential(2)}`);
  });

  test('logGamma(x) to 2e-15 absolute below 10 and 4 ulps relative (also near the roots 1 and 2)', () => {
    for (const c of fixture.logGamma) {
      const nearRoot = Math.abs(c.x - 1) <= 0.25 || Math.abs(c.x - 2) <= 0.25;
      const tol = nearRoot || c.x >= 10 ? 4 * EPS * Math.abs(c.value) : 2e-15;
      expect(Math.abs(logGamma(c.x) - c.value), `x=${c.x}`).toBeLessThanOrEqual(tol);
    }
  });

  test('erfc(z) to 1e-13 relative, including the far tail', () => {
    for (const c of fixture.erfc) {
      if (c.value > 0) expect(relativeError(erfc(c.z), c.value), `z=${c.z}`).toBeLessThanOrEqual(1e-13);
      else expect(erfc(c.z)).toBeLessThan(1e-290);
    }
  });
});
