import { describe, expect, test } from 'vitest';
import { analyze, erlangB, erlangC, requiredAgents, waitQuantile } from '../../src/index.js';

// Regression tests for hostile-input findings: Erlang A must tend to Erlang C as patience → ∞ and to
// Erlang B (a caller who finds every agent busy hangs up at once) as patience → 0.
const base = { arrivalRate: 100 / 1800, handleTime: 240, agents: 17 };
const close = (a: number, b: number): void => expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-9);

describe('very patient callers: Erlang A tends to Erlang C', () => {
  const c = analyze(base, { answerTime: 20 });
  test.each([1e13, 1e20, 1e100, 1e300, Number.MAX_SAFE_INTEGER, Number.MAX_VALUE])('analyze at patience %s', (patience) => {
    const a = analyze({ ...base, patience }, { answerTime: 20 });
    close(a.serviceLevel, c.serviceLevel);
    close(a.offeredServiceLevel, c.offeredServiceLevel);
    close(a.probWait, c.probWait);
    expect(Math.abs(a.asa - c.asa) / c.asa).toBeLessThanOrEqual(1e-8);
    expect(a.serviceLevel).toBeCloseTo(0.81044, 5);
  });
  test.each([14, 15, 16, 17, 20])(
    'all four service levels equal Erlang C’s at patience 1e300 with %s agents (was NaN excluding short abandons)',
    (agents) => {
      const cn = analyze({ ...base, agents }, { answerTime: 20 });
      for (const patience of [1e18, 1e100, 1e300]) {
        const a = analyze({ ...base, agents, patience }, { answerTime: 20 });
        for (const level of [a.serviceLevel, a.offeredServiceLevel, a.serviceLevelOfAnswered, a.serviceLevelExcludingShortAbandons]) {
          close(level, cn.serviceLevel);
        }
      }
    },
  );
  test.each([1e20, 1e300, Number.MAX_VALUE])('requiredAgents staffs 17 as Erlang C does, at patience %s', (patience) => {
    const t = { serviceLevel: 0.8, answerTime: 20 };
    expect(requiredAgents({ arrivalRate: base.arrivalRate, handleTime: 240, patience }, t).agents).toBe(17);
    expect(requiredAgents({ arrivalRate: base.arrivalRate, handleTime: 240 }, t).agents).toBe(17);
  });
  test.each([1e20, 1e300])('waitQuantile(…, 0.9) at patience %s is Erlang C’s', (patience) => {
    const cq = waitQuantile(base, 0.9);
    expect(Math.abs(waitQuantile({ ...base, patience }, 0.9) - cq) / cq).toBeLessThanOrEqual(1e-9);
  });
});

describe('very patient callers with a wait far below a second', () => {
  test.each([1e20, 1e300, Number.MAX_VALUE])(
    'meanWait, asa and meanQueueLength at patience %s are Erlang C’s (3.2e-37 s with 250 agents on 100 Erlangs, were exactly 0)',
    (patience) => {
      const queue = { arrivalRate: 4, handleTime: 25, agents: 250 };
      const c = analyze(queue);
      const a = analyze({ ...queue, patience });
      for (const key of ['meanWait', 'asa', 'meanQueueLength', 'probWait'] as const) {
        expect(Math.abs(a[key] - c[key]) / c[key]).toBeLessThanOrEqual(1e-9);
      }
    },
  );
  test('requiredAgents binds on maxAbandon where Erlang C stands in for Erlang A (patience 1e300: P(abandon) = meanWait/patience)', () => {
    const r = requiredAgents({ arrivalRate: 1, handleTime: 100, patience: 1e300 }, { maxAbandon: 1e-299 });
    expect(r.agents).toBe(106); // 105 agents give 1.03e-299
    expect(r.binding).toBe('maxAbandon');
    expect(r.fractionalAgents).toBeGreaterThan(105);
    expect(r.fractionalAgents).toBeLessThanOrEqual(106);
    expect(analyze({ arrivalRate: 1, handleTime: 100, patience: 1e300, agents: 105 }).probAbandon).toBeGreaterThan(1e-299);
  });
});

describe('Erlang A with a load that overflows a double (the fluid limit)', () => {
  test('waitQuantile at 1e306 calls a second on 95 agents is patience·ln(a/n), finite (was ∞: Erlang A is always stable)', () => {
    const queue = { arrivalRate: 1e306, handleTime: 180, agents: 95, patience: 300 };
    const expected = 300 * (Math.log(1e306) + Math.log(180) - Math.log(95));
    expect(Math.abs(waitQuantile(queue, 0.9) - expected) / expected).toBeLessThanOrEqual(1e-12);
    expect(analyze(queue).asa).toBe(waitQuantile(queue, 0.9));
  });
});

