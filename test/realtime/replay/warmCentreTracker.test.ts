import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { CallRecord, CentreTrackerEvent } from '../../../src/index.js';
import { createCentreTracker, QueueInputError, warmCentreTracker } from '../../../src/index.js';
import { centreEvents, recordTied, simulatedCentre } from './warmCentreStreams.js';

describe('warmCentreTracker(centre, records, { now, hours, queueOf })', () => {
  // ann serves sales and care; sales call A in service at 600, care call B over, care caller C waiting.
  const log: CallRecord[] = [
    { offeredAt: 0, answeredAt: 0, endedAt: 700, agent: 'ann', callType: 'sales', id: 'a' },
    { offeredAt: 100, answeredAt: 200, endedAt: 500, agent: 'bob', callType: 'care' },
    { offeredAt: 550, callType: 'care', id: 'c' },
  ];

  it('warmCentreTracker reads the log as it stood at now: each call in its type’s queue, agents by name on their calls, callers waiting with their join times', () => {
    const centre = createCentreTracker({ queues: { sales: {}, care: {} }, agents: [{ agent: 'ann', serves: { sales: 0, care: 0 } }] });
    const result = warmCentreTracker(centre, log, { now: 600 });
    expect(result).toMatchObject({ calls: 3, rejected: 0, skipped: 0, waiting: 1, inService: 1, problems: [] });
    expect(centre.queueOf('a')).toBe('sales');
    expect(centre.queueOf('c')).toBe('care');
    // ann is on call A in both her queues; bob, learned from his answer, serves care
    expect(centre.stats().queues).toMatchObject({ sales: { agents: 1, busy: 1 }, care: { agents: 2, waiting: 1 } });
    expect(centre.estimate('c', { now: 600 })?.mean).toBeGreaterThan(0);
    // the backend's next events name the open calls so
    expect(centre.record({ type: 'completed', time: 700, id: 'a' }).ok).toBe(true);
    expect(centre.record({ type: 'answered', time: 700, id: 'c', agent: 'ann' }).ok).toBe(true);
  });

  it('warmCentreTracker takes each record’s queue from queueOf, and leaves out (counted, reported) records of no queue of the centre', () => {
    const centre = createCentreTracker({ queues: { S: {}, C: {} } });
    const result = warmCentreTracker(centre, [...log, { offeredAt: 560 }], { now: 600, queueOf: (r) => r.callType?.[0]?.toUpperCase() });
    expect(result).toMatchObject({ calls: 3, skipped: 1, waiting: 1 });
    expect(result.problems[0]).toBeInstanceOf(QueueInputError);
    expect((result.problems[0] as QueueInputError).parameter).toBe('records[3]');
    expect(centre.queueOf('c')).toBe('C');
  });

  it('warmCentreTracker feeds an answer whose agent the log still has on a call without its agent (the centre counts the first try)', () => {
    const centre = createCentreTracker({ queues: { sales: {}, care: {} } });
    // bob answers a second before his previous call ends, as real logs write it
    const overlap = [...log, { offeredAt: 300, answeredAt: 499, endedAt: 590, agent: 'bob', callType: 'care' }];
    expect(warmCentreTracker(centre, overlap, { now: 600 })).toMatchObject({ calls: 4, rejected: 0, waiting: 1, inService: 1 });
    expect(centre.stats().rejected).toBe(1);
  });

  it('warmCentreTracker never throws on the log: bad records left out, refused events rejected and counted', () => {
    const centre = createCentreTracker({ queues: { sales: {}, care: {} } });
    const bad = [
      ...log,
      null,
      { offeredAt: Number.NaN, callType: 'care' },
      { offeredAt: 10, answeredAt: 5, callType: 'care' },
      { offeredAt: 30, callType: 'sales', id: 'c' }, // waiting at now under the id of another waiting caller
    ] as unknown as CallRecord[];
    const agentEvents = [{ type: 'joined', time: 1, id: 9, queue: 'care' }, 7, { type: 'login', time: 0, queue: 'nowhere', count: 1 }];
    const result = warmCentreTracker(centre, bad, { now: 600, agentEvents: agentEvents as CentreTrackerEvent[] });
    expect(result.skipped).toBe(3);
    expect(result.rejected).toBe(4);
    // each problem as [its class, the field it names]
    expect(result.problems.map((p) => [p instanceof QueueInputError, (p as QueueInputError).parameter])).toEqual([
      [true, 'records[3]'],
      [true, 'records[4].offeredAt'],
      [true, 'records[5].answeredAt'],
      [false, 'type'],
      [false, 'event'],
      [false, 'queue'],
      [false, 'id'],
    ]);
    // the first of two callers waiting under one id is the one that waits
    expect(centre.queueOf('c')).toBe('sales');
  });

  it('warmCentreTracker throws QueueInputError for a centre that is not one, records that are not an array, or options out of range', () => {
    const centre = createCentreTracker({ queues: { sales: {} } });
    expect(() => warmCentreTracker({} as never, log, { now: 0 })).toThrow(/centre/);
    expect(() => warmCentreTracker(centre, 'calls' as never, { now: 0 })).toThrow(/records/);
    expect(() => warmCentreTracker(centre, log, undefined as never)).toThrow(/options\.now/);
    expect(() => warmCentreTracker(centre, log, { now: 0, hours: -1 })).toThrow(/options\.hours/);
    expect(() => warmCentreTracker(centre, log, { now: 0, queueOf: 'callType' as never })).toThrow(/options\.queueOf/);
    expect(() => warmCentreTracker(centre, log, { now: 0, agentEvents: {} as never })).toThrow(/options\.agentEvents/);
  });
});

