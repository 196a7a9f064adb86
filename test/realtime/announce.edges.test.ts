import { fc, test } from '@fast-check/vitest';
import { afterAll, describe, expect, it } from 'vitest';
import { announce, estimateWait, offerCallback, reviseAnnouncement, roundUpWait } from '../../src/index.js';

import { anyDouble, anyPositive } from '../helpers/anyDouble.js';
import { BoundedCaller } from '../helpers/callBounded.js';
import { parameterOf } from '../helpers/parameterOf.js';

const est = estimateWait({ ahead: 4, agents: 10, handleTime: 180 });

describe('announce family: bad input is a QueueInputError naming it (regressions)', () => {
  it("announce(…, { cap: Infinity }) throws naming options.cap (was 'about ∞ seconds')", () => {
    expect(parameterOf(() => announce(estimateWait({ ahead: 3, agents: 0, handleTime: 180 }), { cap: Infinity }))).toBe('options.cap');
  });
  it('announce of a never-answered caller says "more than" the cap', () => {
    expect(announce(estimateWait({ ahead: 3, agents: 0, handleTime: 180 })).kind).toBe('over');
  });
  it('announce(…, { phrases: {} }) names the missing phrase (was a TypeError)', () => {
    expect(parameterOf(() => announce(est, { phrases: {} as never }))).toBe('options.phrases.language');
    expect(parameterOf(() => announce(est, { phrases: null as never }))).toBe('options.phrases');
  });
  it('announce, reviseAnnouncement, offerCallback with null options name options (were TypeErrors)', () => {
    expect(parameterOf(() => announce(est, null as never))).toBe('options');
    expect(parameterOf(() => reviseAnnouncement(est, undefined, null as never))).toBe('options');
    expect(parameterOf(() => offerCallback(est, null as never))).toBe('options');
  });
  it('offerCallback(null) and announce(null) name the estimate (were TypeErrors)', () => {
    expect(parameterOf(() => offerCallback(null as never))).toBe('estimate');
    expect(parameterOf(() => announce(null as never))).toBe('estimate');
    expect(parameterOf(() => offerCallback({ quantile: () => 1 } as never))).toBe('estimate');
  });
  it('a hand-made estimate whose quantile is NaN is refused, not announced as "now"', () => {
    const bad = { mean: 1, sd: 0, probAnswered: 1, quantile: () => NaN, cdf: () => 0 };
    expect(parameterOf(() => announce(bad))).toBe('estimate');
    expect(parameterOf(() => offerCallback(bad))).toBe('estimate');
  });
  it('announce checks rangeFrom whatever the wait (was only checked for "about" waits)', () => {
    expect(parameterOf(() => announce(estimateWait({ ahead: 0, agents: 10, handleTime: 180, freeAgents: 1 }), { rangeFrom: 2 }))).toBe(
      'options.rangeFrom',
    );
  });
  it('reviseAnnouncement checks minChange, minChangeRatio and longerBelow (were unchecked)', () => {
    const first = announce(est);
    const previous = { announcement: first, elapsed: 10 };
    expect(parameterOf(() => reviseAnnouncement(est, previous, { minChange: NaN }))).toBe('options.minChange');
    expect(parameterOf(() => reviseAnnouncement(est, previous, { minChangeRatio: -1 }))).toBe('options.minChangeRatio');
    expect(parameterOf(() => reviseAnnouncement(est, previous, { longerBelow: 2 }))).toBe('options.longerBelow');
    expect(parameterOf(() => reviseAnnouncement(est, previous, { longerBelow: '0.5' as never }))).toBe('options.longerBelow');
  });
  it('roundUpWait checks its arguments (validated nothing)', () => {
    expect(parameterOf(() => roundUpWait(290, null as never))).toBe('steps');
    expect(parameterOf(() => roundUpWait(NaN, [{ upTo: 600, step: 60 }]))).toBe('seconds');
    expect(parameterOf(() => roundUpWait(-1, [{ upTo: 600, step: 60 }]))).toBe('seconds');
    expect(parameterOf(() => roundUpWait(Infinity, [{ upTo: 600, step: 60 }]))).toBe('seconds');
    expect(parameterOf(() => roundUpWait(10, [{ upTo: 600, step: 0 }]))).toBe('steps');
  });
  it('roundUpWait never overflows to Infinity: a wait whose multiple is not finite is returned as is', () => {
    expect(roundUpWait(1.7e308, [{ upTo: Infinity, step: 0.5 }])).toBe(1.7e308);
    expect(roundUpWait(1e308, [{ upTo: Infinity, step: 900 }])).toBeGreaterThanOrEqual(1e308);
    // found by the property below (seed 621906803): 4.26e34 steps of 2.3e265 rounded to 1 ulp below 1e300
    expect(roundUpWait(1e300, [{ upTo: 1e15, step: 2.3484818195810325e265 }])).toBeGreaterThanOrEqual(1e300);
  });
  it('roundUpWait(1000000000000000.1, [{ upTo: 1e15, step: 1e15 }]) is two steps, not the one step just below the wait (seed -931500025)', () => {
    // the quotient's old 1e-9 tolerance rounded a wait 1.25e-16 of a step above a multiple down to it
    expect(roundUpWait(1000000000000000.1, [{ upTo: 1000000000000000, step: 1000000000000000 }])).toBe(2e15);
    // the same at an everyday step: 6e-14 s above 5 minutes is not "about 5 minutes" (was 300)
    expect(roundUpWait(300.00000000000006, [{ upTo: Infinity, step: 60 }])).toBe(360);
    // without the tolerance, still the smallest multiple that covers the wait: 3 × 0.1 although
    // the quotient rounds to 3.0000000000000004; 4 × 0.3 since 3 × 0.3 rounds to 0.8999999999999999
    expect(roundUpWait(3 * 0.1, [{ upTo: Infinity, step: 0.1 }])).toBe(3 * 0.1);
    expect(roundUpWait(7 * 0.3, [{ upTo: Infinity, step: 0.3 }])).toBe(7 * 0.3);
    expect(roundUpWait(0.9, [{ upTo: Infinity, step: 0.3 }])).toBe(4 * 0.3);
    expect(roundUpWait(600, [{ upTo: Infinity, step: 60 }])).toBe(600);
  });
});

