/** Where and how precisely {@link findRoot} looks. */
export interface FindRootOptions {
  /** Left end of the bracket, where f < 0. */
  lo: number;
  /** Right end of the bracket, where f ≥ 0. */
  hi: number;
  /**
   * f(lo), when the caller has it (saves an evaluation; may be −Infinity).
   * @defaultValue evaluated
   */
  fLo?: number;
  /**
   * f(hi), when the caller has it (may be +Infinity).
   * @defaultValue evaluated
   */
  fHi?: number;
  /** Absolute tolerance in x (> 0). */
  tolerance: number;
  /**
   * Hard bound on evaluations of f inside the bracket.
   * @defaultValue 120
   */
  maxEvaluations?: number;
}

/**
 * Root of an increasing function on a bracket [lo, hi] with f(lo) < 0 ≤ f(hi): secant steps
 * between the two latest points, kept inside the bracket, with bisection whenever the secant is
 * unusable (an infinite value) or the bracket fails to halve in three steps (the safeguard of
 * Dekker 1969 and Brent 1973, simplified). Stops when a step moves less than `tolerance` (the
 * superlinear convergence of the secant makes the returned point far more accurate) or the
 * bracket is narrower than `tolerance`. Bounded: at most `maxEvaluations` evaluations of `f`
 * (plus the ends when not given), and the bracket halves at least every third step.
 * Internal: the caller guarantees the bracket.
 *
 * @param f - increasing function of x (may return ±Infinity near the ends)
 * @param options - the bracket, its values if known, the tolerance and the evaluation bound
 * @returns x in [lo, hi] where f crosses 0
 */
export function findRoot(f: (x: number) => number, options: FindRootOptions): number {
  const { tolerance, maxEvaluations = 120 } = options;
  let a = options.lo;
  let b = options.hi;
  let fa = options.fLo ?? f(a);
  let fb = options.fHi ?? f(b);
  // the two latest points for the secant
  let x0 = a;
  let f0 = fa;
  let x1 = b;
  let f1 = fb;
  let width = b - a;
  for (let i = 0; i < maxEvaluations; i++) {
    if (!(b - a > tolerance)) break;
    let x = Number.NaN;
    if (Number.isFinite(f0) && Number.isFinite(f1) && f1 !== f0) x = x1 - (f1 * (x1 - x0)) / (f1 - f0);
    if (!(x > a && x < b) || (i % 3 === 2 && b - a > 0.5 * width)) x = a + 0.5 * (b - a);
    if (i % 3 === 2) width = b - a;
    if (i > 0 && Math.abs(x - x1) < tolerance) return x;
    if (!(x > a && x < b)) break; // a and b are neighbouring doubles
    const fx = f(x);
    if (fx === 0) return x;
    if (fx < 0) {
      a = x;
      fa = fx;
    } else {
      b = x;
      fb = fx;
    }
    x0 = x1;
    f0 = f1;
    x1 = x;
    f1 = fx;
  }
  if (Number.isFinite(fa) && Number.isFinite(fb) && fb !== fa) {
    const x = b - (fb * (b - a)) / (fb - fa);
    if (x >= a && x <= b) return x;
  }
  return a + 0.5 * (b - a);
}