/** Random consistent call records of two queues over [0, 2000) s, agents named or not. */
const records = fc.array(
  fc
    .record({
      offeredAt: fc.integer({ min: 0, max: 2000 }),
      outcome: fc.constantFrom('answered', 'abandoned', 'open'),
      wait: fc.integer({ min: 0, max: 300 }),
      handle: fc.integer({ min: 0, max: 600 }),
      callType: fc.constantFrom('sales', 'care'),
      agent: fc.option(fc.constantFrom('ann', 'bob', 'eve'), { nil: undefined }),
    })
    .map(({ offeredAt, outcome, wait, handle, callType, agent }): CallRecord => {
      const end = offeredAt + wait;
      if (outcome === 'answered')
        return agent === undefined
          ? { offeredAt, answeredAt: end, endedAt: end + handle, callType }
          : { offeredAt, answeredAt: end, endedAt: end + handle, callType, agent };
      if (outcome === 'abandoned') return { offeredAt, abandonedAt: end, callType };
      return { offeredAt, callType };
    }),
  { maxLength: 40 },
);

describe('warmCentreTracker: properties', () => {
  test.prop([records, fc.integer({ min: 0, max: 3000 }), fc.double({ min: 0.01, max: 2, noNaN: true })])(
    'a log with no call in the window leaves a fresh centre as fresh as createCentreTracker() (snapshots equal)',
    (calls, now, hours) => {
      const start = now - 3600 * hours;
      const quiet = calls.filter((c) => c.offeredAt >= now || (c.endedAt ?? c.answeredAt ?? c.abandonedAt ?? c.offeredAt) < start);
      const options = { queues: { sales: {}, care: {} }, agents: [{ agent: 'ann', serves: { sales: 0, care: 1 } }] };
      const centre = createCentreTracker(options);
      expect(warmCentreTracker(centre, quiet, { now, hours }).accepted).toBe(0);
      expect(centre.snapshot()).toEqual(createCentreTracker(options).snapshot());
    },
  );

  test.prop([records, fc.integer({ min: 0, max: 2600 })])(
    'warming from a window that holds the whole log, then feeding the events from now on, ends where replaying every event ends (snapshots equal)',
    (calls, now) => {
      const agentEvents: CentreTrackerEvent[] = ['ann', 'bob', 'eve'].map((agent) => ({ type: 'login', time: 0, agent }));
      const options = { queues: { sales: {}, care: {} }, agents: [{ agent: 'ann', serves: { sales: 0, care: 1 } }] };
      const all = centreEvents(calls, agentEvents);
      const whole = createCentreTracker(options);
      for (const event of all) recordTied(whole, event);
      const warmed = createCentreTracker(options);
      warmCentreTracker(warmed, calls, { now, hours: Infinity, agentEvents });
      for (const event of all) if (event.time >= now) recordTied(warmed, event);
      expect(warmed.snapshot()).toEqual(whole.snapshot());
    },
  );
});

describe('warmCentreTracker: warm, then the live events, ends where a centre that ran all along ends', () => {
  it('on a simulated centre with a shared pool (three queues, 6 hours), for restarts every 40 minutes (snapshots equal)', () => {
    const { queues, events, records: calls, agentEvents, roster } = simulatedCentre(11, 6);
    const options = { queues: Object.fromEntries(queues.map((q) => [q, { handleTime: 240 }])), agents: roster };
    const whole = createCentreTracker(options);
    for (const event of events) expect(whole.record(event).ok).toBe(true);
    for (let now = 1200; now < 6 * 3600; now += 2400) {
      const warmed = createCentreTracker(options);
      const result = warmCentreTracker(warmed, calls, { now, hours: Infinity, agentEvents });
      expect(result.rejected, `now ${now}`).toBe(0);
      for (const event of events) if (event.time >= now) expect(warmed.record(event).ok).toBe(true);
      expect(warmed.snapshot(), `now ${now}`).toEqual(whole.snapshot());
    }
  });
});
