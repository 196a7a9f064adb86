import { describe, expect, it } from 'vitest';
import type { QueueTracker, RecordResult } from '../../../src/index.js';
import { createQueueTracker, restoreQueueTracker } from '../../../src/index.js';

const outcome = (r: RecordResult) => (r.ok ? 'ok' : `${r.error.code}:${r.error.parameter}`);
const again = (t: QueueTracker) => restoreQueueTracker(JSON.parse(JSON.stringify(t.snapshot())));

/** Two agents followed through agent events, both available, and two callers waiting. */
function centre(): QueueTracker {
  const t = createQueueTracker({ handleTime: 100 });
  t.record({ type: 'agent', time: 0, agent: 'ann', state: 'available' });
  t.record({ type: 'agent', time: 0, agent: 'bob', state: 'available' });
  t.record({ type: 'joined', time: 1, id: 'c1' });
  t.record({ type: 'joined', time: 2, id: 'c2' });
  t.record({ type: 'joined', time: 3, id: 'c3' });
  return t;
}

describe('calls and agents tied together (issue 24)', () => {
  it("an agent named on 'answered' goes on that call; its 'completed' frees that agent", () => {
    const t = centre();
    expect(t.stats().idle).toBe(2);
    expect(outcome(t.record({ type: 'answered', time: 5, id: 'c1', agent: 'ann' }))).toBe('ok');
    expect(t.stats()).toMatchObject({ idle: 1, busy: 1, waiting: 2 });
    // The completion need not name the agent: the call knows who answered it.
    expect(outcome(t.record({ type: 'completed', time: 50, id: 'c1' }))).toBe('ok');
    expect(t.stats()).toMatchObject({ idle: 2, busy: 0, handleTime: (100 + 45) / 2 });
  });

  it('inconsistent events are reported (agent-mismatch), never thrown, and leave the state untouched', () => {
    const t = centre();
    t.record({ type: 'answered', time: 5, id: 'c1', agent: 'ann' });
    const before = JSON.stringify(t.snapshot());
    // Ann is on c1: she cannot answer c2.
    const busy = t.record({ type: 'answered', time: 6, id: 'c2', agent: 'ann' });
    expect(outcome(busy)).toBe('agent-mismatch:agent');
    expect(busy.ok ? '' : busy.error.expected).toBe('an agent not on another call (agent ann is on call c1)');
    // Nobody called zed logged in, while agents are followed through agent events.
    expect(outcome(t.record({ type: 'answered', time: 6, id: 'c2', agent: 'zed' }))).toBe('agent-mismatch:agent');
    // Bob did not answer c1.
    expect(outcome(t.record({ type: 'completed', time: 7, id: 'c1', agent: 'bob' }))).toBe('agent-mismatch:agent');
    expect(outcome(t.record({ type: 'answered', time: 6, id: 'c2', agent: Number.NaN } as never))).toBe('bad-event:agent');
    expect(t.stats().rejected).toBe(4);
    expect(JSON.stringify({ ...t.snapshot(), state: { ...t.snapshot().state, rejected: 0 } })).toBe(
      JSON.stringify({ ...JSON.parse(before), state: { ...JSON.parse(before).state, rejected: 0 } }),
    );
    // Once c1 completes (naming Ann, who answered it), Ann answers c2.
    expect(outcome(t.record({ type: 'completed', time: 8, id: 'c1', agent: 'ann' }))).toBe('ok');
    expect(outcome(t.record({ type: 'answered', time: 9, id: 'c2', agent: 'ann' }))).toBe('ok');
  });

  it('with log-ins only (no agent events), answers may name agents: the tie is kept, agents are not counted twice', () => {
    const t = createQueueTracker({ agents: 2, handleTime: 100 });
    t.record({ type: 'joined', time: 1, id: 'c1' });
    expect(outcome(t.record({ type: 'answered', time: 2, id: 'c1', agent: 'ann' }))).toBe('ok');
    expect(t.stats()).toMatchObject({ agents: 2, busy: 1 });
    t.record({ type: 'joined', time: 3, id: 'c2' });
    expect(outcome(t.record({ type: 'answered', time: 4, id: 'c2', agent: 'ann' }))).toBe('agent-mismatch:agent');
    expect(outcome(t.record({ type: 'answered', time: 4, id: 'c2', agent: 'bob' }))).toBe('ok');
  });

  it('a snapshot keeps the ties; an agent logging out, or a call long overdue, unties its call', () => {
    const t = centre();
    t.record({ type: 'answered', time: 5, id: 'c1', agent: 'ann' });
    t.record({ type: 'answered', time: 6, id: 'c2', agent: 'bob' });
    const r = again(t);
    expect(r.snapshot()).toEqual(t.snapshot());
    expect(outcome(r.record({ type: 'completed', time: 7, id: 'c1', agent: 'bob' }))).toBe('agent-mismatch:agent');
    expect(outcome(r.record({ type: 'answered', time: 7, id: 'c3', agent: 'ann' }))).toBe('agent-mismatch:agent');
    r.record({ type: 'agent', time: 8, agent: 'bob', state: 'logged-out' });
    r.record({ type: 'agent', time: 9, agent: 'bob', state: 'available' });
    expect(outcome(r.record({ type: 'answered', time: 10, id: 'c3', agent: 'bob' }))).toBe('ok');
    // Ann's c1 is long overdue (10 mean handle times): she is free again.
    r.record({ type: 'joined', time: 2000, id: 'c4' });
    expect(outcome(r.record({ type: 'answered', time: 2001, id: 'c4', agent: 'ann' }))).toBe('ok');
    // The overdue c1's late completion naming Ann does not free her from c4.
    expect(outcome(r.record({ type: 'completed', time: 2002, id: 'c1', agent: 'ann' }))).toBe('ok');
    expect(outcome(r.record({ type: 'completed', time: 2003, id: 'c1' }))).toBe('unknown-call:id');
    expect(r.stats().idle).toBe(0);
  });

  it('a tampered tie is refused on restore, naming it', () => {
    const t = centre();
    t.record({ type: 'answered', time: 5, id: 'c1', agent: 'ann' });
    const s = JSON.parse(JSON.stringify(t.snapshot()));
    s.state.queue.board.ties.push(['c9', 'bob']);
    expect(() => restoreQueueTracker(s)).toThrow(/snapshot\.state\.queue\.board\.ties/);
  });
});
