import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { analyze, callHistory, censoredPatience, QueueInputError, simulate } from '../../src/index.js';
import { simulatedLog } from './simulatedLog.js';

/** 99.999% two-sided normal quantile: several checks per run, and shrinking tries more seeds. */
const Z = 4.42;

describe('callHistory(calls) on a simulated centre', () => {
  test.prop(
    [
      fc.record({
        agents: fc.integer({ min: 5, max: 60 }),
        utilisation: fc.double({ min: 0.6, max: 1.1, noNaN: true }),
        handleTime: fc.double({ min: 60, max: 400, noNaN: true }),
        patienceRatio: fc.double({ min: 0.3, max: 3, noNaN: true }),
        seed: fc.integer({ min: 1, max: 1e6 }),
      }),
    ],
    { numRuns: 6 },
  )(
    'recovers the arrival rate, handle time, patience and busy agents within their confidence intervals',
    ({ agents, utilisation, handleTime, patienceRatio, seed }) => {
      const queue = { arrivalRate: (utilisation * agents) / handleTime, handleTime, agents, patience: patienceRatio * handleTime };
      const sim = simulate(queue, { calls: 40_000, seed, records: true, warmUpCalls: 2000 });
      const calls = simulatedLog(sim.records ?? []);
      const whole = callHistory(calls, { intervalSeconds: 1e9 }).intervals[0];
      const hours = callHistory(calls, { intervalSeconds: 3600 }).intervals;
      if (whole === undefined) throw new Error('no history');
      // Arrival rate over whole hours inside the measured span (Poisson count).
      const full = hours.slice(1, -1);
      const offered = full.reduce((s, r) => s + r.offered, 0);
      const rate = offered / (full.length * 3600);
      expect(Math.abs(rate - queue.arrivalRate)).toBeLessThan((Z * Math.sqrt(offered)) / (full.length * 3600));
      // Handle time: mean of exponential handle times.
      expect(Math.abs((whole.handleTime as number) - handleTime)).toBeLessThan((Z * handleTime) / Math.sqrt(whole.answered));
      // Patience: the censored estimator's exact 99.999% interval holds the true mean.
      const p = censoredPatience(whole.abandoned, whole.meanWait * whole.offered, 0.99999);
      expect(p.low).toBeLessThanOrEqual(queue.patience);
      expect(p.high).toBeGreaterThanOrEqual(queue.patience);
      expect(whole.patienceLow).toBeLessThanOrEqual(whole.patience);
      // Busy agents: the carried load a(1 − P(abandon)) of Erlang A (time average over the run).
      const busy = full.reduce((s, r) => s + r.busyAgents, 0) / full.length;
      const carried = analyze(queue).occupancy * agents;
      expect(Math.abs(busy - carried) / carried).toBeLessThan(0.05);
      // Observed P(abandon) against Erlang A (binomial noise, inflated for the correlation of waits).
      expect(Math.abs(whole.probAbandon - analyze(queue).probAbandon)).toBeLessThan(0.03);
    },
  );
});

