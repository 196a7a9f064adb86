import { execFileSync } from 'node:child_process';
import { lstatSync, mkdtempSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { isOneLineUserError } from './runCli.js';
import { runInProcess } from './runInProcess.js';

const dir = mkdtempSync(join(tmpdir(), 'queuecast-hardening-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const day = file('day.csv', 'start,calls,aht\n08:00,100,180\n08:30,120,180\n');

async function userError(args: string[], names: string): Promise<string> {
  const r = await runInProcess(args);
  expect(isOneLineUserError(r), `${args.join(' ')} → ${r.code} ${r.stderr}`).toBe(true);
  expect(r.stderr).toContain(names);
  return r.stderr;
}

describe('queuecast errors name the flag, in one line (regressions)', () => {
  test('simulate --aht-dist gamma:101 names --aht-dist (was scenario.handleTime.cv)', async () => {
    await userError(['simulate', '--rate', '1', '--aht', '3m', '--agents', '200', '--aht-dist', 'gamma:101'], '--aht-dist');
  });
  test('analyze --interval 1e-320 names --interval (was queue.arrivalRate)', async () => {
    await userError(['analyze', '--calls', '100', '--interval', '1e-320', '--aht', '3m', '--agents', '10'], '--interval');
  });
  test('wait --floor 1e308 names --floor, not --cap', async () => {
    const e = await userError(['wait', '--ahead', '3', '--agents', '2', '--aht', '3m', '--floor', '1e308'], '--floor');
    expect(e).not.toContain('--cap:');
  });
  test('wait --cap below --floor names --cap', async () => {
    await userError(['wait', '--ahead', '3', '--agents', '2', '--aht', '3m', '--floor', '10m', '--cap', '5m'], '--cap');
  });
  test('staff --concurrency 1e16 names --concurrency', async () => {
    await userError(['staff', '--calls', '100', '--aht', '3m', '--concurrency', '1e16'], '--concurrency');
  });
  test('plan day.csv --interval 1h on 30-minute rows names --interval', async () => {
    await userError(['plan', day, '--interval', '1h'], '--interval');
  });
  test('a header cell with a line break gives a one-line error', async () => {
    const nl = file('nl.csv', '"st\nart",calls,aht\n08:00,100,180\n');
    await userError(['plan', nl], 'st\\nart');
  });
  test('wait --ahead 1e16 names --ahead (was a hang)', async () => {
    await userError(['wait', '--ahead', '1e16', '--agents', '2', '--aht', '3m'], '--ahead');
  });
  test('analyze --rate 1e308 --aht 1e308 --agents 3 --patience 1s is refused at once (was a hang)', async () => {
    await userError(['analyze', '--rate', '1e308', '--aht', '1e308', '--agents', '3', '--patience', '1s'], '--aht');
  });
  test('plan --simulate on a row of 1e7 calls is refused like simulate --budget (was unbounded)', async () => {
    const huge = file('huge.csv', 'start,calls,aht\n08:00,10000000,180\n');
    await userError(['plan', huge, '--interval', '30m', '--simulate'], '--simulate');
  });
});

describe('queuecast judgement calls (documented in the README)', () => {
  test('a value flag given twice is refused (was: the last one wins)', async () => {
    await userError(['analyze', '--calls', '100', '--calls', '200', '--aht', '3m', '--agents', '10'], '--calls');
    const r = await runInProcess(['analyze', '--calls', '100', '--aht', '3m', '--agents', '40', '--json', '--json']);
    expect(r.code).toBe(0);
  });
  test('5m5m is refused (was 10m): each unit once, largest first', async () => {
    await userError(['analyze', '--calls', '100', '--aht', '5m5m', '--agents', '10'], '--aht');
    await userError(['analyze', '--calls', '100', '--aht', '30s1m', '--agents', '10'], '--aht');
    const r = await runInProcess(['analyze', '--calls', '100', '--aht', '1m30s', '--agents', '10', '--json']);
    expect(JSON.parse(r.stdout).demand.handleTime).toBe(90);
  });
  test('2024-02-30 is refused (was 1 March), in both date parsers', async () => {
    const feb = file('feb.csv', 'start,calls,aht\n2024-02-30 08:00,100,180\n2024-02-30 08:30,100,180\n');
    await userError(['plan', feb], 'feb.csv:2:1');
    const iso = file('feb-iso.csv', 'start,calls,aht\n2024-02-30T08:00:00Z,100,180\n2024-02-30T08:30:00Z,100,180\n');
    await userError(['plan', iso], 'feb-iso.csv:2:1');
    const leap = file('leap.csv', 'start,calls,aht\n2024-02-29 08:00,100,180\n2024-02-29 08:30,100,180\n');
    expect((await runInProcess(['plan', leap])).code).toBe(0);
  });
  test('a zone offset of +99:99 is refused; +05:30 is read', async () => {
    const zone = file('zone.csv', 'start,calls,aht\n2024-02-03T08:00+99:99,100,180\n2024-02-03T08:30+99:99,100,180\n');
    await userError(['plan', zone], 'zone.csv:2:1');
    const india = file('india.csv', 'start,calls,aht\n2024-02-03T08:00+05:30,100,180\n2024-02-03T08:30+05:30,100,180\n');
    expect((await runInProcess(['plan', india])).code).toBe(0);
  });
  test('plan --replications abc (or --seed) without --simulate is refused (was ignored)', async () => {
    await userError(['plan', day, '--replications', 'abc'], '--replications');
    await userError(['plan', day, '--seed', '3'], '--seed');
  });
});

describe('queuecast output (regressions)', () => {
  test('a chart of a forecast starting at 1e12 s or spanning 250 years has a bounded axis', async () => {
    const big = file('big.csv', 'start,calls,aht\n1000000000000,100,180\n');
    const svg = join(dir, 'big.svg');
    expect((await runInProcess(['plan', big, '--interval', '30m', '--chart', svg])).code).toBe(0);
    const span = file('span.csv', 'start,calls,aht\n0,100,180\n8000000000000,100,180\n');
    const svg2 = join(dir, 'span.svg');
    expect((await runInProcess(['plan', span, '--interval', '30m', '--chart', svg2])).code).toBe(0);
    expect(readFileSync(svg2, 'utf8').length).toBeLessThan(20_000);
    await userError(['plan', file('far.csv', 'start,calls,aht\n1e15,100,180\n'), '--interval', '30m'], 'far.csv:2:1');
  });
  test('a forecast of more than 200,000 intervals is refused naming the line', async () => {
    const rows = Array.from({ length: 200_001 }, (_, i) => `${i * 60},1,180`).join('\n');
    await userError(['plan', file('many.csv', `start,calls,aht\n${rows}\n`), '--interval', '1m'], 'many.csv:200002');
  });
  test('plan and demo --json leave service level and ASA out of email rows (were null and 1)', async () => {
    const mixed = file(
      'mixed.csv',
      'start,channel,calls,aht\n08:00,voice,100,180\n08:00,email,10,900\n08:30,voice,100,180\n08:30,email,10,900\n',
    );
    const r = await runInProcess(['plan', mixed, '--json', '--email-response', '4h']);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout).intervals as Record<string, unknown>[];
    const email = rows.filter((x) => x.channel === 'email');
    expect(email.length).toBe(2);
    for (const row of email) expect('asa' in row || 'serviceLevel' in row).toBe(false);
    expect(rows.filter((x) => x.channel === 'voice').every((x) => typeof x.asa === 'number')).toBe(true);
  });
  test("plan --chart's title is the file's name (not its path), or --title", async () => {
    const svg = join(dir, 'titled.svg');
    await runInProcess(['plan', day, '--chart', svg]);
    const text = readFileSync(svg, 'utf8');
    expect(text).toContain('<title id="title">Staffing plan: day.csv');
    expect(text).not.toContain(dir);
    await runInProcess(['plan', day, '--chart', svg, '--title', 'Monday <draft>']);
    expect(readFileSync(svg, 'utf8')).toContain('<title id="title">Monday &lt;draft&gt;</title>');
  });
});

describe('atomic output writes through symbolic links and refuses special files', () => {
  test('--chart through a symbolic link replaces the target and keeps the link', async () => {
    const target = file('target.svg', 'old');
    const link = join(dir, 'link.svg');
    symlinkSync(target, link);
    expect((await runInProcess(['plan', day, '--chart', link])).code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(target);
    expect(readFileSync(target, 'utf8')).toContain('<svg');
  });
  test('--csv through a dangling link creates its target', async () => {
    const link = join(dir, 'dangling.csv');
    symlinkSync(join(dir, 'created.csv'), link);
    expect((await runInProcess(['plan', day, '--csv', link])).code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'created.csv'), 'utf8')).toContain('start,channel');
  });
  test('--chart onto a FIFO, a directory or /dev/null is refused with exit 2, leaving it alone', async () => {
    const fifo = join(dir, 'pipe.svg');
    execFileSync('mkfifo', [fifo]);
    await userError(['plan', day, '--chart', fifo], 'not a regular file');
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    await userError(['plan', day, '--chart', dir], 'not a regular file');
    await userError(['plan', day, '--csv', '/dev/null'], 'not a regular file');
    expect(lstatSync('/dev/null').isCharacterDevice()).toBe(true);
  });
});

test('demo --json leaves service level and ASA out of email rows', async () => {
  const r = await runInProcess(['demo', '--json', '--forecast', 'examples/forecast-day.csv', '--chart', join(dir, 'demo.svg')]);
  expect(r.code).toBe(0);
  expect(r.stdout).not.toContain('"asa": null');
  const rows = JSON.parse(r.stdout).intervals as Record<string, unknown>[];
  for (const row of rows.filter((x) => x.channel === 'email')) expect('serviceLevel' in row).toBe(false);
});
