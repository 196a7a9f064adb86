import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { QueueInputError, requiredAgents, type StaffingResult, type StaffingTarget } from '../../src/index.js';
import { requiredAgentsKernel } from '../../src/staffing/requiredAgentsKernel.js';
import { checkDemand, checkTarget } from '../../src/staffing/StaffingTarget.js';

type Demand = { arrivalRate: number; handleTime: number; patience?: number };

/** What requiredAgents answered before its one-pass walk: the exact search, every field eager. */
function exact(d: Demand, t: StaffingTarget, maxAgents = 1e9, tolerance = 1e-9) {
  return requiredAgentsKernel(checkDemand(d), checkTarget(t), maxAgents, 'target', tolerance);
}

/** Every field, read through the getters. */
function fields(r: StaffingResult): StaffingResult {
  return { agents: r.agents, fractionalAgents: r.fractionalAgents, binding: r.binding, metrics: r.metrics };
}

// Erlang C with a service level alone, up to and past the walk's 1,500 Erlangs: whole loads (the
// first stable team is a + 1), tiny ones, short handle times, answer time 0, targets near 1
const load = fc.oneof(
  fc.double({ min: 1e-6, max: 2000, noNaN: true }),
  fc.integer({ min: 1, max: 1600 }),
  fc.double({ min: 1e-9, max: 1, noNaN: true }),
);
const handleTime = fc.oneof(fc.double({ min: 10, max: 1000, noNaN: true }), fc.double({ min: 1e-3, max: 10, noNaN: true }));
const target = fc.record({
  serviceLevel: fc.oneof(fc.double({ min: 0, max: 0.999, noNaN: true }), fc.constantFrom(0, 0.5, 0.8, 0.99, 0.999999)),
  answerTime: fc.oneof(fc.double({ min: 0, max: 600, noNaN: true }), fc.constant(0)),
});