describe('callHistory(calls, options)', () => {
  const calls = [
    { offeredAt: 0, answeredAt: 0, endedAt: 100, agent: 'A', callType: 'sales', priority: 1 },
    { offeredAt: 10, answeredAt: 40, endedAt: 200, agent: 'B', callType: 'sales' },
    { offeredAt: 20, abandonedAt: 30, callType: 'support' },
    { offeredAt: 30, abandonedAt: 90, callType: 'support' },
    { offeredAt: 3590, answeredAt: 3600, endedAt: 3700, agent: 'A' },
  ];

  test('measures each definition on a log small enough to count by hand', () => {
    const [first, second] = callHistory(calls, { intervalSeconds: 3600, answerTime: 20 }).intervals;
    expect(first).toMatchObject({ start: 0, length: 3600, offered: 5, answered: 3, abandoned: 2, probAbandon: 0.4, probWait: 0.8 });
    // waits 0, 30, 10 (abandoned), 60 (abandoned), 10
    expect(first?.asa).toBeCloseTo((0 + 30 + 10) / 3, 12);
    expect(first?.meanWait).toBeCloseTo(110 / 5, 12);
    expect(first?.serviceLevel).toBeCloseTo(2 / 5, 12); // answered within 20 s: waits 0 and 10
    expect(first?.serviceLevelOfAnswered).toBeCloseTo(2 / 3, 12);
    expect(first?.serviceLevelExcludingShortAbandons).toBeCloseTo(2 / 4, 12); // one abandon within 20 s
    // Kaplan–Meier: events at 0 (5 at risk), 10 (answered, 4 at risk; the abandon at 10 censored after it), 30.
    expect(first?.offeredServiceLevel).toBeCloseTo(1 - (4 / 5) * (3 / 4), 12);
    expect(first?.patience).toBeCloseTo(110 / 2, 12);
    expect(first?.handleTime).toBeCloseTo((100 + 160 + 100) / 3, 12);
    expect(first?.agentsSeen).toBe(2); // A and B answered in the first hour
    expect(first?.busyAgents).toBeCloseTo((100 + 160) / 3600, 12);
    expect(second).toMatchObject({ start: 3600, offered: 0, agentsSeen: 1 }); // A answered at 3600
    expect(second?.busyAgents).toBeCloseTo(100 / 3600, 12);
  });

  test('pools per interval of the day over days, counting rates per day', () => {
    const days = [0, 1, 2].flatMap((d) => [
      { offeredAt: d * 86_400 + 8 * 3600, answeredAt: d * 86_400 + 8 * 3600 + 5, endedAt: d * 86_400 + 8 * 3600 + 65 },
    ]);
    const [row] = callHistory(days, { pool: 'day' }).intervals;
    expect(row).toMatchObject({ start: 8 * 3600, periods: 3, offered: 3 });
    expect(row?.arrivalRate).toBeCloseTo(1 / 3600, 15);
    const week = callHistory(days, { pool: 'week', intervalSeconds: 86_400 }).intervals;
    expect(week.map((r) => r.start / 86_400)).toEqual([4, 5, 6]); // 1970-01-01 was a Thursday
  });

  test('splits by call type and priority when asked', () => {
    const h = callHistory(calls, { by: ['callType'] });
    expect(h.groups.filter((g) => g.start === 0).map((g) => [g.callType, g.offered])).toEqual([
      ['', 1],
      ['sales', 2],
      ['support', 2],
    ]);
    const p = callHistory(calls, { by: ['priority'] });
    expect(p.groups.filter((g) => g.start === 0).map((g) => [g.priority, g.offered])).toEqual([
      [0, 4],
      [1, 1],
    ]);
  });

  test('rejects inconsistent records and bad options, naming them', () => {
    expect(() => callHistory([{ offeredAt: 5, answeredAt: 1 }])).toThrow('calls[0].answeredAt');
    expect(() => callHistory(calls, { intervalSeconds: 0 })).toThrow(QueueInputError);
    expect(() => callHistory(calls, { pool: 'day', intervalSeconds: 7000 })).toThrow('options.intervalSeconds');
    expect(() => callHistory(calls, { pool: 'month' as 'day' })).toThrow('options.pool');
    expect(() => callHistory(calls, { by: ['agent' as 'callType'] })).toThrow('options.by');
  });
});

describe('callHistory counts every caller not answered as one who waited', () => {
  test('a caller who hangs up the second it joins waited (probWait 1 with probAbandon 1; whole-second logs have such rows)', () => {
    const [row] = callHistory([{ offeredAt: 0, abandonedAt: 0 }]).intervals;
    expect(row).toMatchObject({ probAbandon: 1, probWait: 1 });
  });
  test.prop([
    fc.array(fc.record({ offeredAt: fc.integer({ min: 0, max: 7200 }), wait: fc.integer({ min: 0, max: 3 }), answered: fc.boolean() }), {
      minLength: 1,
      maxLength: 30,
    }),
  ])('probWait ≥ probAbandon in every row (a caller who abandons waited)', (drawn) => {
    const log = drawn.map(({ offeredAt, wait, answered }) =>
      answered ? { offeredAt, answeredAt: offeredAt + wait, endedAt: offeredAt + wait + 60 } : { offeredAt, abandonedAt: offeredAt + wait },
    );
    for (const row of callHistory(log).intervals) expect(row.probWait).toBeGreaterThanOrEqual(row.probAbandon);
  });
});

describe('censoredPatience(abandoned, totalWaitSeconds)', () => {
  test('matches the exact Poisson (Garwood) interval: 10 abandons give θ in [4.7954, 18.3904] per unit of waiting', () => {
    // chi-square quantiles / 2: Q(0.025; 20)/2 = 4.795389, Q(0.975; 22)/2 = 18.390356 (tables)
    const p = censoredPatience(10, 1);
    expect(1 / p.high).toBeCloseTo(4.795389, 4);
    expect(1 / p.low).toBeCloseTo(18.390356, 4);
  });
  test.prop([fc.integer({ min: 0, max: 5000 }), fc.double({ min: 1, max: 1e7, noNaN: true })])('brackets its estimate', (d, t) => {
    const p = censoredPatience(d, t);
    expect(p.low).toBeLessThanOrEqual(p.patience);
    expect(p.high).toBeGreaterThanOrEqual(p.patience);
  });
});
