import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { CallLogError, checkCallRecords, parseCallLog, QueueInputError } from '../../src/index.js';

const DAY = Date.UTC(1999, 1, 1) / 1000;
const at = (clock: string, day = DAY): number => {
  const [h = 0, m = 0, s = 0] = clock.split(':').map(Number);
  return day + h * 3600 + m * 60 + s;
};

/** The SEE lab's header and a few rows of the bank's log as published (tab-separated). */
const SEE_HEADER =
  'vru+line\tcall_id\tcustomer_id\tpriority\ttype\tdate\tvru_entry\tvru_exit\tvru_time\tq_start\tq_exit\tq_time\toutcome\tser_start\tser_exit\tser_time\tserver';
const SEE_ROWS = [
  'AA0101\t34536\t0\t0\tPS\t990201\t7:02:47\t7:02:56\t9\t0:00:00\t0:00:00\t0\tAGENT\t7:02:55\t7:05:41\t166\tDORIT',
  'AA0101\t34537\t0\t0\tPS\t990201\t7:31:45\t7:31:55\t10\t0:00:00\t0:00:00\t0\tAGENT\t7:31:54\t7:31:59\t5\tNO_SERVER',
  'AA0101\t34539\t23317894\t2\tPS\t990201\t8:09:16\t8:09:22\t6\t8:09:22\t8:09:27\t5\tHANG\t0:00:00\t0:00:00\t0\tNO_SERVER',
  'AA0104\t22869\t24309866\t2\tPS\t990201\t23:51:29\t23:51:34\t5\t23:51:34\t23:52:21\t47\tAGENT\t23:52:20\t0:00:55\t515\tAVNI',
  'AA0110\t29885\t0\t0\tPS\t990201\t23:59:55\t23:59:55\t0\t0:00:00\t0:00:00\t0\tAGENT\t0:00:07\t0:02:13\t126\tYITZ',
  'AA0101\t34645\t24442634\t2\tPS\t990201\t13:13:33\t13:13:42\t9\t13:13:42\t13:14:12\t30\tPHANTOM\t13:13:40\t13:14:18\t38\tNO_SERVER',
  'AA0116\t5125\t0\t0\tIN\t990201\t11:16:45\t11:16:55\t10\t11:16:55\t11:18:10\t75\tHANG\t0:00:00\t0:00:00\t0\tNO_SERVER',
  'AA0101\t34540\t0\t0\tPS\t990201\t9:00:00\t9:00:20\t20\t0:00:00\t0:00:00\t0\tHANG\t0:00:00\t0:00:00\t0\tNO_SERVER',
];
const SEE = `${SEE_HEADER}\n${SEE_ROWS.join('\n')}\n`;

