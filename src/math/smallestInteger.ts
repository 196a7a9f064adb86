/** Where {@link smallestInteger} looks. */
export interface SmallestIntegerOptions {
  /** Smallest candidate (an integer). */
  from: number;
  /** Largest candidate (an integer ≥ from; `Number.MAX_VALUE` for "no limit"). */
  to: number;
  /**
   * First candidate to try (e.g. an estimate); clamped to [from, to] and rounded up.
   * @defaultValue `from`
   */
  start?: number;
}

/** Hard stop on evaluations: doubling and bisection over the whole double range need fewer. */
const MAX_EVALUATIONS = 4400;

/**
 * The smallest integer n in [from, to] at which `meets(n)` holds, for a condition that only
 * improves with n (false up to the answer, true from it on); `undefined` when even `to` fails.
 * Gallops from `start` (steps 1, 2, 4, … up or down) until the answer is bracketed, then bisects:
 * about 2·log₂|answer − start| + 2 evaluations, so a good estimate costs two or three. Beyond
 * 2⁵³, where not every integer is a double, "integer" means a representable one and the answer
 * is the smallest such n. Bounded: never more than 4,400 evaluations, whatever the range.
 * Internal: the caller guarantees the monotone condition.
 *
 * @param meets - the condition, monotone in n
 * @param options - `{ from, to, start? }`
 * @returns the smallest n meeting the condition, or undefined
 */
export function smallestInteger(meets: (n: number) => boolean, options: SmallestIntegerOptions): number | undefined {
  const { from, to } = options;
  const start = Math.min(to, Math.max(from, Math.ceil(options.start ?? from)));
  let fails = Number.NaN; // largest n known to fail
  let holds = Number.NaN; // smallest n known to hold
  let evaluations = 1;
  if (meets(start)) {
    holds = start;
    for (let step = 1; holds > from && evaluations < MAX_EVALUATIONS; step *= 2) {
      const n = Math.max(from, holds - step);
      evaluations++;
      if (!meets(n)) {
        fails = n;
        break;
      }
      holds = n;
    }
    if (Number.isNaN(fails)) return holds;
  } else {
    fails = start;
    for (let step = 1; evaluations < MAX_EVALUATIONS; step *= 2) {
      if (fails >= to) return undefined;
      const n = Math.min(to, fails + step);
      evaluations++;
      if (meets(n)) {
        holds = n;
        break;
      }
      fails = n;
    }
    if (Number.isNaN(holds)) return undefined;
  }
  while (evaluations < MAX_EVALUATIONS) {
    const mid = fails + Math.floor((holds - fails) / 2);
    if (!(mid > fails && mid < holds)) break; // neighbours (or neighbouring doubles past 2⁵³)
    evaluations++;
    if (meets(mid)) holds = mid;
    else fails = mid;
  }
  return holds;
}
