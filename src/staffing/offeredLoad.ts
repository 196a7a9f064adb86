/**
 * The time-varying offered load of Jennings, Mandelbaum, Massey & Whitt (1996): the mean number
 * of busy servers m(t) of the infinite-server queue with arrival rate λ(t) and service rate μ,
 * m'(t) = λ(t) − μ·m(t), solved exactly for λ and μ constant on each interval:
 * m(s + τ) = λ/μ + (m(s) − λ/μ)·e^{−μτ}. Between intervals (closed hours) λ = 0 and m decays at
 * the previous rate. Internal to {@link staffingPlan}.
 */
export interface LoadPiece {
  start: number;
  length: number;
  /** Arrival rate, per second. */
  rate: number;
  /** Mean handle time, seconds. */
  handleTime: number;
}

/** Offered load at the start, end, mean and max over each piece. */
export interface OfferedLoad {
  readonly start: number;
  readonly end: number;
  readonly mean: number;
  readonly max: number;
}

/** m over one piece from m0 at its start. */
function advance(m0: number, p: LoadPiece, tau: number): number {
  const mu = 1 / p.handleTime;
  const eq = p.rate * p.handleTime;
  return eq + (m0 - eq) * Math.exp(-mu * tau);
}

/**
 * Offered load on sorted, non-overlapping pieces, from `initial` Erlangs at the first start, or
 * `'periodic'`: the load that repeats when the last piece is followed by the first again
 * (m(T) = A·m(0) + B is affine in m(0), so m(0) = B/(1 − A) exactly).
 */
export function offeredLoad(pieces: readonly LoadPiece[], initial: number | 'periodic'): OfferedLoad[] {
  let m = 0;
  if (initial === 'periodic') {
    // m(T) with m(0) = 0 gives B; the decay factor A = Π e^{−μ_i·(length_i + gap_i)}
    let b = 0;
    let logA = 0;
    for (let i = 0; i < pieces.length; i++) {
      const p = pieces[i] as LoadPiece;
      const next = pieces[i + 1];
      const gap = next === undefined ? 0 : next.start - (p.start + p.length);
      b = advance(b, p, p.length) * Math.exp(-gap / p.handleTime);
      logA -= (p.length + gap) / p.handleTime;
    }
    m = b / -Math.expm1(logA);
  } else {
    m = initial;
  }
  const out: OfferedLoad[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i] as LoadPiece;
    const eq = p.rate * p.handleTime;
    const x = p.length / p.handleTime; // μL
    const end = advance(m, p, p.length);
    // mean over the piece: eq + (m0 − eq)(1 − e^{−μL})/(μL)
    const mean = eq + (m - eq) * (x > 1e-8 ? -Math.expm1(-x) / x : 1 - x / 2);
    out.push({ start: m, end, mean, max: Math.max(m, end) });
    const next = pieces[i + 1];
    m = next === undefined ? end : end * Math.exp(-(next.start - (p.start + p.length)) / p.handleTime);
  }
  return out;
}
