import { describe, expect, it } from 'vitest';
import { checkCallRecords } from '../../../src/calllog/checkCallRecords.js';
import type { CallRecord, QueueEvent } from '../../../src/index.js';
import { QueueInputError, replay } from '../../../src/index.js';

describe('replay(records, options)', () => {
  // One agent; A answered at once, B waits for A's end, C abandons, D waits behind nobody.
  const log: CallRecord[] = [
    { offeredAt: 0, answeredAt: 0, endedAt: 100, agent: 'ann' },
    { offeredAt: 10, answeredAt: 100, endedAt: 200, agent: 'ann' },
    { offeredAt: 20, abandonedAt: 50 },
    { offeredAt: 150, answeredAt: 200, endedAt: 260, agent: 'ann', priority: 1 },
  ];

  it('replay counts calls by outcome and scores only the callers who waited and were answered', () => {
    const r = replay(log);
    expect(r.calls).toEqual({ total: 4, waitedAnswered: 2, answeredAtOnce: 1, abandoned: 1, unresolved: 0 });
    expect(r.rejectedEvents).toBe(0);
    for (const m of ['auto', 'model', 'les', 'hol', 'history', 'asterisk', 'genesys'] as const) expect(r.overall[m].count).toBe(2);
    expect(r.byQueueLength.map((g) => g.ahead)).toEqual(['0']);
    expect(r.byHour.map((g) => g.hour)).toEqual([0]);
  });

  it("replay scores Asterisk's hold-time average ((3·old + new)/4 over answered calls) against the waits", () => {
    const r = replay(log);
    // B joins with hold time 0 (only A, at once, answered before); D joins after B waited 90 s: (3·0 + 90)/4 = 22.5.
    const expected = [0 - 90, 22.5 - 50];
    expect(r.overall.asterisk.bias).toBeCloseTo((expected[0]! + expected[1]!) / 2, 12);
    expect(r.overall.asterisk.mae).toBeCloseTo((90 + 27.5) / 2, 12);
    // Both waits are 30 s or more and Asterisk told B 0 s.
    expect(r.overall.asterisk.shortForLongWaits).toBe(0.5);
  });

  it('replay uses agent events when given instead of inferring agents from the calls', () => {
    const r = replay(log, { agentEvents: [{ type: 'login', time: 0, count: 1 }] });
    expect(r.rejectedEvents).toBe(0);
    expect(r.overall.genesys.count).toBe(2);
  });

  it('replay throws QueueInputError for records that are not an array or a call without offeredAt', () => {
    expect(() => replay('calls' as never)).toThrow(QueueInputError);
    expect(() => replay([{ answeredAt: 3 } as never])).toThrow(/records\[0\]\.offeredAt/);
    // the first bad record, with checkCallRecords' message, before the tracker's options are read
    const bad = [...log, { offeredAt: 5, answeredAt: 9, endedAt: 7 }, { offeredAt: Number.NaN }];
    const message = (() => {
      try {
        checkCallRecords(bad, 'records');
      } catch (error) {
        return (error as Error).message;
      }
      return 'no error';
    })();
    expect(message).toMatch(/^records\[\d+\]\.endedAt/);
    expect(() => replay(bad, { tracker: { history: 0 } })).toThrow(message);
    expect(() => replay(log, { agentWindow: -1 })).toThrow(QueueInputError);
  });
});

describe('replay of an empty log', () => {
  it('replay([]) scores no caller: count 0 and every figure 0, never NaN', () => {
    const result = replay([]);
    for (const figures of Object.values(result.overall)) {
      expect(figures).toEqual({ count: 0, rmse: 0, mae: 0, bias: 0, coverage: 0, shortForLongWaits: 0, predictedZero: 0 });
    }
  });
});

describe('replay at the ends of its domain', () => {
  it('scores calls at the far end of the time range the call log takes (-1e15 s: a Date cannot hold it)', () => {
    const result = replay([{ offeredAt: -1e15, answeredAt: -1e15 + 50 }]);
    expect(result.calls.total).toBe(1);
    for (const { hour } of result.byHour) expect(hour).toBe(Math.floor((((-1e15 % 86_400) + 86_400) % 86_400) / 3600));
  });
  it('counts the events the tracker refuses, times beyond ±1e15 s and priorities beyond ±1e6, as rejected', () => {
    const result = replay([
      { offeredAt: 2e15, answeredAt: 2e15 + 50 },
      { offeredAt: 10, answeredAt: 60, priority: 2_000_000 },
      { offeredAt: 20, answeredAt: 70, priority: -3 },
    ]);
    // the first call's join and answer, the second's join and answer
    expect(result.rejectedEvents).toBe(4);
    expect(result.calls.waitedAnswered).toBe(1);
  });
  it('files callers by the UTC hour of their arrival, as a Date gives it, before and after 1970', () => {
    const log: CallRecord[] = [-3600 * 30 + 5, 3600 * 27 + 5].flatMap((t) => [
      { offeredAt: t, answeredAt: t, endedAt: t + 100, agent: 'A' },
      { offeredAt: t + 10, answeredAt: t + 100, endedAt: t + 200, agent: 'A' },
    ]);
    expect(replay(log).byHour.map((h) => h.hour)).toEqual([3, 18]);
  });
  it('names the agent event that is not an object or not an agent event', () => {
    expect(() => replay([], { agentEvents: [null as never] })).toThrow(/options\.agentEvents\[0\] must be an object/);
    expect(() => replay([], { agentEvents: [{ type: 'joined', time: 0, id: 1 }] })).toThrow(/options\.agentEvents\[0\]\.type/);
  });
  it('names options.tracker when the tracker options are wrong', () => {
    expect(() => replay([], { tracker: 5 as never })).toThrow(/^options\.tracker must be an object/);
    expect(() => replay([], { tracker: { history: 0 } })).toThrow(/^options\.tracker\.history/);
  });
});

describe('replay: agent events whose time is not a number (fuzz seed 101)', () => {
  it('replay(log, { agentEvents: [{ type: "login", time: 10n, count: 3 }] }) is a QueueInputError naming the time (was a TypeError mixing BigInt)', () => {
    const log = [{ offeredAt: 0, answeredAt: 0, endedAt: 200, agent: 'A0' }];
    const agentEvents = [{ type: 'login', time: 10n, count: 3 }] as unknown as QueueEvent[];
    expect(() => replay(log, { agentEvents })).toThrow(QueueInputError);
    expect(() => replay(log, { agentEvents })).toThrow(/options\.agentEvents\[0\]\.time/);
  });
});
