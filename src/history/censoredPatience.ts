import { nonNegative, nonNegativeInteger, openUnit } from '../math/checks.js';
import { findRoot } from '../math/findRoot.js';
import { gammaP } from '../math/incompleteGamma.js';

/** A mean patience with its confidence interval, seconds. */
export interface PatienceEstimate {
  /** Total time waited ÷ abandons, seconds (`Infinity` when nobody abandoned). */
  readonly patience: number;
  /** Lower end of the confidence interval, seconds. */
  readonly low: number;
  /** Upper end, seconds (`Infinity` when nobody abandoned). */
  readonly high: number;
}

/** x with P(shape, x) = p (a gamma quantile): −ln(1 − p) for shape 1, else by a bracketed root search. */
function gammaQuantile(shape: number, p: number): number {
  if (shape === 1) return -Math.log1p(-p);
  let hi = shape + 10 * Math.sqrt(shape) + 10;
  for (let i = 0; i < 60 && gammaP(shape, hi) < p; i++) hi *= 2;
  const f = (x: number): number => gammaP(shape, x) - p;
  return findRoot(f, { lo: 0, hi, fLo: -p, fHi: f(hi), tolerance: 1e-10 * hi });
}

/**
 * The mean patience of callers from censored waits (Brown et al. 2005; exponential patience):
 * abandons ÷ total time waited by every queued caller (answered callers' waits are censored
 * patience times) estimates the abandonment rate θ, and patience = 1/θ. The interval is the
 * exact one for a Poisson count of abandons over the exposure (Garwood 1936):
 * θ ∈ [χ²(α/2; 2d) / 2T, χ²(1−α/2; 2d+2) / 2T], so it is valid with few abandons and gives a
 * finite lower bound when there are none.
 *
 * @param abandoned - callers who hung up while waiting (integer ≥ 0)
 * @param totalWaitSeconds - time waited by all callers, answered, abandoned or still waiting, seconds
 * @param confidence - confidence level @defaultValue 0.95
 * @returns `{ patience, low, high }` in seconds
 * @throws {QueueInputError} when a count or time is negative or `confidence` is not in (0, 1)
 * @example
 * censoredPatience(50, 6000).patience; // => 120
 * censoredPatience(50, 6000).low; // ≈ 91.0
 * censoredPatience(0, 600).high; // => Infinity
 */
export function censoredPatience(abandoned: number, totalWaitSeconds: number, confidence = 0.95): PatienceEstimate {
  nonNegativeInteger('abandoned', abandoned);
  nonNegative('totalWaitSeconds', totalWaitSeconds);
  openUnit('confidence', confidence);
  const alpha = 1 - confidence;
  const total = totalWaitSeconds;
  const rateHigh = gammaQuantile(abandoned + 1, 1 - alpha / 2) / total;
  if (abandoned === 0) return { patience: Infinity, low: total === 0 ? 0 : 1 / rateHigh, high: Infinity };
  const rateLow = gammaQuantile(abandoned, alpha / 2) / total;
  return { patience: total / abandoned, low: 1 / rateHigh, high: 1 / rateLow };
}
