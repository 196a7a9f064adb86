import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { CallLogError, type CallRecord, checkCallRecords, parseCallLog, QueueInputError } from '../../src/index.js';

/** Writes calls as the documented CSV, as a user's export would (delimiter and header names vary). */
function toCsv(calls: readonly CallRecord[], delimiter: string, names: readonly string[]): string {
  const fields = ['offeredAt', 'answeredAt', 'abandonedAt', 'endedAt', 'priority', 'agent', 'callType'] as const;
  const lines = [names.join(delimiter)];
  for (const c of calls) lines.push(fields.map((f) => (c[f] === undefined ? '' : String(c[f]))).join(delimiter));
  return lines.join('\n');
}

const call = fc
  .record({
    offeredAt: fc.integer({ min: 0, max: 2e9 }),
    outcome: fc.constantFrom('answered', 'abandoned', 'waiting'),
    wait: fc.integer({ min: 0, max: 3600 }),
    talk: fc.integer({ min: 0, max: 3600 }),
    priority: fc.option(fc.integer({ min: -3, max: 9 }), { nil: undefined }),
    // Names that read as "absent" (NA, NULL, NONE, NAN; documented in call-log.md) are not names.
    agent: fc.option(
      fc.stringMatching(/^[A-Z][A-Z0-9]{0,8}$/).filter((name) => !['NA', 'NULL', 'NONE', 'NAN'].includes(name)),
      { nil: undefined },
    ),
    callType: fc.option(fc.constantFrom('PS', 'NE', 'sales'), { nil: undefined }),
  })
  .map(
    ({ offeredAt, outcome, wait, talk, priority, agent, callType }): CallRecord => ({
      offeredAt,
      ...(outcome === 'answered' && { answeredAt: offeredAt + wait, endedAt: offeredAt + wait + talk }),
      ...(outcome === 'abandoned' && { abandonedAt: offeredAt + wait }),
      ...(priority !== undefined && { priority }),
      ...(agent !== undefined && { agent }),
      ...(callType !== undefined && { callType }),
    }),
  );

