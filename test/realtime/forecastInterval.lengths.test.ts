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

  it('short and moderate intervals match a brute-force small-step RK4 transient (abandonments within 3e-5 of the calls for ode, 1e-9 for uniformization)', () => {
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
      // 'ode' is second order in its steps ("within about 1e-5"): 1.3e-6, 9e-6 and 1.8e-5 here (1.2e-2,
      // 6.4e-4 and 2.1e-5 before its steps followed the drift of the queue).
      expect(Math.abs(forecastInterval(s, f, target).abandoned - reference) / total).toBeLessThanOrEqual(3e-5);
      expect(Math.abs(forecastInterval(s, f, target, { method: 'uniformization' }).abandoned - reference) / total).toBeLessThanOrEqual(
        1e-9,
      );
    }
  });

  test.prop([fc.double({ min: -15, max: Math.log10(86_400 / 1.001), noNaN: true }), fc.constantFrom(5, 90, 400)], { numRuns: 40 })(
    'forecastInterval is continuous in seconds: neighbouring lengths (×1.001) differ by under 1e-4 of the calls plus the 0.1 % change itself',
    (exponent, calls) => {
      const seconds = 10 ** exponent;
      const a = forecastInterval(state, { calls, seconds }, target);
      const b = forecastInterval(state, { calls, seconds: seconds * 1.001 }, target);
      const total = calls + 3;
      // d(count)/d ln(seconds) ≤ total (every call at most changes its fate once per e-fold); the
      // solver's error (≤ 1e-5 of the calls) may differ between the two lengths.
      for (const key of ['abandoned', 'answeredWithin'] as const)
        expect(Math.abs(a[key] - b[key]) / total).toBeLessThanOrEqual(1e-4 + 1e-3);
    },
  );
});
