import { describe, expectTypeOf, it } from 'vitest';
import type { Announcement, IntervalOutlook, QueueEvent, QueueTracker, RecordResult, WaitEstimate, WarmResult } from '../../src/index.js';
import {
  announce,
  createQueueTracker,
  estimateWait,
  forecastInterval,
  offerCallback,
  reviseAnnouncement,
  warmTracker,
} from '../../src/index.js';

describe('realtime public signatures', () => {
  it('estimateWait returns a WaitEstimate; announce an Announcement', () => {
    expectTypeOf(estimateWait).parameter(0).toMatchTypeOf<{ ahead: number; agents: number; handleTime: number }>();
    expectTypeOf(estimateWait).returns.toEqualTypeOf<WaitEstimate>();
    expectTypeOf(announce).returns.toEqualTypeOf<Announcement>();
    expectTypeOf<Announcement['kind']>().toEqualTypeOf<'now' | 'under' | 'about' | 'over' | 'range' | 'unknown'>();
    expectTypeOf<WaitEstimate['staffing']>().toEqualTypeOf<'unknown' | undefined>();
    expectTypeOf(reviseAnnouncement).returns.toEqualTypeOf<Announcement>();
    expectTypeOf(offerCallback).returns.toHaveProperty('offer').toEqualTypeOf<boolean>();
  });
  it('tracker.record takes a QueueEvent and returns a RecordResult', () => {
    const t = createQueueTracker();
    expectTypeOf(t.record).parameter(0).toEqualTypeOf<QueueEvent>();
    expectTypeOf(t.record).returns.toEqualTypeOf<RecordResult>();
    expectTypeOf(t.position).returns.toEqualTypeOf<number | undefined>();
    // @ts-expect-error: a login has no id
    t.record({ type: 'login', time: 0, id: 'x' });
    // an end event held for its call's join says so; a rejected one has no `pending`
    expectTypeOf<Extract<RecordResult, { ok: true }>['pending']>().toEqualTypeOf<true | undefined>();
    expectTypeOf(t.stats().unmatched).toEqualTypeOf<number>();
  });
  it('forecastInterval returns an IntervalOutlook', () => {
    expectTypeOf(forecastInterval).returns.toEqualTypeOf<IntervalOutlook>();
    expectTypeOf<IntervalOutlook['alert']>().toEqualTypeOf<'none' | 'warning' | 'critical'>();
  });
  it('warmTracker takes a tracker, call records and { now }, and returns a WarmResult', () => {
    expectTypeOf(warmTracker).parameter(0).toEqualTypeOf<QueueTracker>();
    expectTypeOf(warmTracker).returns.toEqualTypeOf<WarmResult>();
    // @ts-expect-error: now is required
    warmTracker(createQueueTracker(), [], {});
  });
});
