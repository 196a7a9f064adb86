import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { isOneLineUserError, runCli } from './runCli.js';
import { cliTempDir } from './tempFiles.js';

const { file, path } = cliTempDir('queuecast-days-');

/** Six weeks of half hours 08:00–20:00 from Monday 2024-04-01, closed Sundays; 2024-04-24 at a tenth of its volume. */
function historyCsv(): string {
  const lines = ['start,calls'];
  for (let d = 0; d < 42; d++) {
    const date = new Date(Date.UTC(2024, 3, 1 + d));
    if (date.getUTCDay() === 0) continue;
    const scale = d === 23 ? 0.1 : 1;
    for (let k = 16; k < 40; k++) {
      const t = new Date(date.getTime() + k * 1_800_000).toISOString().slice(0, 16).replace('T', ' ');
      lines.push(`${t},${Math.round((40 + 30 * Math.sin((Math.PI * (k - 16)) / 24) + ((d * 7 + k) % 5) - 2) * scale)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

describe('queuecast forecast: unusual days, calendar, the rest of today', () => {
  test('lists the unusual day it kept out of fitting, in text and JSON', () => {
    const history = file('h.csv', historyCsv());
    const r = runCli(['forecast', history, '--days', '2']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/unusual days in the history/);
    expect(r.stdout).toMatch(/2024-04-24 +\d+ +\d+ +\d+(\.\d)?%/);
    const json = JSON.parse(runCli(['forecast', history, '--days', '2', '--json']).stdout);
    expect(json.anomalies.map((a: { day: number }) => new Date(a.day * 1000).toISOString().slice(0, 10))).toEqual(['2024-04-24']);
  });

  test('a calendar labels known days: the labelled day is not reported as unusual', () => {
    const history = file('h2.csv', historyCsv());
    const calendar = file('calendar.csv', 'date,label,multiplier\n2024-04-24,holiday\n2024-05-15,holiday\n2024-05-16,strike,0.5\n');
    const r = runCli(['forecast', history, '--days', '7', '--calendar', calendar, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.anomalies).toEqual([]);
    const day = (date: string): number =>
      json.rows
        .filter((row: { start: number }) => new Date(row.start * 1000).toISOString().startsWith(date))
        .reduce((s: number, row: { calls: number }) => s + row.calls, 0);
    expect(day('2024-05-15') / day('2024-05-14')).toBeLessThan(0.2);
    const bad = runCli(['forecast', history, '--calendar', file('bad.csv', 'date,label\n2024-13-45,holiday\n')]);
    expect(isOneLineUserError(bad), bad.stderr).toBe(true);
    expect(bad.stderr).toMatch(/bad\.csv:2:1/);
  });

  test('--today re-forecasts the rest of today from its counts so far, with bounds', () => {
    const history = file('h3.csv', historyCsv());
    // Monday 2024-05-13 (the day after the history), 08:00–12:00 at twice the usual volume
    const morning = ['start,calls'];
    for (let k = 16; k < 24; k++)
      morning.push(
        `2024-05-13 ${String(Math.floor(k / 2)).padStart(2, '0')}:${k % 2 === 0 ? '00' : '30'},${2 * Math.round(40 + 30 * Math.sin((Math.PI * (k - 16)) / 24))}`,
      );
    const today = file('today.csv', `${morning.join('\n')}\n`);
    const rest = path('rest.csv');
    const r = runCli(['forecast', history, '--today', today, '--csv', rest]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/rest of today from .*today\.csv: \d[\d,]* calls so far/);
    const lines = readFileSync(rest, 'utf8').trim().split('\n');
    expect(lines[0]).toBe('start,end,calls,lower,upper');
    expect(lines[1]).toMatch(/^2024-05-13 12:00,2024-05-13 12:30,/);
    expect(lines.length - 1).toBe(16);
    const json = JSON.parse(runCli(['forecast', history, '--today', today, '--json']).stdout);
    expect(json.factor).toBeGreaterThan(1.5);
    // the same morning on a day labelled a holiday (seen at a tenth of its volume): it runs like an ordinary day
    const calendar = file('today-calendar.csv', 'date,label\n2024-04-24,holiday\n2024-05-13,holiday\n');
    const labelled = runCli(['forecast', history, '--today', today, '--calendar', calendar]);
    expect(labelled.code, labelled.stderr).toBe(0);
    expect(labelled.stdout).toMatch(/a calendar day: its calls so far follow its label with probability 0%, an ordinary day's 100%/);
    const labelledJson = JSON.parse(runCli(['forecast', history, '--today', today, '--calendar', calendar, '--json']).stdout);
    expect(labelledJson.label).toBeLessThan(0.01);
    expect(labelledJson.rows[0].calls / json.rows[0].calls).toBeGreaterThan(0.8);
    expect(labelledJson.rows[0].calls / json.rows[0].calls).toBeLessThan(1.25);
    expect(json.label).toBeUndefined();
    const wrongDay = runCli(['forecast', history, '--today', file('old.csv', 'start,calls\n2024-04-02 08:00,10\n')]);
    expect(isOneLineUserError(wrongDay), wrongDay.stderr).toBe(true);
    expect(wrongDay.stderr).toMatch(
      /old\.csv:2:1 \(column "start"\): expected a time on one of the days the forecast covers, got "2024-04-02 08:00"/,
    );
    // counts of the history's own last day (exported at noon): what to give instead
    const lastDay = runCli(['forecast', history, '--today', file('last.csv', 'start,calls\n2024-05-11 08:00,10\n')]);
    expect(isOneLineUserError(lastDay), lastDay.stderr).toBe(true);
    expect(lastDay.stderr).toMatch(
      /--today .*last\.csv: counts of 2024-05-11, the history's last day; .* give the history up to that day's midnight/,
    );
    // counts on quarter hours of a half-hourly forecast were dropped without a word (their calls against 0 forecast)
    const offGrid = runCli(['forecast', history, '--today', file('quarter.csv', 'start,calls\n2024-05-13 08:15,40\n')]);
    expect(isOneLineUserError(offGrid), offGrid.stderr).toBe(true);
    expect(offGrid.stderr).toMatch(
      /quarter\.csv:2:1 \(column "start"\): expected the start of one of the forecast's intervals .*, got "2024-05-13 08:15"/,
    );
  });
});

describe('queuecast forecast: a history under a week', () => {
  test('says which days forecast fall on weekdays it never saw (read as closed: no rows), on stderr', () => {
    // Monday 2024-04-01 to Wednesday 2024-04-03, 08:00–12:00
    const lines = ['start,calls'];
    for (let d = 1; d <= 3; d++) for (let h = 8; h < 12; h++) lines.push(`2024-04-0${d} ${String(h).padStart(2, '0')}:00,${20 + h}`);
    const history = file('three-days.csv', `${lines.join('\n')}\n`);
    const r = runCli(['forecast', history, '--weeks', '1', '--csv', '-']);
    expect(r.code, r.stderr).toBe(0);
    // the rows are next week's Monday to Wednesday: Thursday to Sunday were left out without a word
    expect(r.stdout.split('\n')[1]).toMatch(/^2024-04-08 08:00,/);
    expect(r.stderr).toBe(
      'note: no rows for 2024-04-04 (Thursday), 2024-04-05 (Friday), 2024-04-06 (Saturday), 2024-04-07 (Sunday): a history of 3 days has no day of those weekdays, read as closed; a week of history forecasts every weekday\n',
    );
    expect(runCli(['forecast', file('weeks.csv', historyCsv()), '--csv', '-']).stderr).toBe('');
  });

  test('without a backtest, names the method used (said "the pooled profile" whatever the method)', () => {
    const lines = ['start,calls'];
    for (let d = 1; d <= 7; d++) for (let h = 8; h < 12; h++) lines.push(`2024-04-0${d} ${String(h).padStart(2, '0')}:00,${20 + h + d}`);
    const r = runCli(['forecast', file('one-week.csv', `${lines.join('\n')}\n`), '--method', 'day-type']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^history too short for a backtest: day-type\([^)]*\) is used$/m);
  });
});

describe('queuecast forecast: only closed days ahead', () => {
  test('says so, names the backtest’s best, and plan refuses the empty forecast for having no rows (was "no aht column")', () => {
    // three weeks of Monday to Thursday, 08:00–18:00, ending on a Thursday: Friday was never open
    const lines = ['start,calls'];
    for (let d = 0; d < 25; d++) {
      const date = new Date(Date.UTC(2024, 3, 1 + d));
      if (date.getUTCDay() === 5 || date.getUTCDay() === 6 || date.getUTCDay() === 0) continue;
      for (let h = 8; h < 18; h++) lines.push(`${date.toISOString().slice(0, 10)} ${String(h).padStart(2, '0')}:00,${20 + h}`);
    }
    const forecast = path('friday.csv');
    const r = runCli(['forecast', file('mon-thu.csv', `${lines.join('\n')}\n`), '--days', '1', '--csv', forecast]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('note: no rows: every day forecast falls on a weekday the history never saw open (read as closed)\n');
    const best = /best first\):\n.*\n─[─ ]*\n(\S+)/.exec(r.stdout)?.[1];
    expect(r.stdout).toContain(`method ${best}\n`);
    const plan = runCli(['plan', forecast]);
    expect(isOneLineUserError(plan), plan.stderr).toBe(true);
    expect(plan.stderr).toMatch(/friday\.csv: no intervals after the header on line 1/);
  });
});
