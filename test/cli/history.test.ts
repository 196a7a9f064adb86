import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { erlangCFitText } from '../../src/cli/output/historyOutput.js';
import type { Calibration } from '../../src/index.js';
import { ensureCliBuilt } from './buildCli.js';
import { isOneLineUserError, runCli } from './runCli.js';

const EXCERPT = 'examples/bank-calls-1999-02-01.csv';
let dir: string;

beforeAll(async () => {
  await ensureCliBuilt();
  dir = mkdtempSync(join(tmpdir(), 'queuecast-history-'));
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('queuecast history', () => {
  test('prints the intervals, the availability and a verdict for each model on the bank excerpt', () => {
    const r = runCli(['history', EXCERPT]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('history of examples/bank-calls-1999-02-01.csv: 1463 calls (csv), 60-minute intervals');
    expect(r.stdout).toMatch(/^1999-02-01 08:00 +129 +121 +6\.2%/m);
    expect(r.stdout).toMatch(/availability \(answering ÷ staffed agents.*\): \d+\.\d% \[95% CI/);
    expect(r.stdout).toMatch(/^Erlang A (fits|does not fit)/m);
    expect(r.stdout).toMatch(/^Erlang C does not fit: .*predicts no abandonment/m);
  });

  test('Erlang C’s own best fit above 100% is not called an availability; at 100% or less it is', () => {
    const r = runCli(['history', EXCERPT, '--interval', '30m']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(
      /^Erlang C fitted to the mean wait needs 1\d\d\.\d% of the staffed agents answering, more than were staffed, so not an availability: .*callers hanging up .* It does not fit\.$/m,
    );
    expect(r.stdout).not.toMatch(/own best availability \(1\d\d/);
    const textOf = (erlangCAvailability: number, fits: boolean): string =>
      erlangCFitText({ erlangCAvailability, erlangCCalibrated: { fits } } as unknown as Calibration);
    expect(textOf(0.962, false)).toBe('Erlang C with its own best availability (96.2%, fitted to the mean wait): does not fit.\n');
    expect(textOf(10, false)).toMatch(
      /^Erlang C fitted to the mean wait stops at its bound, 1,?000\.0% of the staffed agents answering: .* It does not fit\.\n$/,
    );
    expect(textOf(1.2, true)).toMatch(/more than were staffed, so not an availability: .* It fits\.\n$/);
  });

  test('--json carries the history, the calibration and the reader’s tallies', () => {
    const r = runCli(['history', EXCERPT, '--interval', '30m', '--by', 'priority', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.calls).toBe(1463);
    expect(json.skipped).toEqual({});
    expect(json.interval).toBe(1800);
    expect(json.intervals.reduce((s: number, row: { offered: number }) => s + row.offered, 0)).toBe(1463);
    expect(new Set(json.groups.map((g: { priority: number }) => g.priority))).toEqual(new Set([0, 1]));
    expect(json.calibration.availability).toBeGreaterThan(0);
    expect(typeof json.calibration.erlangA.verdict).toBe('string');
  });

  test('--forecast writes a forecast that queuecast plan reads, and plan --availability schedules for it', () => {
    const forecast = join(dir, 'forecast.csv');
    const r = runCli(['history', EXCERPT, '--pool', 'day', '--forecast', forecast, '--csv', join(dir, 'history.csv')]);
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(forecast, 'utf8')).toMatch(/^start,length,calls,aht,patience\n06:00,3600,1,/);
    const full = runCli(['plan', forecast, '--json']);
    const lean = runCli(['plan', forecast, '--availability', '64%', '--json']);
    expect(full.code, full.stderr).toBe(0);
    expect(lean.code, lean.stderr).toBe(0);
    const a = JSON.parse(full.stdout);
    const b = JSON.parse(lean.stdout);
    expect(b.availability).toBe(0.64);
    a.intervals.forEach((row: { required: number; scheduled: number }, i: number) => {
      expect(b.intervals[i].required).toBe(row.required);
      expect(b.intervals[i].scheduled).toBe(Math.ceil(row.required / 0.64 - 1e-9));
    });
  });

  test('--staffed fits the availability to the agents staffed, matched by start, and names a missing interval', () => {
    const seen = JSON.parse(runCli(['history', EXCERPT, '--pool', 'day', '--json']).stdout);
    const doubled = join(dir, 'staffed.csv');
    const rows = seen.intervals.filter((r: { offered: number }) => r.offered > 0);
    const clock = (s: number) => new Date(s * 1000).toISOString().slice(11, 16);
    writeFileSync(
      doubled,
      `start,staffed\n${rows.map((r: { start: number; agentsSeen: number }) => `${clock(r.start)},${2 * r.agentsSeen}`).join('\n')}\n`,
    );
    const r = runCli(['history', EXCERPT, '--pool', 'day', '--staffed', doubled, '--json']);
    expect(r.code, r.stderr).toBe(0);
    // Twice the agents staffed: half the availability, the same answering agents.
    expect(JSON.parse(r.stdout).calibration.availability).toBeCloseTo(seen.calibration.availability / 2, 4);
    writeFileSync(doubled, 'start,staffed\n07:00,6\n');
    const missing = runCli(['history', EXCERPT, '--pool', 'day', '--staffed', doubled]);
    expect(isOneLineUserError(missing), missing.stderr).toBe(true);
    expect(missing.stderr).toContain('no staffed agents for the interval starting 06:00');
  });

  test('reads an Asterisk queue_log', () => {
    const log = join(dir, 'queue_log');
    writeFileSync(
      log,
      '1700000000|1.1|sales|NONE|ENTERQUEUE||555|1\n1700000030|1.1|sales|PJSIP/7|CONNECT|30|1.2|4\n1700000100|1.1|sales|PJSIP/7|COMPLETECALLER|30|70|1\n1700000040|2.1|sales|NONE|ENTERQUEUE||556|1\n1700000045|2.1|sales|NONE|ABANDON|1|1|5\n',
    );
    const r = runCli(['history', log, '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ format: 'queue_log', calls: 2 });
  });

  test('counts skipped rows on stderr, and --strict stops at the first with file:line:column', () => {
    const bad = join(dir, 'bad.csv');
    writeFileSync(
      bad,
      'offered_at,answered_at,ended_at,agent\n2026-12-03 08:00:00,2026-12-03 08:00:10,2026-12-03 08:03:00,A\n2026-12-03 08:01:00,soon,,B\n',
    );
    const lenient = runCli(['history', bad]);
    expect(lenient.code, lenient.stderr).toBe(0);
    expect(lenient.stderr).toContain('1 rows skipped (1 bad answeredAt)');
    const strict = runCli(['history', bad, '--strict']);
    expect(isOneLineUserError(strict), strict.stderr).toBe(true);
    expect(strict.stderr).toContain(`${bad}:3:2: answered_at must be a date-time`);
  });

  test('names the flag on a bad value', () => {
    for (const args of [
      ['--interval', '7m', '--pool', 'day'],
      ['--pool', 'month'],
      ['--by', 'agent'],
      ['--bands', '12,7'],
      ['--forecast', join(dir, 'f.csv')],
    ]) {
      const r = runCli(['history', EXCERPT, ...args]);
      expect(isOneLineUserError(r), `${args.join(' ')}: ${r.stderr}`).toBe(true);
      expect(r.stderr).toContain(args[0] as string);
    }
  });
});