describe('no agents with handle times so short the load underflows to 0', () => {
  test('Erlang C is unstable: nobody answers (was stable with service level 1)', () => {
    const m = analyze({ arrivalRate: 0.5, handleTime: 5e-324, agents: 0 }, { answerTime: 20 });
    expect(m).toMatchObject({ stable: false, probWait: 1, serviceLevel: 0, meanWait: Infinity });
  });
  test('Erlang A: everyone hangs up', () => {
    const m = analyze({ arrivalRate: 0.5, handleTime: 5e-324, agents: 0, patience: 60 }, { answerTime: 20 });
    expect(m).toMatchObject({ probWait: 1, probAbandon: 1, serviceLevel: 0, meanWait: 60 });
  });
  test('with one agent nobody waits', () => {
    expect(analyze({ arrivalRate: 0.5, handleTime: 5e-324, agents: 1 }, { answerTime: 20 })).toMatchObject({
      probWait: 0,
      serviceLevel: 1,
    });
  });
});

describe('very impatient callers: Erlang A tends to Erlang B', () => {
  const q = { arrivalRate: 1, handleTime: 180, agents: 190 };
  const b = erlangB(190, 180);
  test.each([1e-290, 1e-200, 1e-100, 1e-20, 5e-324])('analyze at patience %s', (patience) => {
    const m = analyze({ ...q, patience }, { answerTime: 20 });
    close(m.probWait, b);
    close(m.probAbandon, b);
    close(m.serviceLevel, 1 - b);
    close(m.offeredServiceLevel, 1 - b * Math.exp((-190 / 180) * 20));
    close(m.occupancy, (180 * (1 - b)) / 190);
    expect(m.serviceLevelOfAnswered).toBe(1);
  });
  test('with no agents nobody is answered, however impatient', () => {
    const m = analyze({ ...q, agents: 0, patience: 1e-290 }, { answerTime: 20 });
    expect(m.probWait).toBe(1);
    expect(m.serviceLevel).toBe(0);
  });
  test.each([1e-290, 1e-200, 1e-20, 1e-5])('waitQuantile at patience %s: a blocked caller’s offered wait is Exp(nμ)', (patience) => {
    const expected = Math.log(b / 0.01) * (180 / 190);
    expect(Math.abs(waitQuantile({ ...q, patience }, 0.99) - expected) / expected).toBeLessThanOrEqual(1e-4);
  });
  test('requiredAgents at patience 1e-290 staffs for Erlang B, not for "no calls"', () => {
    const n = requiredAgents({ arrivalRate: 1, handleTime: 180, patience: 1e-290 }, { serviceLevel: 0.8, answerTime: 20 }).agents;
    expect(n).toBeGreaterThan(100);
    expect(erlangB(n, 180)).toBeLessThanOrEqual(0.2);
    expect(erlangB(n - 1, 180)).toBeGreaterThan(0.2);
  });
  test('patience below answerTime/745: offeredServiceLevel is not exactly 1', () => {
    const m = analyze({ arrivalRate: 1, handleTime: 180, agents: 175, patience: 0.02 }, { answerTime: 20 });
    expect(m.offeredServiceLevel).toBeLessThan(1);
    close(m.offeredServiceLevel, 1 - m.probWait * Math.exp((-175 / 180) * 20));
  });
});

describe('probabilities stay in [0, 1] and extreme sizes return', () => {
  test('occupancy of an overloaded Erlang A queue is at most 1', () => {
    expect(analyze({ arrivalRate: 7, handleTime: 180, agents: 95, patience: 300 }).occupancy).toBeLessThanOrEqual(1);
  });
  test('erlangB at 1e15, 1e16 and 1e300 servers (Temme’s expansion; mpmath 40 digits)', () => {
    expect(Math.abs(erlangB(1e15, 1e15) / 2.5231324795788424e-8 - 1)).toBeLessThan(1e-12);
    expect(Math.abs(erlangB(1e16, 1e16) / 7.978845565587336e-9 - 1)).toBeLessThan(1e-12);
    expect(Math.abs(erlangB(1e7, 1e7) / 0.0002522708159199475 - 1)).toBeLessThan(1e-12);
    const big = erlangB(1e300, 1e300);
    expect(big).toBeGreaterThan(0);
    expect(big).toBeLessThan(1e-149);
    expect(erlangC(1e300, 1e300 * 0.999)).toBeGreaterThanOrEqual(0);
  });
  test('a subnormal handle time gives finite metrics (the Erlang C limit)', () => {
    const m = analyze({ arrivalRate: 1, handleTime: 5e-324, agents: 1, patience: 300 }, { answerTime: 20 });
    for (const v of [m.occupancy, m.probWait, m.serviceLevel, m.asa]) expect(Number.isFinite(v)).toBe(true);
    expect(m.serviceLevel).toBe(1);
  });
  test('arrivalRate Number.MAX_VALUE with a finite patience: the fluid limit', () => {
    const m = analyze({ arrivalRate: Number.MAX_VALUE, handleTime: 1, agents: 3, patience: 1 }, { answerTime: 20 });
    expect(m.probWait).toBe(1);
    expect(m.serviceLevel).toBeGreaterThanOrEqual(0);
    expect(m.serviceLevel).toBeLessThanOrEqual(1);
  });
});
