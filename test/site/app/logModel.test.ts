import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { analyzeLog, commandLines, type LogAnalysis, type LogSettings, type NextWeek, readLog } from '../../../site/app/logModel.js';
import { ensureCliBuilt } from '../../cli/buildCli.js';
import { runCli } from '../../cli/runCli.js';
import { logWithAnOutage } from '../logWithAnOutage.js';

const EXAMPLE = 'examples/bank-calls-1999-02-01.csv';
/** The bank's two weeks as published (the SEE lab's log, gzip), beside the checkout when present. */
const BANK = join(process.cwd(), '../shared/data/anonymous-bank-1999-02-01-to-14.tsv.gz');
let dir: string;

beforeAll(async () => {
  await ensureCliBuilt();
  dir = mkdtempSync(join(tmpdir(), 'queuecast-site-log-'));
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the log page (site/app/logModel.ts)', () => {
  /**
   * Runs the command lines the page prints in a scratch folder and compares every CSV with the
   * page's; where a command fails, the page stops there too, with the message the command prints.
   */
  function pageAndCli(file: string, text: string, settings: LogSettings): LogAnalysis {
    const page = analyzeLog(readLog(text), settings);
    const lines = commandLines(file, settings, page.availability);
    expect(lines.map((line) => line.split(' ')[1])).toEqual(['history', 'forecast', 'plan']);
    const names = ['history', 'forecast', 'plan'] as const;
    for (const [k, line] of lines.entries()) {
      rmSync(join(dir, `${names[k]}.csv`), { force: true });
      const r = runCli(line.split(' ').slice(1), { cwd: dir });
      if (k > 0 && 'error' in page.next) {
        if (r.code === 0) continue;
        expect(r.stderr, line).toContain(page.next.error);
        return page;
      }
      expect(r.code, `${line}: ${r.stderr}`).toBe(0);
      const csv = k === 0 ? page.csv.history : (page.next as NextWeek).csv[k === 1 ? 'forecast' : 'plan'];
      expect(csv, names[k]).toBe(readFileSync(join(dir, `${names[k]}.csv`), 'utf8'));
    }
    expect(page.next, 'the page stops while the command line goes on').not.toHaveProperty('error');
    return page;
  }

  /** {@link pageAndCli} where the whole path goes through: next week's forecast and plan. */
  function expectSameFiles(file: string, text: string, settings: LogSettings): NextWeek {
    const { next } = pageAndCli(file, text, settings);
    if ('error' in next) throw new Error(next.error);
    return next;
  }

  test.each([
    { interval: 3600, serviceLevel: 0.8, answerTime: 20, shrinkage: 0 },
    { interval: 1800, serviceLevel: 0.9, answerTime: 30, shrinkage: 0.3 },
  ])('history.csv, forecast.csv and plan.csv equal, byte for byte, the files of the command lines it shows (%o)', (settings) => {
    expectSameFiles(join(process.cwd(), EXAMPLE), readFileSync(EXAMPLE, 'utf8'), settings);
  });

  test.skipIf(!existsSync(BANK))(
    "the same on the bank's two weeks, the README's planner's path (30-minute intervals, 80/20, 30% shrinkage)",
    () => {
      const next = expectSameFiles(BANK, gunzipSync(readFileSync(BANK)).toString('utf8'), {
        interval: 1800,
        serviceLevel: 0.8,
        answerTime: 20,
        shrinkage: 0.3,
      });
      // the unusual days the page lists are those `queuecast forecast --json` reports
      const r = runCli(['forecast', 'history.csv', '--weeks', '1', '--json'], { cwd: dir });
      const cli = JSON.parse(r.stdout) as { method: string; anomalies: unknown[] };
      expect([next.forecast.method, next.forecast.anomalies]).toEqual([cli.method, cli.anomalies]);
    },
    120_000,
  );

  test('the unusual days the page lists are those `queuecast forecast` reports (a day at a fifth of its calls)', () => {
    const file = join(dir, 'outage.csv');
    writeFileSync(file, logWithAnOutage());
    const next = expectSameFiles(file, logWithAnOutage(), { interval: 3600, serviceLevel: 0.8, answerTime: 20, shrinkage: 0 });
    const r = runCli(['forecast', 'history.csv', '--weeks', '1', '--json'], { cwd: dir });
    const cli = JSON.parse(r.stdout) as { method: string; anomalies: { day: number }[] };
    expect(cli.anomalies.map((a) => new Date(a.day * 1000).toISOString().slice(0, 10))).toEqual(['2024-01-24']);
    expect([next.forecast.method, next.forecast.anomalies]).toEqual([cli.method, cli.anomalies]);
  });

  test('a log without dates: the page goes as far as the command line goes (same files, or the same message where it stops)', () => {
    const file = join(dir, 'times-only.csv');
    const text = 'offered_at,answered_at,ended_at\n08:00:00,08:00:05,08:02:00\n08:40:00,08:40:30,08:44:00\n09:10:00,09:10:05,09:12:00\n';
    writeFileSync(file, text);
    const page = pageAndCli(file, text, { interval: 3600, serviceLevel: 0.8, answerTime: 20, shrinkage: 0 });
    expect(page.intervals.map((i) => i.offered)).toEqual([2, 1]);
  });

  test('the totals the page shows are those of `queuecast history --json`', () => {
    const page = analyzeLog(readLog(readFileSync(EXAMPLE, 'utf8')), { interval: 3600, serviceLevel: 0.8, answerTime: 20, shrinkage: 0 });
    const r = runCli(['history', EXAMPLE, '--json']);
    const cli = JSON.parse(r.stdout) as { calls: number; format: string; intervals: { offered: number; abandoned: number }[] };
    expect([page.log.calls.length, page.log.format, page.intervals.length]).toEqual([cli.calls, cli.format, cli.intervals.length]);
    expect(page.intervals.map((i) => [i.offered, i.abandoned])).toEqual(cli.intervals.map((i) => [i.offered, i.abandoned]));
  });

  test('readLog refuses a file with no call in it, saying why', () => {
    expect(() => readLog('hello,world\n1,2\n')).toThrow(/no calls read|offered-at column/);
  });
});
