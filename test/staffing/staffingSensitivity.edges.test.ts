import { describe, expect, it } from 'vitest';
import { requiredAgents, staffingSensitivity } from '../../src/index.js';

const levels = ['serviceLevel', 'offeredServiceLevel', 'serviceLevelOfAnswered', 'serviceLevelExcludingShortAbandons'] as const;

describe('staffingSensitivity at the edges of its domain (regressions)', () => {
  it('staffingSensitivity({ handleTime: 5e-324, patience: 1e-280 }, { maxProbWait: 5e-324 }) gives service level 1 from one agent (was NaN; fast-check seed 20261123)', () => {
    // load 5e-324 Erlang: with one agent nobody waits, so every service level is 1; with none, 0
    const s = staffingSensitivity(
      { arrivalRate: 1, handleTime: 5e-324, patience: 1e-280 },
      { answerTime: 1, maxProbWait: 5e-324 },
      { range: 1 },
    );
    expect(s.result.agents).toBe(1);
    expect(s.agents.map((r) => r.agents)).toEqual([0, 1, 2]);
    for (const row of s.agents) {
      for (const k of levels) expect(row.metrics[k], `${k} with ${row.agents} agents`).toBe(row.agents === 0 ? 0 : 1);
    }
  });
  it('staffingSensitivity at x = nμ/θ ≈ 1.8e38 for an ASA of 1e-300 s: probabilities in [0, 1], waits ≥ 0 (probAbandon was −1.7e-22)', () => {
    const s = staffingSensitivity(
      { arrivalRate: Number.MAX_VALUE, handleTime: 1e-300, patience: 1e-270 },
      { asa: 1e-300 },
      { range: 2, changes: [0] },
    );
    for (const { agents, metrics: m } of s.agents) {
      for (const v of [m.probWait, m.probAbandon, m.occupancy]) expect(v >= 0 && v <= 1, `${agents} agents: ${v}`).toBe(true);
      for (const v of [m.meanWait, m.asa, m.meanQueueLength]) expect(v, `${agents} agents`).toBeGreaterThanOrEqual(0);
    }
  });
  it('requiredAgents({ handleTime: 5e-324, patience: 1e-280 }, { serviceLevel: 0.999, answerTime: 1 }) is one agent with service level 1', () => {
    const r = requiredAgents({ arrivalRate: 1, handleTime: 5e-324, patience: 1e-280 }, { serviceLevel: 0.999, answerTime: 1 });
    expect(r.agents).toBe(1);
    expect(r.metrics.serviceLevel).toBe(1);
  });
});
