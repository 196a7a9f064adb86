import { describe, expect, it } from 'vitest';
import { analyze, serviceLevel } from '../../src/index.js';
import { deviance } from '../../src/math/deviance.js';
import { expectRelative } from '../helpers/expectRelative.js';

const levels = ['serviceLevel', 'offeredServiceLevel', 'serviceLevelOfAnswered', 'serviceLevelExcludingShortAbandons'] as const;

describe('Erlang A at the edges of its domain (regressions)', () => {
  it('deviance(s, x) where s/x overflows is s·(ln s − ln x) + x − s (mpmath 50 digits), not ∞', () => {
    expectRelative(deviance(1e-280 / 5e-324, 1e-280), 1.5047394575583664e46, 1e-14);
    expectRelative(deviance(1e300, 1e-300), 1.3805510557964276e303, 1e-14);
  });
  it('analyze({ handleTime: 5e-324, patience: 1e-280 }) at any answer time: every service level 1 (was NaN: ln D(x, y) = −∞ at x = 2e43)', () => {
    for (const arrivalRate of [1, 1e10]) {
      for (const answerTime of [1, 20, 1e300]) {
        const m = analyze({ arrivalRate, handleTime: 5e-324, agents: 1, patience: 1e-280 }, { answerTime });
        for (const k of levels) expect(m[k], `${k} λ=${arrivalRate} t=${answerTime}`).toBe(1);
      }
    }
    expect(serviceLevel({ arrivalRate: 1, handleTime: 5e-324, agents: 1, patience: 1e-270 }, 20)).toBe(1);
  });
  it('analyze at x = y = 1e-280 and answer time 5e-324: every service level in [0, 1] (fast-check seed 20261123; NaN from the rounding correction of y·e^{−θt})', () => {
    const m = analyze({ arrivalRate: 1, handleTime: 1, agents: 1, patience: 1e-280 }, { answerTime: 5e-324 });
    for (const k of levels) {
      expect(m[k], k).toBeGreaterThanOrEqual(0);
      expect(m[k], k).toBeLessThanOrEqual(1);
    }
  });
  it('analyze with a tiny handle time at answer time 5e-324: every service level 1 (was NaN: x/y overflowed times a zero mass)', () => {
    const m = analyze({ arrivalRate: 1e-10, handleTime: 1e-310, agents: 1, patience: 1e-20 }, { answerTime: 5e-324 });
    for (const k of levels) expect(m[k], k).toBe(1);
  });
  it('analyze where x = nμ/θ underflows to 0: offeredServiceLevel is the impatient limit 1 − B + B·(1 − e^{−nμt}) within 1e-12 (was NaN at t = 1e300, 20× too small at t = 20)', () => {
    // handleTime 1e100, patience 1e-280: callers hang up at once; B = Erlang B(1, 1e100) = 1e100/(1 + 1e100)
    const queue = { arrivalRate: 1, handleTime: 1e100, agents: 1, patience: 1e-280 };
    const notBlocked = 1e-100 / (1 + 1e-100);
    for (const answerTime of [20, 1e90, 1e300]) {
      const m = analyze(queue, { answerTime });
      const want = notBlocked + (1 - notBlocked) * -Math.expm1(-answerTime / 1e100); // 2.1e-99, 1e-10, 1
      expectRelative(m.offeredServiceLevel, want, 1e-12, `t=${answerTime}`);
      expectRelative(m.serviceLevel, 1e-100, 1e-12, `serviceLevel t=${answerTime}`); // nobody waits and is answered
    }
  });
  it('analyze at critical load with patience 1e300: ASA = mean wait = √(2·patience/π) within 1e-12 (heavy-traffic M/M/1+M; ASA was NaN: x³ overflowed)', () => {
    const m = analyze({ arrivalRate: 1, handleTime: 1, agents: 1, patience: 1e300 });
    expectRelative(m.meanWait, Math.sqrt((2 * 1e300) / Math.PI), 1e-12, 'meanWait');
    expectRelative(m.asa, m.meanWait, 1e-12, 'asa'); // P(abandon) ≈ 8e-151: the served are everyone
  });
});
