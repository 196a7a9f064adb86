import { beforeAll, describe, expect, test } from 'vitest';
import { ensureCliBuilt } from './buildCli.js';
import { isOneLineUserError, runCli } from './runCli.js';

const EXCERPT = 'examples/bank-calls-1999-02-01.csv';

beforeAll(async () => {
  await ensureCliBuilt();
}, 120_000);

describe('queuecast replay', () => {
  test('prints every method with RMSE, bias and coverage, then RMSE by callers ahead and by hour, on the bank excerpt', () => {
    const r = runCli(['replay', EXCERPT]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('replay of examples/bank-calls-1999-02-01.csv: 1463 calls (csv); 681 waited and were answered');
    for (const m of ['auto', 'model', 'les', 'hol', 'history', 'asterisk', 'genesys'])
      expect(r.stdout).toMatch(new RegExp(`^${m} +681 +\\d+\\.\\d`, 'm'));
    expect(r.stdout).toMatch(/^callers ahead +callers +auto RMSE/m);
    expect(r.stdout).toMatch(/^08:00 +41 /m);
  });

  test('--json carries the overall figures and both splits', () => {
    const r = runCli(['replay', EXCERPT, '--quantile', '90%', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.quantile).toBe(0.9);
    expect(json.calls.waitedAnswered).toBe(681);
    expect(json.overall.auto.count).toBe(681);
    expect(json.byQueueLength.reduce((s: number, g: { figures: { auto: { count: number } } }) => s + g.figures.auto.count, 0)).toBe(681);
    expect(json.byHour.length).toBeGreaterThan(10);
  });

  test('user errors: a missing file, a bad quantile, no calls — one line, exit 2', () => {
    for (const args of [
      ['replay'],
      ['replay', 'no-such-file.csv'],
      ['replay', EXCERPT, '--quantile', '1.5'],
      ['replay', EXCERPT, '--agent-window', '-3m'],
    ]) {
      const r = runCli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(isOneLineUserError(r), r.stderr).toBe(true);
    }
  });
});
