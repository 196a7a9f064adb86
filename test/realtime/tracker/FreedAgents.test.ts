import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';

import { FreedAgents, MAX_FREED } from '../../../src/realtime/tracker/FreedAgents.js';
import { SnapshotFields } from '../../../src/realtime/tracker/SnapshotFields.js';

type Step = { kind: 'advance'; answers: number } | { kind: 'completed' } | { kind: 'answered' };

/**
 * The reference: a plain list of the answer clocks at which agents were freed, first freed first
 * answering, each weighing e^−(answers since); forgotten past 20 answers or beyond MAX_FREED.
 */
function reference(steps: readonly Step[]): number {
  let clock = 0;
  const freed: number[] = [];
  for (const s of steps) {
    if (s.kind === 'advance') {
      if (freed.length === 0) continue;
      clock += s.answers;
      while (freed.length > 0 && clock - (freed[0] as number) > 20) freed.shift();
    } else if (s.kind === 'completed') {
      if (freed.length === MAX_FREED) freed.shift();
      freed.push(clock);
    } else freed.shift();
  }
  return freed.reduce((sum, stamp) => sum + Math.exp(stamp - clock), 0);
}

describe('FreedAgents: agents who finished a call and have not answered since, weighted by recency', () => {
  it('weighs an agent freed a answers ago e^−a, and the first freed is the first to answer', () => {
    const f = new FreedAgents();
    f.pace = 1;
    f.completed();
    f.advance(1);
    f.completed();
    f.advance(0.5);
    expect(f.weight).toBeCloseTo(Math.exp(-1.5) + Math.exp(-0.5), 14);
    f.answered();
    expect(f.weight).toBeCloseTo(Math.exp(-0.5), 14);
    expect(f.size).toBe(1);
    f.answered();
    f.answered();
    expect([f.weight, f.size]).toEqual([0, 0]);
  });

  it('forgets an agent away for more than 20 answers (weight e⁻²⁰), and keeps at most MAX_FREED', () => {
    const f = new FreedAgents();
    f.pace = 1;
    f.completed();
    f.advance(19.5);
    expect(f.size).toBe(1);
    f.advance(1);
    expect([f.size, f.weight]).toEqual([0, 0]);
    for (let i = 0; i < MAX_FREED + 5; i++) f.completed();
    expect(f.size).toBe(MAX_FREED);
    expect(f.weight).toBeCloseTo(MAX_FREED, 9);
  });

  it('saves and restores its list exactly (answer clock, stamps oldest first, weights)', () => {
    const f = new FreedAgents();
    f.pace = 1;
    f.completed();
    f.advance(2);
    f.completed();
    f.advance(1);
    expect(f.save()).toEqual({ pace: 1, clock: 3, sum: f.weight, stamps: [0, 2] });
    const g = new FreedAgents();
    g.restore(new SnapshotFields('freed', JSON.parse(JSON.stringify(f.save()))));
    expect(g.weight).toBe(f.weight);
    g.answered();
    f.answered();
    g.advance(0.5);
    f.advance(0.5);
    expect(g.save()).toEqual(f.save());
  });

  it('reads a version-4 list (answers since each was freed, oldest first)', () => {
    const g = new FreedAgents();
    g.restore(new SnapshotFields('freed', { pace: 1, ages: [3, 1] }));
    expect(g.weight).toBeCloseTo(Math.exp(-3) + Math.exp(-1), 14);
    g.answered();
    expect(g.weight).toBeCloseTo(Math.exp(-1), 14);
  });

  const step: fc.Arbitrary<Step> = fc.oneof(
    fc.record({ kind: fc.constant('advance' as const), answers: fc.double({ min: 0, max: 8, noNaN: true }) }),
    fc.constant({ kind: 'completed' as const }),
    fc.constant({ kind: 'answered' as const }),
  );

  test.prop([fc.array(step, { maxLength: 400 })], { numRuns: 200 })(
    'keeps its O(1) sum equal to the sum over the list, through any stream of events',
    (steps) => {
      const f = new FreedAgents();
      f.pace = 1;
      for (const s of steps) {
        if (s.kind === 'advance') f.advance(s.answers);
        else if (s.kind === 'completed') f.completed();
        else f.answered();
      }
      const expected = reference(steps);
      expect(Math.abs(f.weight - expected)).toBeLessThan(1e-9 * (1 + expected));
      expect(f.weight).toBeGreaterThanOrEqual(0);
    },
  );
});
