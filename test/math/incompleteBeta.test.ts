import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { betaIntegerTails } from '../../src/math/incompleteBeta.js';
import { expectRelative } from '../helpers/expectRelative.js';

/** P(J ≤ k) for J negative binomial, as the forward sum of its positive terms from t₀ = zᵃ (independent of the kernel's backward sums). */
function directLower(a: number, k: number, x: number): number {
  const q = -Math.expm1(-x);
  let term = Math.exp(-a * x);
  let sum = term;
  for (let j = 1; j <= k; j++) sum += term *= ((a + (j - 1)) / j) * q;
  return sum;
}

const logUniform = (lo: number, hi: number) => fc.double({ min: Math.log10(lo), max: Math.log10(hi), noNaN: true }).map((e) => 10 ** e);

test.prop([logUniform(1e-12, 1e3), fc.integer({ min: 0, max: 60 }), logUniform(1e-8, 700)], { numRuns: 500 })(
  'betaIntegerTails(a, k, −x, 1 − e^{−x}): lower = the direct forward sum within 1e-13 (+ a·x·4e-16), lower + upper = 1 within 1e-14, both in [0, 1] (a down to 1e-12)',
  (a, k, x) => {
    const tails = betaIntegerTails(a, k, -x, -Math.expm1(-x));
    const direct = directLower(a, k, x);
    // e^{−a·x} itself is only known to a·x·2⁻⁵³ relative (x rounded): far tails get that much more room.
    if (direct >= 1e-280) expectRelative(tails.lower, direct, 1e-13 + 4e-16 * a * x, 'lower');
    expect(Math.abs(tails.lower + tails.upper - 1)).toBeLessThanOrEqual(1e-14);
    for (const v of [tails.lower, tails.upper]) expect(v >= 0 && v <= 1).toBe(true);
  },
);

test.prop([logUniform(1e-12, 1e3), fc.integer({ min: 0, max: 60 }), logUniform(1e-10, 1e-3)], { numRuns: 300 })(
  'betaIntegerTails: the small upper tail near z = 1 matches its leading terms (no 1 − lower cancellation)',
  (a, k, x) => {
    // For x → 0, P(J > k) = t_{k+1}·(1 + O(x)) with t_{k+1} = zᵃ·C(a+k, k+1)·q^{k+1}: relative error ≤ (a + k + 1)·x.
    const q = -Math.expm1(-x);
    let term = Math.exp(-a * x);
    for (let j = 1; j <= k + 1; j++) term *= ((a + (j - 1)) / j) * q;
    const { upper } = betaIntegerTails(a, k, -x, q);
    if (term >= 1e-280) expect(Math.abs(upper / term - 1)).toBeLessThanOrEqual(2 * (a + k + 2) * x + 1e-13);
  },
);
