import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { forecastInterval } from '../../src/index.js';

const state = { agents: 10, waiting: [40, 25, 5], handleTime: 180, patience: 300 };
const target = { serviceLevel: 0.8, answerTime: 20 };

/** P(answered) of a caller with k ahead: nμ/(nμ + (k+1)θ). */
const keep = (n: number, mu: number, theta: number, k: number) => (n * mu) / (n * mu + (k + 1) * theta);

/**
 * Expected abandonments as seconds → 0: nothing is served or abandons during the interval, and the
 * Poisson(calls) arrivals come as one batch, the m-th (m = 0, 1, …) finding n0 + m in the system,
 * which happens P(N > m) times in expectation (closed form; no solver).
 */
function batchLimitAbandoned(n: number, waiting: number, calls: number, mu: number, theta: number): number {
  let abandoned = 0;
  for (let k = 0; k < waiting; k++) abandoned += 1 - keep(n, mu, theta, k);
  let pmf = Math.exp(-calls);
  let above = 1 - pmf; // P(N > m), m = 0
  for (let m = 0; above > 1e-18; m++) {
    abandoned += above * (1 - keep(n, mu, theta, waiting + m));
    pmf *= calls / (m + 1);
    above -= pmf;
  }
  return abandoned;
}

/**
 * Expected abandonments over `seconds` by a brute-force RK4 on the forward Kolmogorov equations of
 * the birth–death chain (birth λ, death min(i, n)μ + (i − n)⁺θ) with small steps, the occupancy
 * ∫p_i integrated alongside; arrivals in state i abandon with 1 − keep(i − n) (PASTA).
 */
function rk4Abandoned(n: number, waiting: number, calls: number, seconds: number, mu: number, theta: number, steps: number): number {
  const size = waiting + n + Math.ceil(calls + 12 * Math.sqrt(calls) + 40);
  const lambda = calls / seconds;
  const death = Array.from({ length: size }, (_, i) => Math.min(i, n) * mu + Math.max(0, i - n) * theta);
  const deriv = (p: Float64Array): Float64Array => {
    const d = new Float64Array(size);
    for (let i = 0; i < size; i++) {
      const birthOut = i < size - 1 ? lambda : 0;
      d[i] =
        -(birthOut + (death[i] as number)) * (p[i] as number) +
        (i > 0 ? lambda * (p[i - 1] as number) : 0) +
        (i < size - 1 ? (death[i + 1] as number) * (p[i + 1] as number) : 0);
    }
    return d;
  };
  let p = new Float64Array(size);
  p[n + waiting] = 1;
  const occ = new Float64Array(size);
  const h = seconds / steps;
  const axpy = (x: Float64Array, a: number, y: Float64Array) => x.map((v, i) => v + a * (y[i] as number));
  for (let s = 0; s < steps; s++) {
    const k1 = deriv(p);
    const p2 = axpy(p, h / 2, k1);
    const k2 = deriv(p2);
    const p3 = axpy(p, h / 2, k2);
    const k3 = deriv(p3);
    const p4 = axpy(p, h, k3);
    const k4 = deriv(p4);
    // Simpson on [t, t + h] with the RK4 stages as the midpoint values: exact to O(h⁴).
    for (let i = 0; i < size; i++)
      occ[i] = (occ[i] as number) + (h / 6) * ((p[i] as number) + 2 * (p2[i] as number) + 2 * (p3[i] as number) + (p4[i] as number));
    p = p.map((v, i) => v + (h / 6) * ((k1[i] as number) + 2 * (k2[i] as number) + 2 * (k3[i] as number) + (k4[i] as number)));
  }
  let abandoned = 0;
  for (let k = 0; k < waiting; k++) abandoned += 1 - keep(n, mu, theta, k);
  for (let i = n; i < size; i++) abandoned += lambda * (occ[i] as number) * (1 - keep(n, mu, theta, i - n));
  return abandoned;
}

