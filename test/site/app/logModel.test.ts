import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { analyzeLog, commandLines, readLog } from '../../../site/app/logModel.js';
import { ensureCliBuilt } from '../../cli/buildCli.js';
import { runCli } from '../../cli/runCli.js';

const EXAMPLE = 'examples/bank-calls-1999-02-01.csv';
let dir: string;

beforeAll(async () => {
  await ensureCliBuilt();
  dir = mkdtempSync(join(tmpdir(), 'queuecast-site-log-'));
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the log page (site/app/logModel.ts)', () => {
  test.each([
    { interval: 3600, serviceLevel: 0.8, answerTime: 20, shrinkage: 0 },
    { interval: 1800, serviceLevel: 0.9, answerTime: 30, shrinkage: 0.3 },
  ])('history.csv, forecast.csv and plan.csv equal, byte for byte, the files of the command lines it shows (%o)', (settings) => {
    const page = analyzeLog(readLog(readFileSync(EXAMPLE, 'utf8')), settings);
    // the command lines the page prints, run in a scratch folder on the example log
    for (const line of commandLines(join(process.cwd(), EXAMPLE), settings, page.availability)) {
      const r = runCli(line.split(' ').slice(1), { cwd: dir });
      expect(r.code, `${line}: ${r.stderr}`).toBe(0);
    }
    for (const name of ['history', 'forecast', 'plan'] as const) {
      expect(page.csv[name], name).toBe(readFileSync(join(dir, `${name}.csv`), 'utf8'));
    }
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
