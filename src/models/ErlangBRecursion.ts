import { logErlangBKernel } from './erlangBKernel.js';

/**
 * Erlang B at integer numbers of servers for one load a, reusing the last value: neighbours
 * come from the recursion (Erlang 1917) in O(1) — up: B_{k+1} = aB_k/(k+1+aB_k), stable, up to
 * 512 steps; down: B_{k−1} = kB_k/(a(1 − B_k)), which amplifies errors by 1/(1 − B) a step, at
 * most 16 steps — and far jumps (or n past 2⁵³, where k + 1 = k) evaluate the exact kernel. Steps run in linear space while B is
 * far from underflow and in logarithms below. Internal: n ≥ 1 integers, a > 0.
 */
export class ErlangBRecursion {
  /** Exact kernel evaluations made (for tests and benchmarks). */
  evaluations: number = 0;
  /** The last integer evaluated with the exact kernel, and ln B there. */
  kernelN: number = -1;
  kernelLogB: number = Number.NaN;
  /** B at the last n in linear space when the steps kept it there (more digits than e^{ln B}), else NaN. */
  linearB: number = Number.NaN;
  private cacheN = -1;
  private cacheLogB = Number.NaN;
  private readonly logLoad: number;

  constructor(readonly load: number) {
    this.logLoad = Math.log(load);
  }

  /** ln B(n, a). */
  logAt(n: number): number {
    let logB: number;
    let b = Number.NaN;
    if (this.cacheN > 0 && n - this.cacheN <= 512 && this.cacheN - n <= 16 && n < 2 ** 53) {
      logB = this.cacheLogB;
      const a = this.load;
      let k = this.cacheN;
      if (logB > -600) {
        // in linear space while B is far from underflow (no logarithms per step)
        b = Math.exp(logB);
        for (; k < n && b > 1e-280; k++) b = (a * b) / (k + 1 + a * b);
        for (; k > n; k--) b = (k * b) / (a * (1 - b));
        logB = Math.log(b);
      }
      if (k !== n) b = Number.NaN;
      for (; k < n; k++) logB = this.logLoad + logB - Math.log(k + 1 + a * Math.exp(logB));
      for (; k > n; k--) logB = Math.log(k) + logB - this.logLoad - Math.log1p(-Math.exp(logB));
    } else {
      this.evaluations++;
      logB = logErlangBKernel(n, this.load);
      this.kernelN = n;
      this.kernelLogB = logB;
    }
    this.cacheN = n;
    this.cacheLogB = logB;
    this.linearB = b;
    return logB;
  }
}