describe('parseCallLog(text) on the per-call CSV', () => {
  test.prop([fc.array(call, { maxLength: 40 }), fc.constantFrom(',', ';', '\t'), fc.boolean()])(
    'reads back every call it is given, sorted, whatever the delimiter and header spelling',
    (calls, delimiter, aliases) => {
      const names = aliases
        ? ['Arrival', 'Answer Time', 'Abandon_Time', 'End', 'Prio', 'Agent ID', 'Call Type']
        : ['offered_at', 'answered_at', 'abandoned_at', 'ended_at', 'priority', 'agent', 'type'];
      const log = parseCallLog(toCsv(calls, delimiter, names));
      expect(log.skipped).toEqual({});
      expect(log.calls).toEqual([...calls].sort((a, b) => a.offeredAt - b.offeredAt));
      expect(log.format).toBe('csv');
    },
  );

  test('reads ISO date-times and times of day beside a date column, a call crossing midnight on the next day', () => {
    const log = parseCallLog('date;queued_at;answered_at;ended_at\n2026-12-03;23:59:50;23:59:58;00:02:00\n');
    const midnight = Date.UTC(2026, 11, 3) / 1000;
    expect(log.calls).toEqual([{ offeredAt: midnight + 86_390, answeredAt: midnight + 86_398, endedAt: midnight + 86_520 }]);
    const iso = parseCallLog('offered_at,answered_at\n2026-12-03T08:00:00+02:00,2026-12-03 08:00:30\n');
    expect(iso.calls[0]).toEqual({ offeredAt: midnight + 8 * 3600, answeredAt: midnight + 8 * 3600 + 30 });
    // a one-digit hour as spreadsheets write it (every row was skipped; forecasts and plans read it)
    const sheet = parseCallLog('offered_at,answered_at,ended_at\n2026-12-03 8:00,2026-12-03 8:00:30,2026-12-03 8:04\n');
    expect(sheet.calls).toEqual([
      { offeredAt: midnight + 8 * 3600, answeredAt: midnight + 8 * 3600 + 30, endedAt: midnight + 8 * 3600 + 240 },
    ]);
  });

  test.prop([fc.integer({ min: -2e9, max: 4e9 })])('reads an ISO date-time to the second it names, T or space', (seconds) => {
    const iso = new Date(seconds * 1000).toISOString().slice(0, 19);
    const log = parseCallLog(`offered_at;answered_at\n${iso};${iso.replace('T', ' ')}Z\n`);
    expect(log.calls).toEqual([{ offeredAt: seconds, answeredAt: seconds }]);
  });

  test('refuses impossible date-times and says which cell', () => {
    const log = parseCallLog('offered_at\n2026-13-01T08:00:00\n2026-12-03T08:61:00\n2026-12-03T08:00:00\n');
    expect(log.skipped).toEqual({ 'bad offeredAt': 2 });
    expect(log.calls).toHaveLength(1);
    // a day the month does not have was read as a day of the next month (1999-02-30 as 2 March)
    const days = parseCallLog('offered_at\n1999-02-30T08:00:00\n1999-02-29 08:00\n2000-02-29T08:00:00\n1999-04-31\n');
    expect(days.skipped).toEqual({ 'bad offeredAt': 3 });
    expect(days.calls).toEqual([{ offeredAt: Date.UTC(2000, 1, 29, 8) / 1000 }]);
    const dated = parseCallLog('date,offered_at\n1999-02-30,08:00:00\n1999-02-28,08:00:00\n');
    expect(dated.calls).toEqual([{ offeredAt: Date.UTC(1999, 1, 28, 8) / 1000 }]);
  });

  test('counts each bad row by reason with its line and column, and keeps the good ones', () => {
    const log = parseCallLog(
      'offered_at,answered_at,abandoned_at,ended_at,priority\n0,5,,9,0\nx,,,,\n10,5,,,\n20,25,26,,\n30,,,,high\n40,,,,\n',
    );
    expect(log.calls.map((c) => c.offeredAt)).toEqual([0, 40]);
    expect(log.skipped).toEqual({ 'bad offeredAt': 1, 'answered before offered': 1, 'more than one outcome': 1, 'bad priority': 1 });
    expect(log.problems.map((p) => [p.line, p.column])).toEqual([
      [3, 1],
      [4, 2],
      [5, 3],
      [6, 5],
    ]);
  });

  test('strict mode throws a CallLogError at the first bad row, naming line, column and header', () => {
    const run = () => parseCallLog('offered_at,answered_at\n0,5\n10,abc\n', { strict: true });
    expect(run).toThrow(CallLogError);
    expect(run).toThrow('line 3, column 2 (answered_at) must be a date-time');
    try {
      run();
    } catch (e) {
      const error = e as CallLogError;
      expect([error.line, error.column, error.field, error.value, error.expected]).toEqual([3, 2, 'answered_at', 'abc', error.expected]);
      expect(error.problem).toBe(`answered_at must be ${error.expected}, got "abc"`);
      expect(error.message).toBe(`line 3, column 2 (answered_at) must be ${error.expected}, got "abc"`);
    }
  });

  test('without an abandoned column an unanswered call with an end time hung up then', () => {
    expect(parseCallLog('start,answered,end\n0,,30\n').calls).toEqual([{ offeredAt: 0, abandonedAt: 30 }]);
  });

  test('a header without an offered-at column is an error even when lenient', () => {
    expect(() => parseCallLog('answered_at,ended_at\n1,2\n')).toThrow(
      'line 1, column 0 (header) must be a header with an offered-at column',
    );
  });

  test('a wrong file’s header line (a one-line web page, 30,006 characters) is quoted by its first 80 characters and its length', () => {
    const line = `<html>${'x'.repeat(30_000)}`;
    const run = () => parseCallLog(`${line}\n`);
    expect(run).toThrow(
      `line 1, column 0 (header) must be a header with an offered-at column (one of offered_at, offered, offer_time, queued_at, queued, queue_start, ...), got ${JSON.stringify(line.slice(0, 80))}… (30006 characters)`,
    );
  });

  test('rejects a non-string text and bad options', () => {
    expect(() => parseCallLog(42 as unknown as string)).toThrow(QueueInputError);
    expect(() => parseCallLog('', { format: 'xml' as 'csv' })).toThrow('options.format');
    expect(parseCallLog('').calls).toEqual([]);
  });
});