describe('parseCallLog on the SEE lab’s per-call log (the bank data)', () => {
  test('is recognised by its header and mapped: 0:00:00 is "never queued", outcomes AGENT/HANG, calls crossing midnight', () => {
    const log = parseCallLog(SEE);
    expect(log.format).toBe('see');
    expect(log.skipped).toEqual({});
    expect(log.ignored).toEqual({ 'served by NO_SERVER': 1, phantom: 1, 'left in the voice-response unit': 1 });
    expect(log.warnings).toEqual([]);
    expect(log.calls).toEqual([
      {
        offeredAt: at('7:02:55'),
        answeredAt: at('7:02:55'),
        endedAt: at('7:05:41'),
        priority: 0,
        callType: 'PS',
        id: '34536',
        agent: 'DORIT',
      },
      { offeredAt: at('8:09:22'), abandonedAt: at('8:09:27'), priority: 2, callType: 'PS', id: '34539' },
      { offeredAt: at('11:16:55'), abandonedAt: at('11:18:10'), priority: 0, callType: 'IN', id: '5125' },
      // queued 47 s, answered at the queue exit, service ends after midnight on the next day
      {
        offeredAt: at('23:51:34'),
        answeredAt: at('23:52:21'),
        endedAt: at('24:00:55'),
        priority: 2,
        callType: 'PS',
        id: '22869',
        agent: 'AVNI',
      },
      // entered the VRU at 23:59:55, answered at 0:00:07 the next day
      {
        offeredAt: at('24:00:07'),
        answeredAt: at('24:00:07'),
        endedAt: at('24:02:13'),
        priority: 0,
        callType: 'PS',
        id: '29885',
        agent: 'YITZ',
      },
    ]);
    // every call that reached the centre but the phantom one, sorted
    expect(log.arrivals).toHaveLength(7);
    expect(log.arrivals[0]).toBe(at('7:02:47'));
  });

  test('is selected by name, and ignoreTypes leaves a queue out of calls and arrivals', () => {
    const log = parseCallLog(SEE, { format: 'see', ignoreTypes: ['IN'] });
    expect(log.calls.map((c) => c.id)).toEqual(['34536', '34539', '22869', '29885']);
    expect(log.ignored['ignored type']).toBe(1);
    expect(log.arrivals).toHaveLength(6);
  });

  test('a bad cell is located with its header and the value as written', () => {
    const bad = SEE.replace('\tAGENT\t7:02:55', '\tSERVED\t7:02:55');
    const log = parseCallLog(bad);
    expect(log.skipped).toEqual({ 'bad outcome': 1 });
    expect(log.problems[0]?.message).toBe('line 2, column 13 (outcome) must be AGENT, HANG or PHANTOM, got "SERVED"');
    expect(() => parseCallLog(bad, { strict: true })).toThrow(CallLogError);
  });

  test('read as a plain CSV it warns, naming the columns whose 0:00:00 reads as midnight and the hours-long waits', () => {
    const rows = Array.from({ length: 30 }, () => SEE_ROWS[2]).join('\n');
    const log = parseCallLog(`${SEE_HEADER}\n${rows}`, { format: 'csv' });
    expect(log.warnings.map((w) => [w.code, w.column])).toEqual([
      ['midnight', 'ser_start'],
      ['midnight', 'ser_exit'],
      ['long-waits', 'q_start'],
    ]);
    expect(log.warnings[0]?.message).toContain('the log probably writes 0:00:00 for "none"');
    const named = parseCallLog(`${SEE_HEADER}\n${rows}`, { format: 'csv', none: ['0:00:00'] });
    expect(named.warnings).toEqual([]);
    expect(named.calls[0]?.answeredAt).toBeUndefined();
  });
});