describe('forecastInterval over interval lengths from 1e-15 s to a day', () => {
  it('seconds → 0 is the Poisson batch: abandonments match the closed-form batch limit (61 of 93 eventually abandon, as a burst must)', () => {
    const limit = batchLimitAbandoned(10, 3, 90, 1 / 180, 1 / 300);
    expect(limit).toBeGreaterThan(61);
    for (const seconds of [1e-15, 1e-12, 1.001e-12, 2e-12, 3e-12, 1e-11, 1e-9, 1e-6]) {
      const ode = forecastInterval(state, { calls: 90, seconds }, target);
      const exact = forecastInterval(state, { calls: 90, seconds }, target, { method: 'uniformization' });
      // The true answer differs from the limit by about the departures in the interval: ≤ 0.4·seconds.
      expect(Math.abs(exact.abandoned - limit)).toBeLessThanOrEqual(1e-9 + 100 * seconds);
      expect(Math.abs(ode.abandoned - limit) / 93).toBeLessThanOrEqual(1e-5);
    }
  });

  it('short and moderate intervals match a brute-force small-step RK4 transient (abandonments within 1e-5 of the calls for ode, 1e-9 for uniformization)', () => {
    const cases = [
      { n: 10, waiting: 3, calls: 90, seconds: 10, mu: 1 / 180, theta: 1 / 300 },
      { n: 3, waiting: 2, calls: 30, seconds: 20, mu: 1 / 60, theta: 1 / 100 },
      { n: 5, waiting: 0, calls: 40, seconds: 300, mu: 1 / 120, theta: 1 / 200 },
    ];
    for (const c of cases) {
      const reference = rk4Abandoned(c.n, c.waiting, c.calls, c.seconds, c.mu, c.theta, 4000);
      const s = {
        agents: c.n,
        busy: c.n,
        waiting: Array.from({ length: c.waiting }, (_, i) => 10 * (c.waiting - i)),
        handleTime: 1 / c.mu,
        patience: 1 / c.theta,
      };
      const f = { calls: c.calls, seconds: c.seconds };
      const total = c.waiting + c.calls;
      // 'ode' is second order in its steps (within 1e-5 of the calls): 1.5e-7, 9e-8 and 4.7e-8 here
      // (1.3e-6, 9e-6 and 1.8e-5 with steps of 1/8 of the interval; 1.2e-2, 6.4e-4 and 2.1e-5 before
      // its steps followed the drift of the queue).
      expect(Math.abs(forecastInterval(s, f, target).abandoned - reference) / total).toBeLessThanOrEqual(1e-5);
      expect(Math.abs(forecastInterval(s, f, target, { method: 'uniformization' }).abandoned - reference) / total).toBeLessThanOrEqual(
        1e-9,
      );
    }
  });

  /** The longest interval forecastInterval takes (its documented limit): one day. */
  const DAY = 86_400;
  /** The answers at `seconds` and the next length up, ×1.001 but at most a day, by `method`. */
  const neighbours = (seconds: number, calls: number, method: 'ode' | 'uniformization') => {
    const at = (s: number) => forecastInterval(state, { calls, seconds: s }, target, { method });
    return [at(seconds), at(Math.min(DAY, seconds * 1.001))] as const;
  };
  /** |Δ_ode − Δ_exact| / calls over the pair of lengths, the largest of abandoned and answeredWithin. */
  const changeMismatch = (seconds: number, calls: number): number => {
    const [a, b] = neighbours(seconds, calls, 'ode');
    const [exactA, exactB] = neighbours(seconds, calls, 'uniformization');
    const total = calls + 3;
    let worst = 0;
    for (const key of ['abandoned', 'answeredWithin'] as const)
      worst = Math.max(worst, Math.abs(b[key] - a[key] - (exactB[key] - exactA[key])) / total);
    return worst;
  };

  it('neighbouring lengths at the top of the range: 10^log10(86400/1.001) × 1.001 is 86400.00000000003, over the limit (seed 1225180923)', () => {
    const seconds = 10 ** 4.936079664999575;
    expect(seconds * 1.001).toBeGreaterThan(DAY);
    expect(() => forecastInterval(state, { calls: 5, seconds: seconds * 1.001 }, target)).toThrow('forecast.seconds');
    expect(changeMismatch(seconds, 5)).toBeLessThanOrEqual(1e-6);
  });

  it('near the critical load the exact answer moves by more than the 0.1 % change (1.2e-3 to 1.4e-3 of the calls per ×1.001); ode moves with it', () => {
    // 90 calls in 1473 s and 400 in 6473 s arrive at 0.061 /s against the 10 agents' 0.056 /s: each
    // service more or less moves every caller queued behind it, so d(answeredWithin)/d ln(seconds)
    // reaches 1.36 × the calls (uniformization and ode agree on it to 3e-8).
    for (const [seconds, calls] of [
      [1473.364910332286, 90],
      [6472.653894086934, 400],
    ] as const) {
      const [exactA, exactB] = neighbours(seconds, calls, 'uniformization');
      expect(Math.abs(exactB.answeredWithin - exactA.answeredWithin) / (calls + 3)).toBeGreaterThan(1.1e-3);
      expect(changeMismatch(seconds, calls)).toBeLessThanOrEqual(1e-6);
    }
  });

  test.prop([fc.double({ min: -15, max: Math.log10(DAY / 1.001 ** 2), noNaN: true }), fc.constantFrom(5, 90, 400)], { numRuns: 40 })(
    'forecastInterval is continuous in seconds: neighbouring lengths (×1.001) differ as the exact (uniformization) answers do, within 1e-6 of the calls, and three in a row have a second difference under 2e-5 of them',
    (exponent, calls) => {
      const seconds = 10 ** exponent;
      // The exact answer is smooth in seconds but not flat: near the critical load it moves by more
      // than the length's 0.1 % (the case above), so no bound on the change itself holds. A jump in
      // the ode's steps or grid (its error is up to 1e-5 of the calls) shows as a mismatch with the
      // exact change (measured ≤ 2e-7 of the calls over 450 lengths from 1e-15 s to a day).
      expect(changeMismatch(seconds, calls)).toBeLessThanOrEqual(1e-6);
      // A jump of either method (shared code) shows whole in the second difference over two steps,
      // while a smooth answer's is ε²·d²/d ln(seconds)² with ε = ln 1.001: at most 3.5e-6 of the calls
      // (d² up to 3.5 × the calls near the critical load; measured over 1000 lengths).
      const at = (s: number) => forecastInterval(state, { calls, seconds: s }, target);
      const [a, b, c] = [at(seconds), at(seconds * 1.001), at(Math.min(DAY, seconds * 1.001 ** 2))];
      for (const key of ['abandoned', 'answeredWithin'] as const)
        expect(Math.abs(c[key] - 2 * b[key] + a[key]) / (calls + 3)).toBeLessThanOrEqual(2e-5);
    },
  );
});