describe('parseCallLog(text) on Asterisk queue_log', () => {
  const log = [
    '1700000000|NONE|NONE|NONE|QUEUESTART|',
    '1700000000|1.1|sales|NONE|ENTERQUEUE||5551234|1',
    '1700000020|1.1|sales|PJSIP/7|RINGNOANSWER|15000',
    '1700000030|1.1|sales|PJSIP/7|CONNECT|30|1.2|4',
    '1700000040|2.1|sales|NONE|ENTERQUEUE||5551235|1',
    '1700000045|2.1|sales|NONE|ABANDON|1|1|5',
    '1700000050|3.1|sales|NONE|ENTERQUEUE||5551236|1',
    '1700000100|1.1|sales|PJSIP/7|COMPLETECALLER|30|70|1',
    '1700000350|3.1|sales|NONE|EXITWITHTIMEOUT|1|1|300',
    '1700000400|4.1|support|PJSIP/8|TRANSFER|200|default|20|60|1',
    '1700000401|NONE|support|PJSIP/8|PAUSE|',
    'not a queue_log line',
    '1700000500|5.1|sales|NONE|ENTERQUEUE||5551237|1',
  ].join('\n');

  test('one call per caller and queue: answered, abandoned, timed out, begun before the log, still waiting', () => {
    const read = parseCallLog(log);
    expect(read.format).toBe('queue_log');
    expect(read.calls).toEqual([
      { offeredAt: 1700000000, id: '1.1', answeredAt: 1700000030, agent: 'PJSIP/7', endedAt: 1700000100, callType: 'sales' },
      { offeredAt: 1700000040, id: '2.1', abandonedAt: 1700000045, callType: 'sales' },
      { offeredAt: 1700000050, id: '3.1', exitedAt: 1700000350, callType: 'sales' },
      { offeredAt: 1700000320, id: '4.1', answeredAt: 1700000340, agent: 'PJSIP/8', endedAt: 1700000400, callType: 'support' },
      { offeredAt: 1700000500, id: '5.1', callType: 'sales' },
    ]);
    expect(read.ignored).toEqual({ QUEUESTART: 1, RINGNOANSWER: 1, PAUSE: 1 });
    expect(read.skipped).toEqual({ 'malformed line': 1 });
    expect(read.problems[0]).toMatchObject({ line: 12, column: 0 });
  });

  test('strict mode throws at a line with a bad time', () => {
    expect(() => parseCallLog('17000x0000|1.1|q|NONE|ENTERQUEUE||1', { format: 'queue_log', strict: true })).toThrow(
      'line 1, column 1 (time)',
    );
  });
});

describe('checkCallRecords(calls)', () => {
  test.prop([fc.array(call, { maxLength: 20 })])('accepts every consistent log and returns it', (calls) => {
    expect(checkCallRecords(calls)).toBe(calls);
  });

  test('names the first bad record and field', () => {
    expect(() => checkCallRecords([{ offeredAt: 0 }, { offeredAt: 10, answeredAt: 5 }])).toThrow(
      'calls[1].answeredAt must be ≥ offeredAt (10), got 5',
    );
    expect(() => checkCallRecords([{ offeredAt: Number.NaN }])).toThrow('calls[0].offeredAt');
    expect(() => checkCallRecords([{ offeredAt: 0, answeredAt: 1, abandonedAt: 2 }])).toThrow('calls[0].abandonedAt');
    expect(() => checkCallRecords([{ offeredAt: 0, endedAt: 2 }])).toThrow(
      'calls[0].endedAt must be absent on a call that was not answered',
    );
    expect(() => checkCallRecords([{ offeredAt: 0, priority: 0.5 }])).toThrow('calls[0].priority');
    expect(() => checkCallRecords('x' as unknown as CallRecord[])).toThrow('calls must be an array');
  });
});