describe('parseCallLog options for logs the aliases and defaults miss', () => {
  test('none: placeholders for "none", compared trimmed and ignoring case', () => {
    const log = parseCallLog('offered_at,answered_at,abandoned_at\n8:00:00,0:00:00,8:01:00\n8:00:05,8:00:30,NULL\n', { none: ['0:00:00'] });
    expect(log.calls).toEqual([
      { offeredAt: 28_800, abandonedAt: 28_860 },
      { offeredAt: 28_805, answeredAt: 28_830 },
    ]);
    expect(() => parseCallLog('offered_at\n1', { none: [0] as unknown as string[] })).toThrow(/options\.none must be an array of strings/);
  });

  test('columns: headers the aliases miss, by field name or its snake_case, winning over aliases', () => {
    const text = 'time,joined,picked,gone\n1,10,15,\n2,20,,80\n';
    const log = parseCallLog(text, { columns: { offered_at: 'Joined', answeredAt: 'picked', abandonedAt: 'gone' } });
    expect(log.calls).toEqual([
      { offeredAt: 10, answeredAt: 15 },
      { offeredAt: 20, abandonedAt: 80 },
    ]);
    expect(log.columns).toMatchObject({ offeredAt: 'joined', answeredAt: 'picked', abandonedAt: 'gone' });
    expect(() => parseCallLog(text, { columns: { offeredAt: 'queued' } })).toThrow(
      'options.columns.offeredAt must be a header of the file (found: time, joined, picked, gone), got "queued"',
    );
    expect(() => parseCallLog(text, { columns: { joined: 'joined' } })).toThrow(QueueInputError);
  });

  test('a file that is not a call log is refused with what it looks like', () => {
    const cases: [string, RegExp][] = [
      ['start,end,channel,calls,aht,patience\n08:00,08:30,voice,120,240,180\n', /looks like a forecast .*columns calls, aht/],
      ['start,channel,calls,aht_s,patience_s,load,required,fractional_agents,scheduled\n', /looks like a staffing plan/],
      [
        'start,seconds,periods,call_type,priority,offered,answered,abandoned,exited,waiting,abandon,wait_prob,asa_s\n',
        /looks like an interval history/,
      ],
    ];
    for (const [text, why] of cases) {
      expect(() => parseCallLog(text)).toThrow(CallLogError);
      expect(() => parseCallLog(text)).toThrow(why);
    }
    // naming the offered-at column says "read it anyway"
    expect(parseCallLog('start,calls\n08:00,5\n', { columns: { offeredAt: 'start' } }).calls).toHaveLength(1);
  });

  test('a log with no outcome column warns that every call reads as still waiting', () => {
    const log = parseCallLog('offered_at,agent\n10,A\n20,B\n');
    expect(log.warnings).toEqual([expect.objectContaining({ code: 'no-outcomes', column: 'offered_at' })]);
  });

  test('a number too large for a time is a bad cell, not Infinity (1e999)', () => {
    const log = parseCallLog('offered_at\n1e999\n5\n');
    expect(log.calls).toEqual([{ offeredAt: 5 }]);
    expect(log.problems[0]).toMatchObject({ line: 2, column: 1, reason: 'bad offeredAt' });
    expect(log.problems[0]?.message).toContain('got "1e999"');
  });

  test('a problem message is one line when the cell held a line break', () => {
    const message = parseCallLog('offered_at\n"1\n2"\n').problems[0]?.message ?? '';
    expect(message).not.toMatch(/[\r\n]/);
    expect(message).toContain('got "1\\n2"');
  });

  test('an inconsistent row is described with the headers and the values as written', () => {
    const log = parseCallLog('date,q_start,ser_start,ser_exit\n1999-02-01,8:00:00,8:00:30,8:00:10\n');
    expect(log.problems[0]?.message).toBe('line 2, column 4 (ser_exit) must be ≥ ser_start (8:00:30), got "8:00:10"');
  });
});

describe('parseCallLog on SEE rows of any shape', () => {
  const clock = fc
    .integer({ min: 0, max: 86_399 })
    .map((s) => `${Math.floor(s / 3600)}:${String(Math.floor(s / 60) % 60).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`);
  const row = fc
    .record({
      priority: fc.constantFrom('0', '1', '2', 'x'),
      type: fc.constantFrom('PS', 'NE', 'IN'),
      vruEntry: clock,
      queueStart: fc.oneof(fc.constant('0:00:00'), clock),
      queueTime: fc.constantFrom('0', '5', '47', '600', '-1', ''),
      outcome: fc.constantFrom('AGENT', 'HANG', 'PHANTOM', 'OTHER'),
      serviceStart: fc.oneof(fc.constant('0:00:00'), clock),
      serviceExit: fc.oneof(fc.constant('0:00:00'), clock),
      server: fc.constantFrom('DORIT', 'NO_SERVER'),
    })
    .map(
      (r) =>
        `AA0101\t1\t0\t${r.priority}\t${r.type}\t990201\t${r.vruEntry}\t${r.vruEntry}\t0\t${r.queueStart}\t0:00:00\t${r.queueTime}\t${r.outcome}\t${r.serviceStart}\t${r.serviceExit}\t0\t${r.server}`,
    );

  test.prop([fc.array(row, { maxLength: 30 })])(
    'every row becomes a call that checkCallRecords accepts, or is counted by reason',
    (rows) => {
      const log = parseCallLog(`${SEE_HEADER}\n${rows.join('\n')}`, { format: 'see' });
      expect(checkCallRecords(log.calls)).toBe(log.calls);
      const counted = [log.skipped, log.ignored].flatMap((tally) => Object.values(tally)).reduce((s, n) => s + n, 0);
      expect(log.calls.length + counted).toBe(rows.length);
      const firstEntry = Math.min(...log.arrivals);
      for (const call of log.calls) expect(call.offeredAt).toBeGreaterThanOrEqual(firstEntry - 43_200);
    },
  );
});
