import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { analyze, calibrateAvailability, callHistory, predictHistory, QueueInputError, simulate, staffingPlan } from '../../src/index.js';
import { simulatedLog } from './simulatedLog.js';

describe('calibrateAvailability(history, { staffed })', () => {
  test.prop(
    [
      fc.record({
        tenths: fc.integer({ min: 4, max: 9 }),
        handleTime: fc.double({ min: 120, max: 300, noNaN: true }),
        patienceRatio: fc.double({ min: 0.5, max: 2, noNaN: true }),
        utilisation: fc.double({ min: 0.9, max: 1.15, noNaN: true }),
        seed: fc.integer({ min: 1, max: 1e6 }),
      }),
    ],
    { numRuns: 5 },
  )(
    'recovers the fraction of staffed agents who answer in a simulated centre',
    ({ tenths, handleTime, patienceRatio, utilisation, seed }) => {
      // Five hours staffed with 10..50 agents of whom `tenths`/10 answer (an integer team each).
      const staffedPerHour = [10, 20, 30, 40, 50];
      const intervals = staffedPerHour.map((staffed) => {
        const agents = (staffed * tenths) / 10;
        return { length: 3600, agents, calls: (utilisation * agents * 3600) / handleTime, patience: patienceRatio * handleTime };
      });
      const sim = simulate({ handleTime, intervals }, { seed, replications: 20, records: true });
      const history = callHistory(simulatedLog(sim.records ?? []), { pool: 'day', intervalSeconds: 3600 });
      const rows = history.intervals.filter((r) => r.start < 5 * 3600);
      const fit = calibrateAvailability(rows, { staffed: rows.map((r) => staffedPerHour[r.start / 3600] as number) });
      expect(Math.abs(fit.availability - tenths / 10)).toBeLessThan(0.04);
      expect(fit.bands[0]?.low).toBeLessThan(fit.availability);
      expect(fit.erlangA.fits).toBe(true);
    },
  );

  test('one availability per band of hours', () => {
    const row = (start: number, agentsSeen: number, answering: number) => {
      const m = analyze({ arrivalRate: 0.1, handleTime: 180, agents: answering, patience: 120 });
      return {
        start,
        length: 3600,
        offered: 360,
        abandoned: 36,
        probAbandon: m.probAbandon,
        probWait: m.probWait,
        meanWait: m.meanWait,
        arrivalRate: 0.1,
        handleTime: 180,
        patience: 120,
        agentsSeen,
      };
    };
    const fit = calibrateAvailability([row(8 * 3600, 30, 18), row(9 * 3600, 20, 18), row(14 * 3600, 20, 16), row(15 * 3600, 40, 32)], {
      bands: [7, 12],
    });
    expect(fit.bands.map((b) => [b.fromHour, b.toHour, b.intervals])).toEqual([
      [7, 12, 2],
      [12, 31, 2],
    ]);
    expect(fit.bands[1]?.availability).toBeCloseTo(0.8, 6);
    expect(fit.erlangC.fits).toBe(false);
    expect(fit.erlangC.verdict).toMatch(/^Erlang C does not fit: .*it predicts no abandonment/);
  });

  test('rejects staffed counts that do not match the rows and bad bands', () => {
    const rows = callHistory([{ offeredAt: 0, answeredAt: 5, endedAt: 100, agent: 'A' }]).intervals;
    expect(() => calibrateAvailability(rows, { staffed: [1, 2] })).toThrow('options.staffed');
    expect(() => calibrateAvailability(rows, { bands: [12, 7] })).toThrow('options.bands');
    expect(() => predictHistory(rows, 0)).toThrow(QueueInputError);
    expect(() => predictHistory(rows, [0.5, 0.5])).toThrow('availability');
  });
});

describe('staffingPlan(intervals, target, { availability })', () => {
  test.prop([fc.double({ min: 0.3, max: 1, noNaN: true }), fc.double({ min: 0, max: 0.5, noNaN: true })])(
    'staffs ⌈agents / availability⌉ on shift and schedules ⌈agents / (availability × (1 − shrinkage))⌉',
    (availability, shrinkage) => {
      const plan = staffingPlan(
        [{ start: 0, length: 1800, calls: 300, handleTime: 240, patience: 200 }],
        { serviceLevel: 0.8, answerTime: 20 },
        { availability, shrinkage },
      );
      const row = plan.intervals[0];
      if (row === undefined) throw new Error('no row');
      expect(row.staffedAgents * availability).toBeGreaterThanOrEqual(row.agents * (1 - 1e-12));
      expect((row.staffedAgents - 1) * availability).toBeLessThan(row.agents);
      expect(row.scheduledAgents * availability * (1 - shrinkage)).toBeGreaterThanOrEqual(row.agents * (1 - 1e-12));
      expect((row.scheduledAgents - 1) * availability * (1 - shrinkage)).toBeLessThan(row.agents * (1 + 1e-12));
    },
  );
  test('refuses an availability outside (0, 1]', () => {
    const iv = [{ start: 0, length: 1800, calls: 300, handleTime: 240 }];
    expect(() => staffingPlan(iv, { serviceLevel: 0.8, answerTime: 20 }, { availability: 0 })).toThrow('options.availability');
    expect(() => staffingPlan(iv, { serviceLevel: 0.8, answerTime: 20 }, { availability: 1.2 })).toThrow('options.availability');
  });
});
