import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { announce, estimateWait, QueueInputError } from '../../src/index.js';
import fixture from '../fixtures/realtime/wait.json' with { type: 'json' };
import { expectRelative } from '../helpers/expectRelative.js';

interface Case {
  ahead: number;
  agents: number;
  handleTime: number;
  patience: number | null;
  mean: string;
  sd: string;
  probAnswered: string;
  quantiles: { p: number; t: string }[];
  cdf: { t: number; cdf: string; sf: string }[];
}

const cases = fixture.cases as Case[];
/** The accuracy promised: 1e-12 relative, 2e-12 for values below 1e-100 (the term's exponent carries more rounding). */
const tolerance = (expected: number) => (Math.abs(expected) < 1e-100 ? 2e-12 : 1e-12);
const input = (c: Case) => ({
  ahead: c.ahead,
  agents: c.agents,
  handleTime: c.handleTime,
  ...(c.patience === null ? {} : { patience: c.patience }),
});
const label = (c: Case) => `ahead=${c.ahead} agents=${c.agents} handleTime=${c.handleTime} patience=${c.patience ?? '∞'}`;

describe('estimateWait against mpmath (test/fixtures/realtime/generate_wait.py, 60 and 200 digits)', () => {
  for (const c of cases) {
    it(`estimateWait(${label(c)}): mean, sd, probAnswered within 1e-13, quantiles within 1e-12 relative`, () => {
      const e = estimateWait(input(c));
      expectRelative(e.mean, Number(c.mean), 1e-13, 'mean');
      expectRelative(e.sd, Number(c.sd), 1e-13, 'sd');
      expectRelative(e.probAnswered, Number(c.probAnswered), 1e-14, 'probAnswered');
      for (const q of c.quantiles) expectRelative(e.quantile(q.p), Number(q.t), 1e-12, `quantile(${q.p})`);
    });
    it(`estimateWait(${label(c)}).cdf(t) and P(V > t) within 1e-12 relative (2e-12 below 1e-100)`, () => {
      const e = estimateWait(input(c));
      for (const p of c.cdf) {
        // The generator sums P(V ≤ t) at 200 digits (the upper tail directly below 1e-150) at the double t passed here.
        expectRelative(e.cdf(p.t), Number(p.cdf), tolerance(Number(p.cdf)), `cdf(${p.t})`);
        // The upper tail P(V > t) from the kernel's own sum (OfferedWait.sf), not as 1 − cdf.
        const sf = (e as unknown as { sf(t: number): number }).sf(p.t);
        expectRelative(sf, Number(p.sf), tolerance(Number(p.sf)), `P(V > ${p.t})`);
      }
    });
  }
});

describe('estimateWait with impatient callers ahead against mpmath (θ/nμ = 1e2 … 1e9, ahead 0 … 1000)', () => {
  for (const c of fixture.impatient as Case[]) {
    it(`estimateWait(${label(c)}): mean, sd, cdf, P(V > t) and quantiles (p from 1e-12 to 1 − 1e-6) within 1e-12 relative`, () => {
      const e = estimateWait(input(c));
      const sf = (t: number) => (e as unknown as { sf(t: number): number }).sf(t);
      expectRelative(e.mean, Number(c.mean), 1e-12, 'mean');
      expectRelative(e.sd, Number(c.sd), 1e-12, 'sd');
      expectRelative(e.probAnswered, Number(c.probAnswered), 1e-14, 'probAnswered');
      for (const q of c.quantiles) expectRelative(e.quantile(q.p), Number(q.t), 1e-12, `quantile(${q.p})`);
      for (const p of c.cdf) {
        expectRelative(e.cdf(p.t), Number(p.cdf), tolerance(Number(p.cdf)), `cdf(${p.t})`);
        expectRelative(sf(p.t), Number(p.sf), tolerance(Number(p.sf)), `P(V > ${p.t})`);
      }
    });
  }
});

/** Independent check for small k: P(V > t) as the negative-binomial / Poisson sum in doubles. */
function directSurvival(k: number, rate: number, theta: number, t: number): number {
  if (theta === 0) {
    const x = rate * t;
    let term = Math.exp(-x);
    let s = term;
    for (let j = 1; j <= k; j++) s += term *= x / j;
    return s;
  }
  const a = rate / theta;
  const q = -Math.expm1(-theta * t);
  let term = Math.exp(-a * theta * t);
  let s = term;
  for (let j = 1; j <= k; j++) s += term *= ((a + j - 1) / j) * q;
  return s;
}

const ahead = fc.integer({ min: 0, max: 30 });
const agents = fc.integer({ min: 1, max: 500 });
const handleTime = fc.double({ min: 10, max: 2000, noNaN: true });
const patience = fc.oneof(fc.constant(Infinity), fc.double({ min: 1, max: 5000, noNaN: true }));
const prob = fc.double({ min: 1e-6, max: 1 - 1e-6, noNaN: true });

