import type { TransientChain } from './birthDeathChain.js';
import { deathRates, grownStates, NEGLIGIBLE } from './birthDeathChain.js';

/** Most states the mean of the distribution may move in one step (1/16 of it in the implicit-Euler start). */
const DRIFT = 0.5;
/** Band states × steps from which the steps stop shortening for the drift (a few ms)… */
const WORK = 2e6;
/** …as long as the mean moves by at most this share of the distribution's standard deviation… */
const SPREAD = 0.1;
/** …and from which they stop shortening in any case (a burst of 10⁵ calls: about 3,000 steps). */
const MOST_WORK = 1e7;
// (Literals, not Math.SQRT2 arithmetic: a bundler keeps module-level property reads in every bundle.)
/** TR-BDF2's stage, as a share of the step: 2 − √2 (both stages then solve with the same β). */
const TR_STAGE = 0.5857864376269049;
/** Weight of the start and of the stage in the occupancy of a TR-BDF2 step, × h: 1/(2√2)… */
const TRBDF2_ENDS = 0.35355339059327373;
/** …and of the end (also BDF2's β, × h): 1 − 1/√2. */
const TRBDF2_LAST = 0.29289321881345254;
/** Fewest Crank–Nicolson steps over the horizon (the error falls as 1/STEPS²: up to 7.7e-6 of the calls at 200). */
const STEPS = 300;
/** Longest Crank–Nicolson step, seconds. */
const LONGEST_STEP = 10;

/** The Crank–Nicolson steps {@link occupancyCrankNicolson} takes over `horizon` seconds when the queue's drift does not shorten them. */
export function crankNicolsonSteps(horizon: number): number {
  return Math.max(STEPS, horizon / LONGEST_STEP) + 4;
}

/**
 * The same occupancy integral from the forward Kolmogorov equations dp/dt = pQ on a moving band
 * of states, by Crank–Nicolson steps (tridiagonal solves, Thomas algorithm) after four
 * implicit-Euler steps of half their length (at most 0.25 s) that damp the stiff modes of the
 * point start (Rannacher 1984); the occupancy by each scheme's own quadrature (the trapezoid for
 * Crank–Nicolson, the right end for implicit Euler), so that occupancy·Q = p(end) − p(0) holds
 * for the computed p as for the exact one and the occupancy is off by Q⁻¹ applied to the end
 * distribution's error. The steps are at most 1/300 of the interval (a mode decaying at rate a
 * ends off by about (a·h)²/12·e^(−a·horizon), largest at a ≈ 2/horizon: 0.045·(h/horizon)²), at
 * most 10 s, and short enough that the mean moves by at most half a state (a burst of calls in a
 * short interval), or 0.1 standard deviation once the band × steps pass 2·10⁶ state updates;
 * a step that moves the mean by more than two states is taken by TR-BDF2 (Bank, Coughran,
 * Fichtner, Grosse, Rose & Smith 1985: a trapezoid stage, then BDF2; L-stable), whose stiff modes
 * die out where Crank–Nicolson's ring (a backlog of 10,000 callers draining onto 10,000 agents
 * rang over the whole path of the queue: a band of 17,000 states, its calls up to 1.2 % off).
 * Within 1e-5 of the calls of the uniformized result (up to 6.5e-6 measured by
 * bench/ode-accuracy.ts over queues from 10 s to 2 h and 1 to 500 agents), at a fraction of the
 * cost. Steps lengthen further where the band's states summed over the steps would pass
 * MOST_WORK = 10⁷ (bursts of more than about 10³ calls at once), which bounds the work whatever
 * the queue, at some accuracy there. `work.updates`, when given, counts the band states stepped.
 */
