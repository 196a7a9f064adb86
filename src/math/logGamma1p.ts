const EULER_GAMMA = 0.5772156649015329;

/** ζ(k) for k = 2…31: even values from π, odd ones to 17 digits, higher ones summed directly. */
const ZETA: number[] = /* @__PURE__ */ (() => {
  const known: Record<number, number> = {
    2: Math.PI ** 2 / 6,
    3: 1.2020569031595942,
    4: Math.PI ** 4 / 90,
    5: 1.03692775514337,
    6: Math.PI ** 6 / 945,
    7: 1.0083492773819227,
    8: Math.PI ** 8 / 9450,
    9: 1.0020083928260821,
    10: Math.PI ** 10 / 93555,
  };
  const out: number[] = [];
  for (let k = 2; k <= 31; k++) {
    let z = known[k];
    if (z === undefined) {
      // 1 + 2⁻ᵏ + … + 12⁻ᵏ; the rest is below 13⁻¹⁰ < 1e-11 relative… of a term below 2⁻¹¹
      z = 1;
      for (let n = 12; n >= 2; n--) z += n ** -k;
    }
    out[k] = z;
  }
  return out;
})();

/**
 * ln Γ(1 + s) for |s| ≤ ¼ from its Taylor series −γs + Σ_{k≥2} (−1)ᵏ ζ(k) sᵏ/k
 * (Abramowitz & Stegun 6.1.33), accurate in relative terms near the root at s = 0 where the
 * Stirling route only reaches 1e-15 absolute.
 */
export function logGamma1p(s: number): number {
  let sum = 0;
  let power = -s; // (−s)ᵏ
  for (let k = 2; k <= 31; k++) {
    power *= -s;
    sum += ((ZETA[k] as number) * power) / k;
  }
  return -EULER_GAMMA * s + sum;
}
