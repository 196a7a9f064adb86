import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { estimateWait } from '../../src/index.js';
import { ensureCliBuilt } from './buildCli.js';
import { isOneLineUserError, runCli } from './runCli.js';

let dir: string;
beforeAll(async () => {
  await ensureCliBuilt();
  dir = mkdtempSync(join(tmpdir(), 'queuecast-demo-test-'));
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('queuecast wait', () => {
  test('prints the mean, the percentiles and the chance of an answer', () => {
    const r = runCli(['wait', '--ahead', '7', '--agents', '20', '--aht', '4m', '--patience', '3m', '--locale', 'hi']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('caller with 7 ahead · 20 agents · AHT 4m · patience 3m');
    for (const p of ['50%', '80%', '90%', '95%']) expect(r.stdout).toContain(`${p} answered within`);
    expect(r.stdout).toMatch(/answered if it holds\s+\d+\.\d%/);
    expect(r.stdout).toMatch(/^ {2}\[hi\] .*मिनट/m);
  });

  test('announces in every --locale; --json carries text, kind and seconds as announce() gives them', () => {
    const r = runCli(['wait', '--ahead', '4', '--agents', '10', '--aht', '3m', '--locale', 'en,es', '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { announcements: { locale: string; text: string; kind: string; seconds: number }[] };
    expect(out.announcements).toEqual([
      { locale: 'en', text: 'Your wait is about 3 minutes.', kind: 'about', seconds: 180 },
      { locale: 'es', text: 'Su espera es de unos 3 minutos.', kind: 'about', seconds: 180 },
    ]);
    const ssml = runCli(['wait', '--ahead', '4', '--agents', '10', '--aht', '3m', '--ssml']);
    expect(ssml.stdout).toContain('<speak');
  });

  test('--json matches the library estimateWait() for the same caller', () => {
    const r = runCli(['wait', '--ahead', '7', '--agents', '20', '--aht', '240', '--patience', '3m', '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { estimate: Record<string, number> };
    const e = estimateWait({ ahead: 7, agents: 20, handleTime: 240, patience: 180 });
    expect(out.estimate.mean).toBe(e.mean);
    expect(out.estimate.p90).toBe(e.quantile(0.9));
    expect(out.estimate.probAnswered).toBe(e.probAnswered);
  });

  test.each([
    [['wait', '--agents', '20', '--aht', '4m'], '--ahead'],
    [['wait', '--ahead', '-1', '--agents', '20', '--aht', '4m'], '--ahead'],
    [['wait', '--ahead', '3', '--agents', '2', '--aht', '4m', '--free-agents', '3'], '--free-agents'],
    [['wait', '--ahead', '3', '--agents', '2', '--aht', '4m', '--locale', 'not a locale!'], '--locale'],
    [['wait', '--ahead', '3', '--agents', '2', '--aht', '4m', '--statistic', '100%'], '--statistic'],
  ])('%j: exit 2 naming %s', (args, flag) => {
    const r = runCli(args);
    expect(isOneLineUserError(r), r.stderr).toBe(true);
    expect(r.stderr).toContain(flag);
  });
});

describe('queuecast demo', () => {
  test("runs the planner's day: plan table, totals, chart, callers at the peak", () => {
    const chart = join(dir, 'demo.svg');
    const r = runCli(['demo', '--chart', chart]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.split('\n').filter((l) => /^\d\d:\d\d\s+(voice|chat|email)\s/.test(l))).toHaveLength(120);
    expect(r.stdout).toMatch(/^peak\s+\d+ scheduled/m);
    expect(r.stdout).toContain(`3. The chart: ${chart}`);
    expect(r.stdout).toMatch(/4\. Callers at the \d\d:\d\d peak/);
    expect(r.stdout).toContain('[en] Your wait is');
    expect(r.stdout).toMatch(/\[ar\] .*انتظارك/);
    expect(readFileSync(chart, 'utf8')).toContain('<g id="required">');
  });

  test('--json carries the plan, the chart path and the callers', () => {
    const chart = join(dir, 'demo2.svg');
    const r = runCli(['demo', '--chart', chart, '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { intervals: unknown[]; chart: string; callers: { ahead: number }[] };
    expect(out.intervals).toHaveLength(120);
    expect(out.chart).toBe(chart);
    expect(out.callers.map((c) => c.ahead)).toEqual([0, 10, 40, 120]);
    expect(existsSync(chart)).toBe(true);
  });

  test('npm start runs the demo from another directory too (the example ships beside dist/)', () => {
    const r = runCli(['demo', '--chart', join(dir, 'elsewhere.svg')], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('forecast-day.csv, 120 intervals (voice, chat, email)');
  });
});
