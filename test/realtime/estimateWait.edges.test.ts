import { fc, test } from '@fast-check/vitest';
import { afterAll, describe, expect, it } from 'vitest';
import { estimateWait, MAX_AHEAD, QueueInputError } from '../../src/index.js';
import { anyDouble, anyPositive } from '../helpers/anyDouble.js';
import { BoundedCaller } from '../helpers/callBounded.js';
import { expectRelative } from '../helpers/expectRelative.js';

const caller = new BoundedCaller(5000);
afterAll(() => caller.close());

describe('estimateWait at the edges of its domain (regressions)', () => {
  it('estimateWait({ ahead: 1e9, … }) throws QueueInputError naming input.ahead (was a hang in quantile)', () => {
    expect(() => estimateWait({ ahead: 1e9, agents: 10, handleTime: 180, patience: 120 })).toThrow(QueueInputError);
    expect(() => estimateWait({ ahead: 1e300, agents: 10, handleTime: 180 })).toThrow(/input\.ahead/);
    expect(() => estimateWait({ ahead: MAX_AHEAD, agents: 10, handleTime: 180 })).not.toThrow();
  });
  it('estimateWait({ patience: 5e-324 }) is the one-phase limit: mean = handleTime/agents, no NaN (was NaN after 2.9 s)', () => {
    const e = estimateWait({ ahead: 5, agents: 10, handleTime: 180, patience: 5e-324 });
    expect([e.mean, e.sd, e.probAnswered]).toEqual([18, 18, 0]);
    expectRelative(e.quantile(0.5), 18 * Math.LN2, 1e-14);
    expectRelative(e.cdf(18), 1 - Math.exp(-1), 1e-14);
  });
  it('estimateWait with callers ahead who hang up at once: P(V > t) = e^{−u}·Π(1 + a/i) (hypoexponential, two phases) within 1e-13', () => {
    for (const r of [1e8, 1e10, 1e14, 1e300]) {
      const e = estimateWait({ ahead: 1, agents: 1, handleTime: 1, patience: 1 / r });
      const c = 1 + r;
      for (const u of [0.01, 0.5, 2, 20]) {
        const sf = (c * Math.exp(-u) - Math.exp(-c * u)) / (c - 1);
        expectRelative((e as unknown as { sf(t: number): number }).sf(u), sf, 1e-13, `r=${r} u=${u}`);
      }
    }
  });
  it('estimateWait with a subnormal handle time answers at once, with no NaN', () => {
    const e = estimateWait({ ahead: 3, agents: 10, handleTime: 5e-324, patience: 100 });
    expect([e.mean, e.probAnswered, e.quantile(0.5), e.cdf(1)]).toEqual([0, 1, 0, 1]);
  });
  it('estimateWait with patience 1e300 equals the Erlang C gamma (no abandonment)', () => {
    const a = estimateWait({ ahead: 4, agents: 10, handleTime: 180, patience: 1e300 });
    const b = estimateWait({ ahead: 4, agents: 10, handleTime: 180 });
    expect([a.mean, a.sd, a.quantile(0.9)]).toEqual([b.mean, b.sd, b.quantile(0.9)]);
  });
  it('quantile(NaN), quantile(2), quantile(−0.1) and cdf(NaN) throw QueueInputError (were 0 and ∞)', () => {
    for (const e of [
      estimateWait({ ahead: 3, agents: 10, handleTime: 180 }),
      estimateWait({ ahead: 0, agents: 2, handleTime: 180, freeAgents: 1 }),
      estimateWait({ ahead: 3, agents: 0, handleTime: 180 }),
    ]) {
      for (const p of [NaN, 2, -0.1, Infinity]) expect(() => e.quantile(p)).toThrow(QueueInputError);
      expect(() => e.cdf(NaN)).toThrow(QueueInputError);
      expect(() => e.quantile('0.5' as never)).toThrow(QueueInputError);
    }
  });
});

describe('estimateWait over the whole double range (each call in a worker with a budget of 5 s of CPU time)', () => {
  const ahead = fc.oneof(fc.integer({ min: 0, max: MAX_AHEAD }), anyDouble);
  const agents = fc.oneof(fc.integer({ min: 0, max: 1e6 }), anyDouble);
  test.prop(
    [ahead, agents, fc.oneof(anyPositive, anyDouble), fc.oneof(anyPositive, anyDouble), fc.double({ min: 0, max: 1, noNaN: true })],
    {
      numRuns: 150,
    },
  )('estimateWait returns finite, in-range answers or throws QueueInputError; never hangs', async (k, n, h, pat, p) => {
    const outcome = await caller.call({
      fn: 'estimateWait',
      args: [{ ahead: k, agents: n, handleTime: h, patience: pat }],
      methods: [
        ['quantile', [p]],
        ['cdf', [h]],
        ['quantile', [0.5]],
      ],
    });
    if (!outcome.ok) {
      expect(outcome.errorName).toBe('QueueInputError');
      return;
    }
    const e = outcome.value as { mean: number; sd: number; probAnswered: number };
    expect(e.mean >= 0 && e.sd >= 0).toBe(true);
    expect(e.probAnswered >= 0 && e.probAnswered <= 1).toBe(true);
    const [q, c, median] = (outcome.methods as { ok: boolean; value: number }[]).map((m) => m.value);
    if (!(q! >= 0 && c! >= 0 && c! <= 1 && median! >= 0)) console.log({ k, n, h, pat, p, q, c, median, e });
    expect(q! >= 0).toBe(true);
    expect(c! >= 0 && c! <= 1).toBe(true);
    expect(median! >= 0).toBe(true);
  });
});