describe('announce family over the whole double range (each call in a worker with a budget of 5 s of CPU time)', () => {
  const caller = new BoundedCaller(5000);
  afterAll(() => caller.close());
  const estimate = fc.record({
    ahead: fc.integer({ min: 0, max: 2000 }),
    agents: fc.integer({ min: 0, max: 500 }),
    handleTime: fc.oneof(anyPositive, fc.double({ min: 1, max: 3600, noNaN: true })),
    patience: fc.oneof(anyPositive, fc.constant(Infinity)),
  });
  const option = fc.option(fc.oneof(anyDouble, fc.double({ min: 0, max: 1, noNaN: true }), fc.constant(null), fc.constant('mean')), {
    nil: undefined,
    freq: 2,
  });
  test.prop([estimate, fc.constantFrom('announce', 'offerCallback', 'reviseAnnouncement'), option, option, option, option], {
    numRuns: 80,
  })(
    'announce, offerCallback and reviseAnnouncement answer or throw QueueInputError; seconds is finite and ≥ 0',
    async (input, fn, statistic, floor, cap, extra) => {
      const options = { statistic, floor, cap, rangeFrom: extra, maxWait: extra, minChange: extra };
      const args =
        fn === 'reviseAnnouncement'
          ? [{ estimateOf: input }, { announcement: { text: '', seconds: 300, kind: 'about' }, elapsed: extra }, options]
          : [{ estimateOf: input }, options];
      const outcome = await caller.call({ fn, args });
      if (!outcome.ok) {
        expect(outcome.hang).toBeUndefined();
        expect(outcome.errorName).toBe('QueueInputError');
        return;
      }
      const r = outcome.value as { seconds?: number; wait?: number; probAnswered?: number };
      if (r.seconds !== undefined) expect(r.seconds >= 0 && Number.isFinite(r.seconds)).toBe(true);
      if (r.probAnswered !== undefined) expect(r.probAnswered >= 0 && r.probAnswered <= 1).toBe(true);
      if (r.wait !== undefined) expect(r.wait >= 0).toBe(true);
    },
  );
  test.prop([anyDouble, fc.array(fc.record({ upTo: anyDouble, step: anyDouble }), { maxLength: 3 })], { numRuns: 80 })(
    'roundUpWait(seconds, steps) returns a finite multiple ≥ seconds or throws QueueInputError',
    async (seconds, steps) => {
      const outcome = await caller.call({ fn: 'roundUpWait', args: [seconds, steps] });
      if (!outcome.ok) {
        expect(outcome.errorName).toBe('QueueInputError');
        return;
      }
      const v = outcome.value as number;
      expect(Number.isFinite(v) && v >= seconds).toBe(true);
    },
  );
});
