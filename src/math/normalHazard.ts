const INV_SQRT_2PI = 0.3989422804014327;

/**
 * erfc(x)·e^{x²} for x ≥ 0 from the Chebyshev-fitted form erfc(x) = t·exp(−x² + P(t)),
 * t = 1/(1 + x/2) (Press et al., "Numerical Recipes", §6.2): relative error below 1.2e-7
 * everywhere, for starting estimates only (the exact erfc is {@link erfc}).
 */
function scaledErfcApprox(x: number): number {
  const t = 1 / (1 + 0.5 * x);
  const p =
    -1.26551223 +
    t *
      (1.00002368 +
        t *
          (0.37409196 +
            t *
              (0.09678418 +
                t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  return t * Math.exp(p);
}

/**
 * Hazard rate of the standard normal distribution, h(z) = φ(z)/(1 − Φ(z)), for any real z,
 * without underflow in either tail, from the 1.2e-7-accurate approximation of erfc in Press et
 * al., "Numerical Recipes", §6.2: meant for starting estimates (square-root staffing), not for
 * final answers. Internal.
 *
 * @param z - any finite number
 * @returns h(z) > 0 (≈ z for large z, ≈ φ(z) for very negative z)
 */
export function normalHazard(z: number): number {
  const x = Math.abs(z) * Math.SQRT1_2;
  const scaled = scaledErfcApprox(x);
  if (z >= 0) return (2 * INV_SQRT_2PI) / scaled; // φ(z)/(½·erfc(z/√2))
  const upper = 1 - 0.5 * Math.exp(-x * x) * scaled; // 1 − Φ(z) = 1 − ½erfc(|z|/√2)
  return (INV_SQRT_2PI * Math.exp(-0.5 * z * z)) / upper;
}

/**
 * ln(1 − Φ(z)), the log upper tail of the standard normal, finite for every real z (same
 * 1.2e-7-accurate form as {@link normalHazard}; for starting estimates). Internal.
 *
 * @param z - any finite number
 * @returns ln(1 − Φ(z)) ≤ 0
 */
export function logNormalTail(z: number): number {
  const x = Math.abs(z) * Math.SQRT1_2;
  // 1 − Φ(z) = ½erfc(z/√2)
  if (z >= 0) return Math.log(0.5 * scaledErfcApprox(x)) - x * x;
  return Math.log1p(-0.5 * Math.exp(-x * x) * scaledErfcApprox(x));
}
