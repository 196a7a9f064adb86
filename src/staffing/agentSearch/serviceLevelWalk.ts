/** An Erlang C demand with a service-level target alone, checked: what {@link serviceLevelWalk} answers. @internal */
export interface ServiceLevelQuestion {
  /** λ, calls per second (> 0, finite). */
  readonly arrivalRate: number;
  /** Mean handle time, seconds (> 0, finite). */
  readonly handleTime: number;
  /** The least share of calls answered within `answerTime`, in [0, 1). */
  readonly serviceLevel: number;
  /** t, seconds (≥ 0, finite). */
  readonly answerTime: number;
}

/**
 * Loads (Erlangs) up to which {@link serviceLevelWalk} is used: its O(a) steps (1.8 µs at 1,000
 * Erlangs) cost less than the general search with its exact fractional agents (3.3 µs) up to about
 * 2,000 Erlangs. @internal
 */
export const WALK_MAX_LOAD = 1500;

/**
 * Fewest Erlang C agents n meeting a service level alone, for a load a > 0 of at most
 * {@link WALK_MAX_LOAD} Erlangs, a share `allowed` = 1 − target of calls that may wait longer than
 * t, and `rate` = t/h: 1/B by the sum of positive terms 1/B_n = 1 + (n/a)/B_{n−1} from B_0 = 1 (the
 * Erlang B recursion B_n = aB_{n−1}/(n + aB_{n−1}), Erlang 1917, turned over), each stable team
 * (n > a) checked on the way while P(W > t) = C·e^{−(n−a)t/h} with C = n/((n − a)/B + a) exceeds
 * `allowed`. Every comparison must clear the target by a relative 1e-9 (and 1e-14 for the service
 * level's last digits): otherwise rounding could decide it, and 0 leaves it to the exact search, as
 * when the answer is more than 512 agents past the first stable team ⌊a⌋ + 1. No allocation, one
 * pass: O(answer). Small on purpose: V8 compiles it whole on the first call (bench/first-call.ts).
 */
export function serviceLevelWalk(a: number, allowed: number, rate: number): number {
  const surelyMet = allowed * (1 - 1e-9) - 1e-14;
  const surelyMissed = allowed * (1 + 1e-9) + 1e-14;
  const last = Math.floor(a) + 513;
  let inverseB = 1;
  for (let n = 1; n <= last; n++) {
    inverseB = 1 + (n / a) * inverseB;
    if (n > a) {
      // P(W > t) = e^{−x}·n/weight, x = (n − a)t/h, compared without dividing; the bounds
      // 1 − x ≤ e^{−x} ≤ 1/(1 + x + x²/2) settle most teams without an exponential
      const weight = inverseB * (n - a) + a;
      const x = (n - a) * rate;
      if (!((1 - x) * n > surelyMissed * weight)) {
        if (n < surelyMet * weight * (1 + x + 0.5 * x * x)) return n;
        const wait = Math.exp(-x) * n;
        if (wait < surelyMet * weight) return n;
        if (!(wait > surelyMissed * weight)) return 0;
      }
    }
  }
  return 0;
}