describe('requiredAgents: the everyday question in one pass, the rest when read', () => {
  test.prop([load, handleTime, target], { numRuns: 300 })('every field as the exact search gives it, to the last bit', (a, h, t) => {
    const d = { arrivalRate: a / h, handleTime: h };
    const r = requiredAgents(d, t);
    const full = exact(d, t);
    expect(r.agents).toBe(full.agents);
    expect(r.fractionalAgents).toBe(full.fractionalAgents);
    expect(r.binding).toBe(full.binding);
    expect(r.metrics).toEqual(full.metrics);
  });

  test.prop(
    [
      fc.double({ min: 0.05, max: 3000, noNaN: true }),
      fc.double({ min: 10, max: 600, noNaN: true }),
      fc.option(fc.double({ min: 1, max: 3000, noNaN: true }), { nil: undefined }),
      fc.record(
        {
          asa: fc.double({ min: 0.5, max: 600, noNaN: true }),
          maxAbandon: fc.double({ min: 0.001, max: 0.5, noNaN: true }),
          maxOccupancy: fc.double({ min: 0.3, max: 1, noNaN: true }),
        },
        { requiredKeys: [] },
      ),
    ],
    { numRuns: 80 },
  )('the general search (patience, other constraints): its last step when read gives the same values', (a, h, patience, extra) => {
    const d = patience === undefined ? { arrivalRate: a / h, handleTime: h } : { arrivalRate: a / h, handleTime: h, patience };
    const t = { serviceLevel: 0.8, answerTime: 20, ...extra };
    expect(fields(requiredAgents(d, t))).toEqual(exact(d, t));
  });

  test.prop([fc.integer({ min: 1, max: 60 }), fc.double({ min: 0.3, max: 60, noNaN: true })], { numRuns: 60 })(
    'options pass through: maxAgents (an error above it) and fractionalTolerance',
    (maxAgents, tolerance) => {
      const d = { arrivalRate: 20 / 180, handleTime: 180 };
      const t = { serviceLevel: 0.8, answerTime: 20 };
      const needed = exact(d, t).agents;
      if (needed > maxAgents) expect(() => requiredAgents(d, t, { maxAgents })).toThrow(QueueInputError);
      else expect(fields(requiredAgents(d, t, { maxAgents, fractionalTolerance: tolerance }))).toEqual(exact(d, t, maxAgents, tolerance));
    },
  );

  it('computes the lazy fields once, from the input as it was at the call', () => {
    const d = { arrivalRate: 100 / 180, handleTime: 180 };
    const t = { serviceLevel: 0.8, answerTime: 20 };
    const r = requiredAgents(d, t);
    d.arrivalRate = 1;
    t.serviceLevel = 0.5;
    expect(r.metrics).toBe(r.metrics);
    expect(r.metrics.load).toBeCloseTo(100, 12);
    expect(r.metrics.agents).toBe(107);
  });

  it('shows every field to JSON.stringify and the console; spreading copies agents only', () => {
    const d = { arrivalRate: 100 / 1800, handleTime: 180 };
    const t = { serviceLevel: 0.8, answerTime: 20 };
    const r = requiredAgents(d, t);
    const full = exact(d, t);
    expect(JSON.parse(JSON.stringify(r))).toEqual(JSON.parse(JSON.stringify(full)));
    expect(Object.keys(r)).toEqual(['agents']);
    expect({ ...r }).toEqual({ agents: 14 });
    // the same shape when the general search answers (Erlang A)
    const withPatience = requiredAgents({ ...d, patience: 300 }, t);
    expect(Object.keys(withPatience)).toEqual(['agents']);
    expect(fields(withPatience)).toEqual(exact({ ...d, patience: 300 }, t));
  });

  it('leaves every input the checks refuse to the checks (same errors as before)', () => {
    const d = { arrivalRate: 1, handleTime: 180 };
    const t = { serviceLevel: 0.8, answerTime: 20 };
    const parameter = (f: () => unknown): string => {
      try {
        f();
      } catch (e) {
        expect(e).toBeInstanceOf(QueueInputError);
        return (e as QueueInputError).parameter;
      }
      throw new Error('expected a QueueInputError');
    };
    expect(parameter(() => requiredAgents(d, t, { maxAgents: null } as never))).toBe('options.maxAgents');
    expect(parameter(() => requiredAgents(d, t, { fractionalTolerance: null } as never))).toBe('options.fractionalTolerance');
    expect(parameter(() => requiredAgents(d, t, { maxAgents: 2.5 }))).toBe('options.maxAgents');
    expect(parameter(() => requiredAgents(d, t, [] as never))).toBe('options');
    expect(parameter(() => requiredAgents({ ...d, patience: null } as never, t))).toBe('demand.patience');
    expect(parameter(() => requiredAgents(Object.assign([], d) as never, t))).toBe('demand');
    expect(parameter(() => requiredAgents(d, Object.assign([], t) as never))).toBe('target');
    expect(parameter(() => requiredAgents(d, { ...t, serviceLevelDefinition: 'nope' } as never))).toBe('target.serviceLevelDefinition');
    expect(parameter(() => requiredAgents(d, { ...t, asa: 0 }))).toBe('target.asa');
    expect(parameter(() => requiredAgents(d, { serviceLevel: 1, answerTime: 20 }))).toBe('target.serviceLevel');
    expect(parameter(() => requiredAgents(d, t, { maxAgents: 100 }))).toBe('target');
  });

  it('a BigInt where a number belongs is a QueueInputError naming it, not a TypeError (fuzz seed 7)', () => {
    const t = { serviceLevel: 0.8, answerTime: 20 };
    const hostile = (d: object) => () => requiredAgents(d as Demand, t);
    expect(hostile({ arrivalRate: 10n, handleTime: 240 })).toThrow(QueueInputError);
    expect(hostile({ arrivalRate: 10n, handleTime: 240 })).toThrow(/demand\.arrivalRate/);
    expect(hostile({ arrivalRate: 0.1, handleTime: 240n })).toThrow(/demand\.handleTime/);
  });

  it("Node's console shows every field, as JSON has them (a lazy result is not an empty-looking object)", async () => {
    const { inspect } = await import('node:util');
    const r = requiredAgents({ arrivalRate: 0.1, handleTime: 240 }, { serviceLevel: 0.8, answerTime: 20 });
    expect(inspect(r)).toBe(inspect(JSON.parse(JSON.stringify(r)), { depth: 2 }).replace('patience: null', 'patience: Infinity'));
    expect(inspect(r)).toContain('fractionalAgents: 28.44');
  });
});
