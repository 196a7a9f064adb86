import { deviance } from './deviance.js';
import { erfcx } from './erfcx.js';
import { stirlingError } from './stirlingError.js';

const SQRT_2PI = 2.5066282746310002;

/** Taylor coefficients of Temme's c₀(η) and c₁(η) at η = 0 (DLMF 8.12; checked with mpmath). */
const C0 = [-1 / 3, 1 / 12, -2 / 135, 1 / 864, 1 / 2835, -139 / 777600, 1 / 25515, -571 / 261273600];
const C1 = [-1 / 540, -1 / 288, 1 / 378, -77 / 77760, 1 / 4860];

function poly(c: number[], eta: number): number {
  let v = 0;
  for (let i = c.length - 1; i >= 0; i--) v = v * eta + (c[i] as number);
  return v;
}

/**
 * Temme's (1979) uniform asymptotic expansion of the incomplete gamma function for a large shape
 * s near the transition x ≈ s (DLMF 8.12.3–8.12.9):
 * Q(s, x) = ½·erfc(η√(s/2)) + e^{−sη²/2}/√(2πs)·(c₀(η) + c₁(η)/s + O(s⁻²)), with
 * ½η² = λ − 1 − ln λ, λ = x/s, sign(η) = sign(λ − 1). Returned divided by the Poisson term
 * D(s, x) = e^{−sη²/2 − δ(s)}/√(2πs) (δ = Stirling's error), so that nothing underflows:
 * for x ≥ s the ratio Q/D = e^{δ}·(√(2πs)·½·erfcx(z) + c₀ + c₁/s), and for x < s the ratio
 * P/D = e^{δ}·(√(2πs)·½·erfcx(|z|) − c₀ − c₁/s), z = η√(s/2). sη²/2 is Loader's deviance,
 * computed without cancellation. Meant for s ≥ 10⁷, where the neglected c₂/s² term is below
 * 1e-16 of the result; the cost is O(1) instead of the O(√s) of the series.
 */
export function temmeRatio(s: number, x: number): number {
  const halfEta2s = deviance(s, x); // s·η²/2
  const eta = Math.sign(x - s) * Math.sqrt((2 * halfEta2s) / s);
  let c0: number;
  let c1: number;
  if (Math.abs(eta) < 0.01) {
    c0 = poly(C0, eta);
    c1 = poly(C1, eta);
  } else {
    const m = x / s - 1; // λ − 1
    c0 = 1 / m - 1 / eta;
    c1 = 1 / (eta * eta * eta) - 1 / (m * m * m) - 1 / (m * m) - 1 / (12 * m);
  }
  const tail = 0.5 * SQRT_2PI * Math.sqrt(s) * erfcx(Math.sqrt(halfEta2s));
  const correction = c0 + c1 / s;
  return Math.exp(stirlingError(s)) * (x >= s ? tail + correction : tail - correction);
}
