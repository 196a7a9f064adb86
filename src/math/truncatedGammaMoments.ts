/**
 * Two moments of U = G/y for G ~ Gamma(s) truncated to [0, y] (density ∝ u^{s−1}e^{−yu} on
 * [0, 1]), well below the transition: E[1 − U] and E[U·ln(1/U)]. In Erlang A (s = nμ/θ,
 * y = λ/θ) U = e^{−θV} for the offered wait V of a caller who waits, so these are
 * P(abandon | wait) and θ·E[V·e^{−θV} | wait].
 */
export interface TruncatedGammaMoments {
  /** E[1 − U]. */
  readonly oneMinusMean: number;
  /** E[U·ln(1/U)]. */
  readonly logMoment: number;
}

/**
 * β = y/(s − y)² up to which {@link truncatedGammaMoments} applies: its series then reaches
 * 1e-17 within {@link MAX_ORDER} terms.
 */
export const WATSON_BETA: number = 1 / 256;

/** Taylor orders summed at most (β^{n/2}·(n−1)!! < 1e-18 at n = 26 for β ≤ 1/256). */
const MAX_ORDER = 40;

/**
 * {@link TruncatedGammaMoments} for shape s and bound y with d = s − y > 0 and β = y/d² ≤
 * {@link WATSON_BETA} (far below the transition y ≈ s, the range where the identities
 * E[J] = y − s + s·D/P of the lower series lose every digit to cancellation once s ≳ 1e15).
 *
 * With U = e^{−S}, S has density ∝ e^{−dS − y·φ(S)}, φ(S) = S − 1 + e^{−S} = S²/2 − S³/6 + …,
 * the Laplace-type integral behind P(s, y) = D(s, y)·s∫₀^∞ e^{−ds − yφ(s)} ds. In σ = d·S,
 * Watson's lemma (Watson 1918; Olver 1974, Asymptotics and Special Functions, ch. 3 §3) turns
 * every ∫₀^∞ e^{−σ}σᵏf(σ) dσ into Σ_n f_n·(n+k)!, f_n the Taylor coefficients of f at 0; the
 * coefficients E_n of e^{−yφ(σ/d)} follow from n·E_n = Σ_{m≥2} m·h_m·E_{n−m}, h_m its
 * exponent's. The terms fall like β^{n/2}(n−1)!!, an alternating series with no cancellation
 * (the same expansion as DLMF 8.11.6 for γ(s, y), Temme's, here for the moments directly).
 * Relative error ~1e-16; O(n²) ≈ 600 flops.
 */
export function truncatedGammaMoments(s: number, y: number, d: number = s - y): TruncatedGammaMoments {
  const inverseD = 1 / d;
  const beta = y * inverseD * inverseD; // β = y/d²
  // Exponent coefficients h_m of −y·φ(σ/d) = −Σ_{m≥2} (−1)^m·β·σ^m/(m!·d^{m−2}), times m.
  const scaledExponent: number[] = [0, 0];
  // E_n = Taylor coefficients of e^{−yφ(σ/d)}; the three sums ∫e^{−σ}·(…) dσ accumulate as
  // Σ E_n·n! (normalizer), Σ (A∗E)_n·(n+1)! and Σ (C∗E)_n·(n+1)! with
  // (1 − e^{−σ/d})/(σ/d) = Σ A_k σ^k, A_k = (−1)^k/((k+1)!·d^k), and e^{−σ/d} = Σ C_k σ^k.
  const e: number[] = [1];
  const a: number[] = [1];
  const c: number[] = [1];
  let h = -0.5 * beta; // h₂
  let normalizer = 1;
  let abandon = 1;
  let moment = 1;
  let factorial = 1; // n!
  let quiet = 0;
  for (let n = 1; n < MAX_ORDER; n++) {
    if (n >= 2) {
      scaledExponent.push(n * h);
      h *= -inverseD / (n + 1);
    }
    let en = 0;
    for (let m = 2; m <= n; m++) en += (scaledExponent[m] as number) * (e[n - m] as number);
    en /= n;
    e.push(en);
    a.push((-(a[n - 1] as number) * inverseD) / (n + 1));
    c.push((-(c[n - 1] as number) * inverseD) / n);
    let abandonCoefficient = 0;
    let momentCoefficient = 0;
    for (let k = 0; k <= n; k++) {
      const ek = e[n - k] as number;
      abandonCoefficient += (a[k] as number) * ek;
      momentCoefficient += (c[k] as number) * ek;
    }
    factorial *= n;
    const termN = en * factorial;
    const termA = abandonCoefficient * factorial * (n + 1);
    const termM = momentCoefficient * factorial * (n + 1);
    normalizer += termN;
    abandon += termA;
    moment += termM;
    const small = Math.max(Math.abs(termN), Math.abs(termA), Math.abs(termM)) <= 1e-18;
    quiet = small ? quiet + 1 : 0;
    if (quiet >= 2) break; // two orders in a row below 1e-18 (odd orders are O(1/d) smaller)
  }
  // ∫ e^{−σ}·σ·f = Σ f_n (n+1)!; the leading terms are 1 (normalizer) and 1! = 1 (the others)
  return { oneMinusMean: (abandon / normalizer) * inverseD, logMoment: (moment / normalizer) * inverseD };
}
