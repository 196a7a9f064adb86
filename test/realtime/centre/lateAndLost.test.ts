import { describe, expect, it } from 'vitest';
import type { RecordResult } from '../../../src/index.js';
import { createCentreTracker, restoreCentreTracker } from '../../../src/index.js';

const outcome = (r: RecordResult) => (r.ok ? 'ok' : `${r.error.code}:${r.error.parameter}`);
const ROSTER = [{ agent: 'x', serves: { A: 0, B: 1 } }];

describe('a centre fed by a feed that reorders and drops events', () => {
  it('takes an event stamped within the queues’ least reorderTolerance as happening at the latest time seen; earlier, rejects it', () => {
    const c = createCentreTracker({ queues: { A: { reorderTolerance: 3 }, B: {} }, agents: ROSTER });
    c.record({ type: 'agent', time: 0, agent: 'x', state: 'available' });
    c.record({ type: 'joined', time: 10, id: 1, queue: 'A' });
    c.record({ type: 'joined', time: 12, id: 2, queue: 'B' });
    expect(outcome(c.record({ type: 'answered', time: 11, id: 1, agent: 'x' }))).toBe('ok');
    expect([c.stats().time, c.stats().late, c.queueOf(1), c.queue('A').stats().time]).toEqual([12, 1, 'A', 12]);
    expect(outcome(c.record({ type: 'abandoned', time: 8.5, id: 2 }))).toBe('out-of-order:time');
    expect(restoreCentreTracker(JSON.parse(JSON.stringify(c.snapshot()))).stats().late).toBe(1);
  });

  it('drops a caller whose end never came once the clock, run on by any queue, passes its queue’s maxWait; the agent it held serves its other queue again', () => {
    const c = createCentreTracker({ queues: { A: { maxWait: 600 }, B: { maxWait: 600 } }, agents: ROSTER });
    const idleInB = () => c.queue('B').stats().idle;
    c.record({ type: 'agent', time: 0, agent: 'x', state: 'available' });
    c.record({ type: 'joined', time: 1, id: 'ghost', queue: 'A' });
    expect(idleInB()).toBe(0); // held by A, which it prefers
    c.record({ type: 'joined', time: 500, id: 'b', queue: 'B' });
    expect([c.queueOf('ghost'), idleInB()]).toEqual(['A', 0]);
    c.record({ type: 'abandoned', time: 700, id: 'b' });
    expect([c.queueOf('ghost'), c.queue('A').stats().lost, c.stats().waiting, idleInB()]).toEqual([undefined, 1, 0, 1]);
    // its end, when it comes after all, is held for a join that never comes, then dropped as unmatched
    expect(c.record({ type: 'answered', time: 701, id: 'ghost' })).toEqual({ ok: true, pending: true });
    c.record({ type: 'joined', time: 707, id: 'd', queue: 'B' });
    expect([c.stats().unmatched, c.queueOf('ghost'), c.queue('A').stats().busy]).toEqual([1, undefined, 0]);
  });
});
