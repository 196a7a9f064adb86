import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ensureCliBuilt } from './buildCli.js';
import { isOneLineUserError, runCli } from './runCli.js';

const EXAMPLE = 'examples/forecast-day.csv';
let dir: string;

beforeAll(async () => {
  await ensureCliBuilt();
  dir = mkdtempSync(join(tmpdir(), 'queuecast-plan-'));
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

interface PlanJson {
  intervals: {
    start: string;
    channel: string;
    calls: number;
    length: number;
    handleTime: number;
    required: number;
    scheduled: number;
    serviceLevel: number;
    probAbandon: number;
    concurrency?: number;
    responseTime?: number;
    backlog?: number;
    latestResponse?: number | 'Infinity';
  }[];
  totals: {
    intervals: number;
    calls: number;
    scheduledHours: number;
    fte: number;
    peak: { start: string; scheduled: number };
    serviceLevel: number;
  };
}

describe('queuecast plan (the bundled example day)', () => {
  test('prints a table of the 120 intervals (48 voice, 24 chat, 48 email) and the totals', () => {
    const r = runCli(['plan', EXAMPLE, '--shrinkage', '30%']);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines.filter((l) => /^\d\d:\d\d\s+voice\s/.test(l))).toHaveLength(48);
    expect(lines.filter((l) => /^\d\d:\d\d\s+chat\s/.test(l))).toHaveLength(24);
    expect(lines.filter((l) => /^\d\d:\d\d\s+email\s/.test(l))).toHaveLength(48);
    expect(r.stdout).toMatch(
      /^start\s+channel\s+calls\s+AHT\s+load\s+agents\s+scheduled\s+SL\s+ASA\s+abandon\s+occupancy\s+backlog\s+latest$/m,
    );
    expect(r.stdout).toMatch(/^intervals\s+120$/m);
    expect(r.stdout).toMatch(/^peak\s+\d+ scheduled/m);
  });

  test('--json: every voice and chat interval meets 80/20, scheduled = ceil(required / 0.7), voice peaks in the morning', () => {
    const r = runCli(['plan', EXAMPLE, '--sl', '80/20', '--shrinkage', '30%', '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as PlanJson;
    expect(out.intervals).toHaveLength(120);
    for (const i of out.intervals) {
      if (i.channel !== 'email') expect(i.serviceLevel).toBeGreaterThanOrEqual(0.8);
      expect(i.scheduled).toBe(Math.max(0, Math.ceil(i.required / 0.7 - 1e-9)));
    }
    expect(out.totals.calls).toBe(out.intervals.reduce((s, i) => s + i.calls, 0));
    const voice = out.intervals.filter((i) => i.channel === 'voice');
    const peak = voice.reduce((a, b) => (b.required > a.required ? b : a));
    expect(peak.start).toMatch(/^(09|10|11):/);
  });

  test('--shift sets the paid time of one FTE (default 8 h) in the totals; a bad one names the flag', () => {
    const eight = JSON.parse(runCli(['plan', EXAMPLE, '--shrinkage', '30%', '--json']).stdout) as PlanJson;
    expect(eight.totals.fte).toBeCloseTo(eight.totals.scheduledHours / 8, 12);
    const r = runCli(['plan', EXAMPLE, '--shrinkage', '30%', '--shift', '7h30m', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as PlanJson;
    expect(out.totals.scheduledHours).toBe(eight.totals.scheduledHours);
    expect(out.totals.fte).toBeCloseTo(eight.totals.scheduledHours / 7.5, 12);
    const table = runCli(['plan', EXAMPLE, '--shrinkage', '30%', '--shift', '7h30m']);
    expect(table.stdout).toMatch(new RegExp(`^FTE \\(7h30m shifts\\)\\s+${(eight.totals.scheduledHours / 7.5).toFixed(1)}$`, 'm'));
    for (const bad of ['0', '-1h', 'soon']) {
      const e = runCli(['plan', EXAMPLE, '--shift', bad]);
      expect(isOneLineUserError(e)).toBe(true);
      expect(e.stderr).toContain('--shift');
    }
  });

  test('chat rows: two conversations per agent; --concurrency 1 needs more agents', () => {
    const two = JSON.parse(runCli(['plan', EXAMPLE, '--json']).stdout) as PlanJson;
    const chat2 = two.intervals.filter((i) => i.channel === 'chat');
    expect(chat2).toHaveLength(24);
    expect(chat2.every((i) => i.concurrency === 2)).toBe(true);
    const noColumn = file('chat.csv', 'start,channel,chats,aht\n10:00,chat,120,10m\n10:30,chat,100,10m\n');
    const one = JSON.parse(runCli(['plan', noColumn, '--concurrency', '1', '--json']).stdout) as PlanJson;
    const twoNoCol = JSON.parse(runCli(['plan', noColumn, '--json']).stdout) as PlanJson;
    expect(one.intervals[0]!.required).toBeGreaterThan(twoNoCol.intervals[0]!.required);
    expect(twoNoCol.intervals[0]!.concurrency).toBe(2);
  });

  test('email rows: answered within the 4 h promise, backlog carried; a promise is required', () => {
    const out = JSON.parse(runCli(['plan', EXAMPLE, '--json']).stdout) as PlanJson;
    const email = out.intervals.filter((i) => i.channel === 'email');
    expect(email).toHaveLength(48);
    for (const e of email) {
      expect(e.responseTime).toBe(14_400);
      if (e.latestResponse !== 'Infinity') expect(e.latestResponse).toBeLessThanOrEqual(14_400 + 1e-6);
      expect(e.backlog).toBeGreaterThanOrEqual(0);
    }
    expect(email.some((e) => (e.backlog ?? 0) > 0)).toBe(true);
    // ∞ is explained where it is shown: the JSON row, the totals, and the table's note.
    const open = email.filter((e) => e.latestResponse === 'Infinity');
    expect(open.length).toBeGreaterThan(0);
    for (const e of open) expect((e as { latestResponseNote?: string }).latestResponseNote).toMatch(/^open at the end of the plan/);
    expect((out.totals as { emailOpenAtEnd?: number }).emailOpenAtEnd).toBe(email[email.length - 1]?.backlog);
    const text = runCli(['plan', EXAMPLE]).stdout;
    expect(text).toMatch(/^latest ∞: some emails of that interval are still open when the plan ends \(95 carried over/m);
    expect(text).toMatch(/^email carried over +95 open when the plan ends/m);
    const noPromise = file('email.csv', 'start,channel,items,aht\n09:00,email,50,6m\n09:30,email,40,6m\n');
    const r = runCli(['plan', noPromise]);
    expect(isOneLineUserError(r), r.stderr).toBe(true);
    expect(r.stderr).toMatch(/email\.csv:2: email rows need a response-time promise/);
    expect(runCli(['plan', noPromise, '--email-response', '4h']).code).toBe(0);
  });

  test('--csv writes the plan whole (no temporary file left) and prints the totals', () => {
    const out = join(dir, 'plan.csv');
    const r = runCli(['plan', EXAMPLE, '--csv', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`plan written to ${out}`);
    const rows = readFileSync(out, 'utf8').trim().split('\n');
    expect(rows[0]).toBe(
      'start,channel,calls,aht_s,patience_s,load,required,fractional_agents,scheduled,binding,service_level,asa_s,abandon,occupancy,backlog,latest_response_s,latest_response_note',
    );
    // An email row whose items are still open when the plan ends says so beside its `inf`.
    expect(rows.filter((row) => row.endsWith(',inf,open at the end of the plan: due after it, carried over')).length).toBeGreaterThan(0);
    expect(rows).toHaveLength(121);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  test('--csv - writes CSV to stdout; a forecast can come from stdin', () => {
    const r = runCli(['plan', '-', '--csv', '-'], { input: readFileSync(EXAMPLE, 'utf8') });
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(121);
  });

  test('a failed run leaves an existing output file as it was', () => {
    const out = join(dir, 'keep.csv');
    writeFileSync(out, 'old plan\n');
    const bad = file('bad-for-keep.csv', 'start,calls,aht\n08:00,-1,270\n');
    expect(runCli(['plan', bad, '--csv', out, '--chart', join(dir, 'keep.svg')]).code).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe('old plan\n');
    expect(existsSync(join(dir, 'keep.svg'))).toBe(false);
  });

  test('an output file that cannot be written: exit 2 naming the flag, nothing left behind', () => {
    const target = join(dir, 'no-such-dir', 'plan.csv');
    const r = runCli(['plan', EXAMPLE, '--csv', target]);
    expect(isOneLineUserError(r), r.stderr).toBe(true);
    expect(r.stderr).toContain('--csv');
    expect(existsSync(target)).toBe(false);
  });

  test('--method offered-load staffs for the lagged load: never fewer agents just after the peak than SIPP', () => {
    const sipp = JSON.parse(runCli(['plan', EXAMPLE, '--json']).stdout) as PlanJson & { method: string };
    const ol = JSON.parse(runCli(['plan', EXAMPLE, '--method', 'offered-load', '--json']).stdout) as PlanJson & { method: string };
    expect([sipp.method, ol.method]).toEqual(['sipp', 'offeredLoad']);
    const voice = sipp.intervals.filter((i) => i.channel === 'voice');
    const top = voice.reduce((a, b) => (b.required > a.required ? b : a));
    const peak = sipp.intervals.indexOf(top);
    expect(ol.intervals[peak + 1]!.required).toBeGreaterThan(sipp.intervals[peak + 1]!.required);
    const bad = runCli(['plan', EXAMPLE, '--method', 'magic']);
    expect(isOneLineUserError(bad)).toBe(true);
    expect(bad.stderr).toContain('--method');
  });

  test('--chart writes an SVG and says where', () => {
    const svg = join(dir, 'plan.svg');
    const r = runCli(['plan', EXAMPLE, '--chart', svg]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`chart written to ${svg}`);
    expect(readFileSync(svg, 'utf8')).toMatch(/^<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  });
});

describe('queuecast plan: forgiving input', () => {
  test('other column names, semicolons, dates, durations with units, --aht for a missing column', () => {
    const csv = file(
      'forgiving.csv',
      '\uFEFFInterval Start;Volume;Handle Time\n2024-05-06 08:00;100;4m30s\n2024-05-06 08:15;120;4:30\n2024-05-06 08:30;140;270\n',
    );
    const r = runCli(['plan', csv, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as PlanJson;
    expect(out.intervals.map((i) => i.handleTime)).toEqual([270, 270, 270]);
    expect(out.intervals.map((i) => i.length)).toEqual([900, 900, 900]);
    const noAht = file('noaht.csv', 'time,offered\n08:00,100\n08:30,120\n');
    expect(runCli(['plan', noAht, '--aht', '4m', '--json']).code).toBe(0);
    const minutes = file('minutes.csv', 'start,calls,aht_min\n08:00,100,4.5\n08:30,120,4.5\n');
    const m = JSON.parse(runCli(['plan', minutes, '--json']).stdout) as { intervals: { handleTime: number }[] };
    expect(m.intervals[0]!.handleTime).toBe(270);
  });
});

describe('queuecast plan: bad CSV → exit 2, one line with file:line:column', () => {
  test.each([
    ['missing calls column', 'start,aht\n08:00,270\n', /missing\.csv:1: no calls column .*expected one of: calls, volume, offered/],
    [
      'text in a number column',
      'start,calls,aht\n08:00,100,270\n08:30,lots,270\n',
      /text\.csv:3:2 \(column "calls"\): expected a number of calls, got "lots"/,
    ],
    [
      'negative calls',
      'start,calls,aht\n08:00,-5,270\n08:30,10,270\n',
      /negative\.csv:2:2 \(column "calls"\): expected a non-negative number of calls, got "-5"/,
    ],
    [
      'unsorted intervals',
      'start,calls,aht\n08:00,5,270\n09:00,10,270\n08:30,10,270\n',
      /unsorted\.csv:4:1 \(column "start"\): intervals must be sorted.*line 3/,
    ],
    [
      'overlapping intervals',
      'start,end,calls,aht\n08:00,09:00,5,270\n08:30,09:30,10,270\n',
      /overlap\.csv:3:1 .*starts before the interval on line 2 ends/,
    ],
    ['empty file', '', /empty\.csv: the file is empty/],
    ['header only', 'start,calls,aht\n', /header\.csv: no intervals after the header/],
    ['bad time', 'start,calls,aht\nmorning,5,270\n', /time\.csv:2:1 \(column "start"\): expected an interval start/],
    ['zero handle time', 'start,calls,aht\n08:00,5,0\n08:30,5,270\n', /aht0\.csv:2:3 \(column "aht"\): expected a handle time/],
  ])('%s', (name, text, message) => {
    const short = {
      'missing calls column': 'missing',
      'text in a number column': 'text',
      'negative calls': 'negative',
      'unsorted intervals': 'unsorted',
      'overlapping intervals': 'overlap',
      'empty file': 'empty',
      'header only': 'header',
      'bad time': 'time',
      'zero handle time': 'aht0',
    }[name]!;
    const p = file(`${short}.csv`, text);
    const r = runCli(['plan', p]);
    expect(isOneLineUserError(r), r.stderr).toBe(true);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });

  test('a file that does not exist', () => {
    const r = runCli(['plan', join(dir, 'nope.csv')]);
    expect(isOneLineUserError(r)).toBe(true);
    expect(r.stderr).toContain('nope.csv: no such file');
  });
});

describe('queuecast plan: a 100,000-line forecast', () => {
  test('plans every row; a bad cell near the end is reported with its line', () => {
    const lines = ['start,calls,aht,patience'];
    const t0 = Date.UTC(2024, 0, 1) / 1000;
    for (let i = 0; i < 100_000; i++) {
      const t = new Date((t0 + i * 900) * 1000).toISOString().slice(0, 16);
      const hour = (i % 96) / 4;
      lines.push(`${t},${Math.round(20 + 180 * Math.exp(-((hour - 11) ** 2) / 8))},${240 + (i % 7) * 10},180`);
    }
    const big = file('big.csv', `${lines.join('\n')}\n`);
    const r = runCli(['plan', big, '--csv', join(dir, 'big-plan.csv'), '--chart', join(dir, 'big.svg')]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^intervals\s+100000$/m);
    expect(readFileSync(join(dir, 'big-plan.csv'), 'utf8').split('\n')).toHaveLength(100_002);
    lines[99_990] = lines[99_990]!.replace(/,(\d+),/, ',x$1,');
    const bad = file('big-bad.csv', `${lines.join('\n')}\n`);
    const e = runCli(['plan', bad]);
    expect(isOneLineUserError(e)).toBe(true);
    expect(e.stderr).toMatch(/big-bad\.csv:99991:2 \(column "calls"\)/);
  });
});
