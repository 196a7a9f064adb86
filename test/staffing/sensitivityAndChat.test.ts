import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { QueueInputError, requiredAgents, requiredChatAgents, staffingSensitivity } from '../../src/index.js';

const target = { serviceLevel: 0.8, answerTime: 20 };

describe('staffingSensitivity(demand, target, options)', () => {
  it('tabulates n − k .. n + k and forecast errors', () => {
    const s = staffingSensitivity({ arrivalRate: 100 / 1800, handleTime: 180 }, target, { range: 2, changes: [-0.2, 0, 0.2] });
    expect(s.result.agents).toBe(14);
    expect(s.agents.map((r) => r.agents)).toEqual([12, 13, 14, 15, 16]);
    expect(s.agents[1]?.metrics.serviceLevel).toBeLessThan(0.8);
    expect(s.agents[2]?.metrics.serviceLevel).toBeGreaterThanOrEqual(0.8);
    expect(s.calls.map((r) => r.change)).toEqual([-0.2, 0, 0.2]);
    expect(s.calls[1]?.agents).toBe(14);
    expect(s.handleTime[2]?.value).toBeCloseTo(216, 12);
  });
  it('rejects a bad range or change', () => {
    const d = { arrivalRate: 1, handleTime: 10 };
    expect(() => staffingSensitivity(d, target, { range: -1 })).toThrow(QueueInputError);
    expect(() => staffingSensitivity(d, target, { changes: [0, -1] })).toThrow(/options.changes\[1\]/);
  });
  test.prop([fc.double({ min: 0.5, max: 500, noNaN: true }), fc.double({ min: 30, max: 600, noNaN: true })], { numRuns: 40 })(
    'service level rises along the agents table and required agents rise with the forecast error',
    (load, h) => {
      const s = staffingSensitivity({ arrivalRate: load / h, handleTime: h }, target);
      for (let i = 1; i < s.agents.length; i++) {
        expect(s.agents[i]?.metrics.serviceLevel).toBeGreaterThanOrEqual(s.agents[i - 1]?.metrics.serviceLevel as number);
      }
      for (const table of [s.calls, s.handleTime]) {
        for (let i = 1; i < table.length; i++) expect(table[i]?.agents).toBeGreaterThanOrEqual(table[i - 1]?.agents as number);
      }
    },
  );
});

describe('requiredChatAgents(demand, target, { concurrency })', () => {
  it('is requiredAgents over slots, rounded up to whole agents', () => {
    const d = { arrivalRate: 300 / 1800, handleTime: 600 };
    const slots = requiredAgents(d, { serviceLevel: 0.8, answerTime: 60 }).agents;
    const r = requiredChatAgents(d, { serviceLevel: 0.8, answerTime: 60 }, { concurrency: 3 });
    expect(r.agents).toBe(Math.ceil(slots / 3));
    expect(r.slots).toBe(r.agents * 3);
    expect(r.metrics.agents).toBe(r.slots);
    expect(r.metrics.serviceLevel).toBeGreaterThanOrEqual(0.8);
  });
  it('with concurrency 1 equals requiredAgents', () => {
    const d = { arrivalRate: 0.3, handleTime: 300, patience: 120 };
    expect(requiredChatAgents(d, target, { concurrency: 1 }).agents).toBe(requiredAgents(d, target).agents);
    expect(() => requiredChatAgents(d, target, { concurrency: 1.5 })).toThrow(/concurrency/);
  });
  test.prop([fc.double({ min: 0.5, max: 300, noNaN: true }), fc.integer({ min: 1, max: 6 })], { numRuns: 60 })(
    'minimal in whole agents: (agents − 1)·c slots miss the target',
    (load, c) => {
      const d = { arrivalRate: load / 600, handleTime: 600 };
      const r = requiredChatAgents(d, target, { concurrency: c });
      expect(requiredAgents(d, target).agents).toBeGreaterThan((r.agents - 1) * c);
      expect(r.fractionalAgents).toBeLessThanOrEqual(r.agents);
    },
  );
});
