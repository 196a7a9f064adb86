/**
 * Root of an increasing function on a bracket [lo, hi] with f(lo) < 0 ≤ f(hi): secant steps
 * between the two latest points, kept inside the bracket, with bisection whenever the secant is
 * unusable (an infinite value) or the bracket fails to halve in three steps (the safeguard of
 * Dekker 1969 and Brent 1973, simplified). Stops when a step moves less than `tol` (the
 * superlinear convergence of the secant makes the returned point far more accurate than `tol`)
 * or the bracket is narrower than `tol`. Bounded: at most `maxIter` evaluations of `f`.
 *
 * @param f - increasing function of x (may return ±Infinity near the ends)
 * @param lo - left end, f(lo) < 0
 * @param hi - right end, f(hi) ≥ 0
 * @param fLo - f(lo)
 * @param fHi - f(hi)
 * @param tol - absolute tolerance in x
 * @param maxIter - hard bound on evaluations of `f`
 * @param guess - optional first point to evaluate (e.g. from interpolation); ignored outside (lo, hi)
 * @returns x in [lo, hi] where f crosses 0
 */
export function findRoot(
  f: (x: number) => number,
  lo: number,
  hi: number,
  fLo: number,
  fHi: number,
  tol: number,
  maxIter: number = 120,
  guess: number = Number.NaN,
): number {
  let a = lo;
  let b = hi;
  let fa = fLo;
  let fb = fHi;
  // the two latest points for the secant
  let x0 = a;
  let f0 = fa;
  let x1 = b;
  let f1 = fb;
  let width = b - a;
  let first = 0;
  if (guess > a && guess < b && maxIter > 0) {
    const fg = f(guess);
    if (fg === 0) return guess;
    if (fg < 0) {
      a = guess;
      fa = fg;
      x0 = b;
      f0 = fb;
    } else {
      b = guess;
      fb = fg;
      x0 = a;
      f0 = fa;
    }
    x1 = guess;
    f1 = fg;
    first = 1;
  }
  for (let i = first; i < maxIter; i++) {
    if (b - a <= tol) break;
    let x = Number.NaN;
    if (Number.isFinite(f0) && Number.isFinite(f1) && f1 !== f0) x = x1 - (f1 * (x1 - x0)) / (f1 - f0);
    if (!(x > a && x < b) || (i % 3 === 2 && b - a > 0.5 * width)) x = 0.5 * (a + b);
    if (i % 3 === 2) width = b - a;
    if (i > 0 && Math.abs(x - x1) < tol) return x;
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
  return 0.5 * (a + b);
}
