import type { Estimate } from './SimResult.js';

/** Student t 0.975-quantiles for 1 … 30 degrees of freedom. */
const T975 = [
  12.706205, 4.302653, 3.182446, 2.776445, 2.570582, 2.446912, 2.364624, 2.306004, 2.262157, 2.228139, 2.200985, 2.178813, 2.160369,
  2.144787, 2.13145, 2.119905, 2.109816, 2.100922, 2.093024, 2.085963, 2.079614, 2.073873, 2.068658, 2.063899, 2.059539, 2.055529, 2.051831,
  2.048407, 2.04523, 2.042272,
];

/**
 * The 0.975-quantile of Student's t with `df` degrees of freedom: a table to 30, then the
 * Cornish–Fisher expansion in 1/df (Abramowitz & Stegun 26.7.5), accurate to 1e-4 there.
 */
export function studentT975(df: number): number {
  if (df <= 30) return T975[Math.max(1, df) - 1] as number;
  const z = 1.959963984540054;
  const z3 = z * z * z;
  const z5 = z3 * z * z;
  return z + (z3 + z) / (4 * df) + (5 * z5 + 16 * z3 + 3 * z) / (96 * df * df);
}

/**
 * Ratio estimate ΣY/ΣX over B samples (batches or replications) with a 95% confidence interval
 * by the delta method: s² = Σ(Yᵦ − R·Xᵦ)²/(B − 1), half-width t₀.₉₇₅,B−1 · s/(√B · X̄)
 * (e.g. Law 2015, "Simulation Modeling and Analysis", §9.5). With equal Xᵦ this is plain batch
 * means. `ifNone` is returned when ΣX = 0; the interval is clipped to [min, max]. For a
 * `proportion` (Y counts events among X trials) the interval also covers the Wilson score interval
 * of the pooled counts, so events too rare to be seen still get a positive upper bound. Internal.
 */
export function ratioEstimate(ys: Float64Array, xs: Float64Array, ifNone: number, min: number, max: number, proportion = false): Estimate {
  const b = ys.length;
  let sy = 0;
  let sx = 0;
  for (let i = 0; i < b; i++) {
    sy += ys[i] as number;
    sx += xs[i] as number;
  }
  if (!(sx > 0)) return { value: ifNone, lower: ifNone, upper: ifNone };
  const r = sy / sx;
  if (!Number.isFinite(r)) return { value: r, lower: r, upper: r };
  let ss = 0;
  for (let i = 0; i < b; i++) {
    const d = (ys[i] as number) - r * (xs[i] as number);
    ss += d * d;
  }
  const half = b > 1 ? (studentT975(b - 1) * Math.sqrt(ss / (b - 1) / b)) / (sx / b) : Infinity;
  const value = Math.min(max, Math.max(min, r));
  let lower = r - half;
  let upper = r + half;
  if (proportion) {
    // Rare events: batches that all saw none give a zero-width interval. Take the union with the
    // Wilson score interval of the pooled counts (Wilson 1927; ≈ the rule of three at 0 events).
    const z2 = 3.841458820694124; // 1.96²
    const n = sx;
    const p = Math.min(1, Math.max(0, r));
    const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
    const w = (Math.sqrt(z2) / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
    lower = Math.min(lower, centre - w);
    upper = Math.max(upper, centre + w);
  }
  const clip = (x: number): number => Math.min(max, Math.max(min, x));
  return { value, lower: clip(lower), upper: clip(upper) };
}

/** Mean-of-samples interval around a given point estimate (for quantiles): value ± t·sd/√B. */
export function spreadEstimate(value: number, samples: Float64Array): Estimate {
  const b = samples.length;
  if (!Number.isFinite(value)) return { value, lower: value, upper: value };
  let m = 0;
  for (let i = 0; i < b; i++) m += samples[i] as number;
  m /= b;
  if (!Number.isFinite(m)) return { value, lower: value, upper: Infinity };
  let ss = 0;
  for (let i = 0; i < b; i++) ss += ((samples[i] as number) - m) ** 2;
  const half = b > 1 ? studentT975(b - 1) * Math.sqrt(ss / (b - 1) / b) : Infinity;
  return { value, lower: Math.max(0, value - half), upper: value + half };
}
