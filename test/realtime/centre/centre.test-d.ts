import { describe, expectTypeOf, it } from 'vitest';
import type {
  CentreQueueView,
  CentreSnapshot,
  CentreTracker,
  CentreTrackerEvent,
  RecordResult,
  WaitEstimate,
  WarmResult,
} from '../../../src/index.js';
import { createCentreTracker, restoreCentreTracker, warmCentreTracker } from '../../../src/index.js';

describe('centre tracker public signatures', () => {
  it('record takes a CentreTrackerEvent: a join names its queue, a log-in an agent or a queue', () => {
    const c = createCentreTracker({ queues: { A: {} } });
    expectTypeOf(c.record).parameter(0).toEqualTypeOf<CentreTrackerEvent>();
    expectTypeOf(c.record).returns.toEqualTypeOf<RecordResult>();
    // @ts-expect-error: a join names its queue
    c.record({ type: 'joined', time: 0, id: 'x' });
    // @ts-expect-error: an abandon names no agent
    c.record({ type: 'abandoned', time: 0, id: 'x', agent: 'ann' });
    c.record({ type: 'login', time: 0, agent: 'ann' });
    c.record({ type: 'login', time: 0, queue: 'A', count: 2 });
    expectTypeOf(c.queue).returns.toEqualTypeOf<CentreQueueView>();
    expectTypeOf(c.estimate).returns.toEqualTypeOf<WaitEstimate | undefined>();
    expectTypeOf(c.snapshot).returns.toEqualTypeOf<CentreSnapshot>();
    expectTypeOf(restoreCentreTracker).parameter(0).toEqualTypeOf<CentreSnapshot>();
  });
  it('warmCentreTracker takes a centre, call records and { now, queueOf? }, and returns a WarmResult', () => {
    expectTypeOf(warmCentreTracker).parameter(0).toEqualTypeOf<CentreTracker>();
    expectTypeOf(warmCentreTracker).returns.toEqualTypeOf<WarmResult>();
    warmCentreTracker(createCentreTracker({ queues: { A: {} } }), [], { now: 0, queueOf: (record) => record.callType });
    // @ts-expect-error: now is required
    warmCentreTracker(createCentreTracker({ queues: { A: {} } }), [], {});
  });
});