describe('estimateWait properties', () => {
  test.prop([ahead, agents, handleTime, patience, prob], { numRuns: 300 })(
    'estimateWait(...).cdf(quantile(p)) = p within 1e-10 relative (round trip)',
    (k, n, h, pat, p) => {
      const e = estimateWait({ ahead: k, agents: n, handleTime: h, patience: pat });
      const t = e.quantile(p);
      expect(t).toBeGreaterThan(0);
      expect(Number.isFinite(t)).toBe(true);
      const c = e.cdf(t);
      if (p <= 0.5) expectRelative(c, p, 1e-10, 'cdf');
      else expectRelative(1 - c, 1 - p, 1e-9, '1 − cdf');
    },
  );

  test.prop([ahead, agents, handleTime, patience, fc.double({ min: 0.01, max: 5, noNaN: true })], { numRuns: 300 })(
    'estimateWait(...).cdf(t) matches the direct positive sum for ahead ≤ 30 within 1e-12',
    (k, n, h, pat, m) => {
      const e = estimateWait({ ahead: k, agents: n, handleTime: h, patience: pat });
      const t = m * e.mean;
      const sf = directSurvival(k, n / h, pat === Infinity ? 0 : 1 / pat, t);
      expect(Math.abs(1 - e.cdf(t) - sf)).toBeLessThanOrEqual(1e-12);
    },
  );

  test.prop([fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 1, max: 1_000_000 }), handleTime, patience, prob, prob], {
    numRuns: 100,
  })('estimateWait(...) is finite for ahead up to 1e5 and quantile rises with p', (k, n, h, pat, p1, p2) => {
    const e = estimateWait({ ahead: k, agents: n, handleTime: h, patience: pat });
    for (const v of [e.mean, e.sd, e.probAnswered]) expect(Number.isFinite(v)).toBe(true);
    const [lo, hi] = p1 < p2 ? [p1, p2] : [p2, p1];
    const qlo = e.quantile(lo);
    const qhi = e.quantile(hi);
    expect(Number.isFinite(qhi)).toBe(true);
    expect(qlo).toBeLessThanOrEqual(qhi * (1 + 1e-12));
    expect(e.cdf(qlo)).toBeLessThanOrEqual(e.cdf(qhi) + 1e-15);
  });

  test.prop([ahead, agents, handleTime, patience], { numRuns: 200 })(
    'estimateWait: one more caller ahead raises the mean and lowers probAnswered',
    (k, n, h, pat) => {
      const a = estimateWait({ ahead: k, agents: n, handleTime: h, patience: pat });
      const b = estimateWait({ ahead: k + 1, agents: n, handleTime: h, patience: pat });
      expect(b.mean).toBeGreaterThan(a.mean);
      expect(b.probAnswered).toBeLessThanOrEqual(a.probAnswered);
      if (pat === Infinity) expect(a.probAnswered).toBe(1);
      else expectRelative(a.probAnswered, n / h / (n / h + (k + 1) / pat), 1e-14);
    },
  );
});

describe('estimateWait special values', () => {
  it('estimateWait({ ahead: 0, freeAgents: 1 }) is a zero wait', () => {
    const e = estimateWait({ ahead: 0, agents: 3, handleTime: 300, freeAgents: 1 });
    expect([e.mean, e.sd, e.quantile(0.9), e.probAnswered, e.cdf(0)]).toEqual([0, 0, 0, 1, 1]);
  });
  it('estimateWait with free agents waits as if the first freeAgents callers ahead were gone', () => {
    const a = estimateWait({ ahead: 5, agents: 3, handleTime: 300, freeAgents: 2 });
    const b = estimateWait({ ahead: 3, agents: 3, handleTime: 300 });
    expect(a.mean).toBe(b.mean);
  });
  it('estimateWait with no agents never answers', () => {
    const e = estimateWait({ ahead: 2, agents: 0, handleTime: 300, patience: 60 });
    expect([e.mean, e.quantile(0.5), e.cdf(1e9), e.probAnswered]).toEqual([Infinity, Infinity, 0, 0]);
  });
  test.prop([fc.integer({ min: 0, max: 100_000 }), handleTime, patience, fc.double({ min: 0, max: 1, noNaN: true, minExcluded: true })])(
    'estimateWait with no agents: mean, sd and quantile(p > 0) are Infinity (sd was 0), and announce says "more than"',
    (k, h, pat, p) => {
      const e = estimateWait({ ahead: k, agents: 0, handleTime: h, patience: pat });
      expect([e.mean, e.sd, e.quantile(p), e.probAnswered]).toEqual([Infinity, Infinity, Infinity, 0]);
      const said = announce(e);
      expect([said.kind, said.text]).toEqual(['over', 'Your wait is more than 20 minutes.']);
    },
  );
  test.prop([fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1_000_000 }), handleTime, patience])(
    'estimateWait(...).sd is Infinity exactly when the mean is',
    (k, n, h, pat) => {
      const e = estimateWait({ ahead: k, agents: n, handleTime: h, patience: pat });
      expect(e.sd === Infinity).toBe(e.mean === Infinity);
    },
  );
  it('estimateWait: quantile(0) = 0, quantile(1) = Infinity, cdf(−1) = 0, cdf(Infinity) = 1', () => {
    const e = estimateWait({ ahead: 3, agents: 2, handleTime: 300, patience: 60 });
    expect([e.quantile(0), e.quantile(1), e.cdf(-1), e.cdf(Infinity)]).toEqual([0, Infinity, 0, 1]);
  });
  it('estimateWait throws QueueInputError naming the field', () => {
    const bad: [unknown, string][] = [
      [{ ahead: -1, agents: 1, handleTime: 1 }, 'input.ahead'],
      [{ ahead: 1.5, agents: 1, handleTime: 1 }, 'input.ahead'],
      [{ ahead: 1, agents: NaN, handleTime: 1 }, 'input.agents'],
      [{ ahead: 1, agents: 1, handleTime: 0 }, 'input.handleTime'],
      [{ ahead: 1, agents: 1, handleTime: 1, patience: -3 }, 'input.patience'],
      [{ ahead: 1, agents: 1, handleTime: 1, freeAgents: 2 }, 'input.freeAgents'],
      [null, 'input'],
    ];
    for (const [value, parameter] of bad) {
      expect(() => estimateWait(value as never)).toThrow(QueueInputError);
      try {
        estimateWait(value as never);
      } catch (e) {
        expect((e as QueueInputError).parameter).toBe(parameter);
      }
    }
  });
});
