import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { analyzeLog, commandLines, type LogAnalysis, type LogSettings, readLog } from '../../../site/app/logModel.js';
import { ensureCliBuilt } from '../../cli/buildCli.js';
import { runCli } from '../../cli/runCli.js';

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
  /** Runs the command lines the page prints in a scratch folder and compares every CSV with the page's. */
  function expectSameFiles(file: string, text: string, settings: LogSettings): LogAnalysis {
    const page = analyzeLog(readLog(text), settings);
    const lines = commandLines(file, settings, page.availability);
    expect(lines.map((line) => line.split(' ')[1])).toEqual(['history', 'forecast', 'plan']);
    for (const line of lines) {
      const r = runCli(line.split(' ').slice(1), { cwd: dir });
      expect(r.code, `${line}: ${r.stderr}`).toBe(0);
    }
    for (const name of ['history', 'forecast', 'plan'] as const) {
      expect(page.csv[name], name).toBe(readFileSync(join(dir, `${name}.csv`), 'utf8'));
    }
    return page;
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
      const page = expectSameFiles(BANK, gunzipSync(readFileSync(BANK)).toString('utf8'), {
        interval: 1800,
        serviceLevel: 0.8,
        answerTime: 20,
        shrinkage: 0.3,
      });
      // the unusual days the page lists are those `queuecast forecast --json` reports
      const r = runCli(['forecast', 'history.csv', '--weeks', '1', '--json'], { cwd: dir });
      const cli = JSON.parse(r.stdout) as { method: string; anomalies: unknown[] };
      expect([page.forecast.method, page.forecast.anomalies]).toEqual([cli.method, cli.anomalies]);
    },
    120_000,
  );

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