export function occupancyCrankNicolson(chain: TransientChain, work?: { updates: number }): Float64Array {
  const { agents: n, start: n0, arrivalRate: lambda, mu, theta, horizon } = chain;
  let size = 2 * (n0 + n) + 1024;
  let p = new Float64Array(size);
  let rhs = new Float64Array(size);
  let cPrime = new Float64Array(size);
  let occupancy = new Float64Array(size);
  let stage = new Float64Array(size);
  let death = deathRates(size, n, mu, theta);
  p[n0] = 1;
  let lo = n0;
  let hi = n0;
  const H = Math.min(LONGEST_STEP, horizon / STEPS);
  // Schedule: 4 implicit-Euler steps of H/2, then Crank–Nicolson steps of H (last one shortened),
  // each short enough that the mean moves by at most DRIFT states (λ·H = 11 for 90 calls in
  // 10 s smeared the arrivals over the wrong states: 1 % of the calls). The end is relative: an
  // absolute 1e-12 skipped every step of a 1e-12 s interval (its calls vanished).
  let t = 0;
  let k = 0;
  let drift = Math.abs(lambda - (death[n0] as number));
  let sd = 0;
  while (t < horizon * (1 - 1e-12)) {
    const implicitEuler = k < 4;
    const nominal = implicitEuler ? Math.min(H / 2, 0.25) : H;
    // No shorter than WORK state updates in all allow, unless the mean would then move by more
    // than SPREAD deviations (90,000 calls in an hour onto 500 agents moved by 8 states a step
    // while the deviation was 34, the tails kept the stiff modes Crank–Nicolson does not damp,
    // the band and with it the steps grew, and 34 % of the calls were off), or MOST_WORK allow.
    const width = hi - lo + 1;
    const floor = (horizon * width) / MOST_WORK;
    const shortest = Math.max(Math.min((horizon * width) / WORK, (SPREAD * sd) / drift), floor);
    const limit = drift > 0 ? Math.max((implicitEuler ? DRIFT / 16 : DRIFT) / drift, shortest) : nominal;
    const h = Math.min(Math.max(Math.min(limit, nominal), floor), horizon - t);
    k++;
    const beta = implicitEuler ? h : h / 2; // (TR-BDF2's two stages spread about as far)
    // Band margins from the decay ratio of the implicit solution beyond the support.
    const dHi = death[Math.min(hi + 1, size - 1)] as number;
    const ratioUp = (beta * lambda) / (1 + beta * (lambda + dHi));
    const rDown = (beta * dHi) / (1 + beta * (lambda + dHi));
    const termsUp = Math.min(2000, Math.ceil(36 / -Math.log(Math.max(ratioUp, 1e-300))) + 2);
    const mDown = Math.min(2000, Math.ceil(36 / -Math.log(Math.max(rDown, 1e-300))) + 2);
    const bandLo = Math.max(0, lo - mDown);
    const bandHi = hi + termsUp;
    if (bandHi + 2 >= size) {
      [p, rhs, cPrime, occupancy, stage, death] = grownStates([p, rhs, cPrime, occupancy, stage], death, bandHi + 2, n, mu, theta);
      size = death.length;
    }
    if (work !== undefined) work.updates += bandHi - bandLo + 1;
    // Right-hand side and the first part of the step's quadrature for the occupancy (implicit
    // Euler takes the right end only: the trapezoid of its solution added −h/2·Δp, 0.4 % of the
    // calls when Δp is of order 1 in the start, e.g. 8 calls in 10 s to 500 busy agents).
    // Steps the work limits lengthened past two states of drift are TR-BDF2's: L-stable where
    // Crank–Nicolson's stiff modes rang (a backlog of 10,000 draining onto 10,000 agents rang
    // over the whole path of the queue, and the band with it: 17,000 states, a fifth of the calls off).
    const scheme = implicitEuler ? 'euler' : drift * h > 2 * DRIFT ? 'trbdf2' : 'cn';
    const firstBeta = scheme === 'euler' ? h : scheme === 'cn' ? h / 2 : (TR_STAGE * h) / 2;
    const before = scheme === 'euler' ? 0 : scheme === 'cn' ? h / 2 : TRBDF2_ENDS * h;
    const after = scheme === 'euler' ? h : scheme === 'cn' ? h / 2 : TRBDF2_LAST * h;
    for (let i = bandLo; i <= bandHi; i++) {
      const v = p[i] as number;
      if (scheme !== 'trbdf2') occupancy[i] = (occupancy[i] as number) + before * v;
      let r = v;
      if (scheme !== 'euler') {
        const flow =
          (i > 0 ? lambda * (p[i - 1] as number) : 0) +
          (death[i + 1] as number) * (p[i + 1] as number) -
          (lambda + (death[i] as number)) * v;
        r += firstBeta * flow;
      }
      rhs[i] = r;
    }
    if (scheme === 'trbdf2') {
      // Trapezoid over γ·h (γ = TR_STAGE) to the stage, then BDF2 from both to the end; each point's weight in
      // the occupancy makes occupancy·Q = p(end) − p(start) hold for the computed p (Bank et al. 1985).
      solveBand(bandLo, bandHi, firstBeta, lambda, death, rhs, cPrime, stage);
      for (let i = bandLo; i <= bandHi; i++) {
        const v = p[i] as number;
        const g = stage[i] as number;
        occupancy[i] = (occupancy[i] as number) + before * (v + g);
        rhs[i] = (g - (1 - TR_STAGE) ** 2 * v) / (TR_STAGE * (2 - TR_STAGE));
      }
      solveBand(bandLo, bandHi, TRBDF2_LAST * h, lambda, death, rhs, cPrime, p);
    } else solveBand(bandLo, bandHi, firstBeta, lambda, death, rhs, cPrime, p);
    // Trim negligible ends, then the second half of the trapezoid (or implicit Euler's right end).
    lo = bandLo;
    hi = bandHi;
    while (lo < hi && (p[lo] as number) < NEGLIGIBLE) p[lo++] = 0;
    while (hi > lo && (p[hi] as number) < NEGLIGIBLE) p[hi--] = 0;
    p[hi + 1] = 0;
    let flow = 0;
    let mean = 0;
    let square = 0;
    for (let i = lo; i <= hi; i++) {
      const v = p[i] as number;
      occupancy[i] = (occupancy[i] as number) + after * v;
      flow += v * (lambda - (death[i] as number));
      mean += v * (i - lo);
      square += v * (i - lo) * (i - lo);
    }
    drift = Math.abs(flow);
    sd = Math.sqrt(Math.max(0, square - mean * mean));
    t += h;
  }
  return occupancy;
}

/** Thomas algorithm for (I − βQ)x = rhs on the band: −βλ x_{i−1} + (1 + β(λ + d_i)) x_i − β d_{i+1} x_{i+1} = rhs_i (overwrites rhs). */
function solveBand(
  bandLo: number,
  bandHi: number,
  beta: number,
  lambda: number,
  death: Float64Array,
  rhs: Float64Array,
  cPrime: Float64Array,
  out: Float64Array,
): void {
  const a = -beta * lambda;
  let prevC = 0;
  let prevD = 0;
  for (let i = bandLo; i <= bandHi; i++) {
    const b = 1 + beta * (lambda + (death[i] as number));
    const c = -beta * (death[i + 1] as number);
    const sub = i > bandLo ? a : 0;
    const m = 1 / (b - sub * prevC);
    prevC = c * m;
    prevD = ((rhs[i] as number) - sub * prevD) * m;
    cPrime[i] = prevC;
    rhs[i] = prevD;
  }
  let x = 0;
  for (let i = bandHi; i >= bandLo; i--) {
    x = (rhs[i] as number) - (cPrime[i] as number) * x;
    out[i] = x;
  }
}
