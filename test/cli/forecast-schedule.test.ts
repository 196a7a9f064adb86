import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { isOneLineUserError, runCli } from './runCli.js';
import { cliTempDir } from './tempFiles.js';

const { file, path } = cliTempDir('queuecast-week-');

/** Three weeks of half hours 08:00–20:00 from Monday 2024-05-06, closed on Sundays; a fixed pattern with a weekly wobble. */
function historyCsv(): string {
  const lines = ['start,calls,aht'];
  for (let d = 0; d < 21; d++) {
    const date = new Date(Date.UTC(2024, 4, 6 + d));
    if (date.getUTCDay() === 0) continue;
    for (let k = 16; k < 40; k++) {
      const t = new Date(date.getTime() + k * 1_800_000).toISOString().slice(0, 16).replace('T', ' ');
      const calls = Math.round(
        (40 + 30 * Math.sin((Math.PI * (k - 16)) / 24)) * (date.getUTCDay() === 6 ? 0.5 : 1) + ((d * 7 + k) % 5) - 2,
      );
      lines.push(`${t},${calls},${240 + (k % 3) * 10}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

const SHIFTS = `{
  "shifts": [
    { "name": "day", "length": "8h", "start": "08:00", "latestStart": "12:00",
      "breaks": [{ "length": "30m", "earliest": "3h", "latest": "5h" }] },
    { "name": "short", "length": "4h", "start": "08:00", "latestStart": "16:00" }
  ]
}
`;

describe('queuecast forecast → plan → schedule', () => {
  test('history to forecast CSV to plan to shifts, each step reading the last one’s file', () => {
    const history = file('history.csv', historyCsv());
    const forecastPath = path('forecast.csv');
    const f = runCli(['forecast', history, '--weeks', '1', '--csv', forecastPath]);
    expect(f.code, f.stderr).toBe(0);
    expect(f.stdout).toMatch(/rolling-origin backtest/);
    const forecast = readFileSync(forecastPath, 'utf8').trim().split('\n');
    expect(forecast[0]).toBe('start,end,calls,aht,lower,upper');
    expect(forecast[1]).toMatch(/^2024-05-27 08:00,2024-05-27 08:30,/);
    expect(forecast.length - 1).toBe(6 * 24);
    const planPath = path('plan.csv');
    const p = runCli(['plan', forecastPath, '--sl', '80/20', '--shrinkage', '30%', '--csv', planPath]);
    expect(p.code, p.stderr).toBe(0);
    const shifts = file('shifts.json', SHIFTS);
    const chart = path('coverage.svg');
    const s = runCli(['schedule', planPath, '--shifts', shifts, '--json', '--chart', chart]);
    expect(s.code, s.stderr).toBe(0);
    const json = JSON.parse(s.stdout) as {
      totals: { shortIntervals: number; cost: number; lowerBound: number };
      shifts: { breaks: unknown[] }[];
    };
    expect(json.totals.shortIntervals).toBe(0);
    expect(json.totals.lowerBound).toBeLessThanOrEqual(json.totals.cost);
    expect(json.totals.cost).toBeLessThanOrEqual(json.totals.lowerBound * 1.1);
    const svg = readFileSync(chart, 'utf8');
    expect(svg).toMatch(/<g id="required">/);
    expect(svg).toMatch(/on the floor<\/text>/);
    const sl = runCli([
      'schedule',
      planPath,
      '--shifts',
      shifts,
      '--objective',
      'service-level',
      '--sl',
      '80/20',
      '--shrinkage',
      '30%',
      '--json',
    ]);
    expect(sl.code, sl.stderr).toBe(0);
    const slJson = JSON.parse(sl.stdout) as { totals: { serviceLevel: number; cost: number } };
    expect(slJson.totals.serviceLevel).toBeGreaterThanOrEqual(0.8);
    expect(slJson.totals.cost).toBeLessThanOrEqual(json.totals.cost);
    // the service-level schedule may cost less than covering: its text does not call covering's bound its own
    const slText = runCli(['schedule', planPath, '--shifts', shifts, '--objective', 'service-level', '--shrinkage', '30%']).stdout;
    expect(slText).toMatch(/^cost to cover, at least +[\d.]+$/m);
    expect(slText).not.toMatch(/lower bound on cost/);
    // --availability as plan takes it: 75% answering of 70% on the phones is 47.5% shrinkage
    const slOf = (...flags: string[]): string =>
      runCli(['schedule', planPath, '--shifts', shifts, '--objective', 'service-level', '--json', ...flags]).stdout;
    const folded = slOf('--shrinkage', '47.5%');
    expect(slOf('--availability', '75%', '--shrinkage', '30%')).toBe(folded);
    expect((JSON.parse(folded) as typeof slJson).totals.cost).toBeGreaterThan(slJson.totals.cost);
  });

  test('forecast warns of --exclude and --events dates it has no rows for, naming them and the range, and goes on', () => {
    const history = file('history-days.csv', historyCsv());
    const quiet = runCli(['forecast', history, '--exclude', '2024-05-08', '--events', '2024-05-28=1.3']);
    expect(quiet.code, quiet.stderr).toBe(0);
    expect(quiet.stderr).toBe('');
    const r = runCli(['forecast', history, '--exclude', '2024-01-01,2024-05-08', '--events', '2024-06-02=1.2,2024-07-01=2,2024-05-28=1.3']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe(
      'warning: --exclude 2024-01-01: no history rows on that day (the history runs 2024-05-06 to 2024-05-25); ignored\n' +
        'warning: --events 2024-06-02, 2024-07-01: no forecast rows on those days (the forecast runs 2024-05-27 to 2024-06-01); ignored\n',
    );
    expect(r.stdout).toBe(quiet.stdout);
  });

  test('schedule --csv - writes the shifts with their breaks', () => {
    const plan = file('need.csv', 'start,required\n08:00,2\n08:30,2\n09:00,3\n09:30,3\n10:00,3\n10:30,2\n11:00,2\n11:30,2\n');
    const shifts = file('s.json', '[{"name": "a", "length": "2h", "start": "08:00", "latestStart": "10:00"}]');
    const r = runCli(['schedule', plan, '--shifts', shifts, '--csv', '-']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('template,day,start,end,breaks,people,paid_hours,cost');
    expect(r.stdout).toMatch(/^a,0,08:00,10:00,,2,2,2$/m);
  });

  test('schedule --availability is read as plan reads it: below the lowest a plan takes, both name the flag as typed', () => {
    const plan = file('need0.csv', 'start,required\n08:00,2\n08:30,2\n');
    const shifts = file('s0.json', '[{"name": "a", "length": "1h", "start": "08:00"}]');
    for (const args of [
      ['schedule', plan, '--shifts', shifts],
      ['plan', 'examples/forecast-day.csv'],
    ]) {
      const r = runCli([...args, '--availability', '0.05%']);
      expect(isOneLineUserError(r), r.stderr).toBe(true);
      expect(r.stderr).toMatch(/--availability: expected a fraction from 0\.001 to 1 such as 64%, got "0\.05%"$/m);
    }
  });

  test.each([
    ['{"shifts": [{"name": "a", "length": "2h", "start": "08:00",}]}', /s\.json:1:\d+: expected a string/],
    ['[{"name": "a", "lenght": "2h", "start": "08:00"}]', /s\.json:1:26: lenght: expected one of the shift fields/],
    [
      '[\n  {"name": "a", "length": "25m", "start": "08:00"}\n]',
      /s\.json:2:27: length: expected a positive multiple of the interval length \(1800 s\)/,
    ],
    ['[{"name": "a", "length": "2h", "start": "8 o’clock"}]', /s\.json:1:41: start: expected a time of day/],
    // a step of 1e-7 s passed as a multiple of no intervals and never advanced (exit 134, heap exhausted)
    [
      '[{"name": "a", "length": "30m", "start": "08:00", "latestStart": "08:30", "every": 0.0000001}]',
      /s\.json:1:\d+: .*expected a positive multiple of the interval length \(1800 s\)/,
    ],
    [
      '[{"name": "a", "length": "2h", "start": "08:00", "breaks": [{"length": "30m", "earliest": "1h"}]}]',
      /s\.json:1:\d+: latest: expected the break's latest/,
    ],
  ])('a bad shifts file is one located line, exit 2: %s', (text, message) => {
    const plan = file('p.csv', 'start,required\n08:00,1\n08:30,1\n');
    const r = runCli(['schedule', plan, '--shifts', file('s.json', text)]);
    expect(isOneLineUserError(r), r.stderr).toBe(true);
    expect(r.stderr).toMatch(message);
  });

  test('a plan without a requirement column, or a bad cell, is located', () => {
    const shifts = file('ok.json', '[{"name": "a", "length": "1h", "start": "08:00"}]');
    let r = runCli(['schedule', 'examples/forecast-day.csv', '--shifts', shifts]);
    expect(isOneLineUserError(r), r.stderr).toBe(true);
    expect(r.stderr).toMatch(/forecast-day\.csv:1: no requirement column/);
    r = runCli(['schedule', file('bad.csv', 'start,required\n08:00,1\n08:30,many\n'), '--shifts', shifts]);
    expect(isOneLineUserError(r), r.stderr).toBe(true);
    expect(r.stderr).toMatch(/bad\.csv:3:2 \(column "required"\): expected a number of people/);
    r = runCli(['schedule', file('ok.csv', 'start,required\n08:00,1\n'), '--shifts', shifts, '--objective', 'cheapest']);
    expect(isOneLineUserError(r), r.stderr).toBe(true);
    expect(r.stderr).toMatch(/--objective/);
  });

  test('forecast rejects an unknown method and a bad history cell with a located line', () => {
    const history = file('h.csv', 'start,calls\n2024-05-06 08:00,10\n2024-05-06 08:30,x\n');
    let r = runCli(['forecast', history]);
    expect(isOneLineUserError(r), r.stderr).toBe(true);
    expect(r.stderr).toMatch(/h\.csv:3:2/);
    r = runCli(['forecast', file('h2.csv', historyCsv()), '--method', 'arima']);
    expect(isOneLineUserError(r), r.stderr).toBe(true);
    expect(r.stderr).toMatch(/--method/);
  });
});
