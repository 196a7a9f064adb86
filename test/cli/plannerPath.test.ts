// The planner's path on the command line: plan → schedule on the bundled example, output that
// names what it shows, and errors that blame the flag or the file cell that is wrong.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseDurationSeconds } from '../../src/cli/flags/parseDuration.js';
import { renderChart } from '../../src/cli/output/renderChart.js';
import { renderFitChart } from '../../src/cli/output/renderFitChart.js';
import type { Calibration, CallHistory } from '../../src/index.js';
import { isOneLineUserError } from './runCli.js';
import { runInProcess } from './runInProcess.js';
import { cliTempDir } from './tempFiles.js';

const tmp = cliTempDir('queuecast-path-');
const EXAMPLE = 'examples/forecast-day.csv';
const SHIFTS = 'examples/shifts.json';

/** The one line of a user error (exit 2), without the program name. */
async function userError(args: readonly string[]): Promise<string> {
  const r = await runInProcess(args);
  expect(isOneLineUserError(r), `${args.join(' ')} → ${r.code}: ${r.stderr}`).toBe(true);
  return r.stderr.replace(/^queuecast \w+: /, '').trimEnd();
}

describe('plan → schedule on the bundled example', () => {
  test('the plan of voice, chat and email is scheduled as their sum per interval, and the heading says so', async () => {
    const plan = tmp.path('plan.csv');
    expect((await runInProcess(['plan', EXAMPLE, '--csv', plan])).code).toBe(0);
    const r = await runInProcess(['schedule', plan, '--shifts', SHIFTS]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^schedule for .*plan\.csv \(column "scheduled", the sum of voice \+ chat \+ email per interval\)/);
    const json = JSON.parse((await runInProcess(['schedule', plan, '--shifts', SHIFTS, '--json'])).stdout) as {
      intervals: { required: number }[];
    };
    // 48 half-hours; each interval requires the people of the three channels at that start
    const rows = readFileSync(plan, 'utf8').trim().split('\n').slice(1);
    const at0800 = rows.filter((l) => l.startsWith('08:00,')).reduce((sum, l) => sum + Number(l.split(',')[8]), 0);
    expect(json.intervals).toHaveLength(48);
    expect(json.intervals[16]?.required).toBe(at0800);
  });

  test('--channel schedules one channel; an unknown channel lists the file’s', async () => {
    const plan = tmp.path('plan-chat.csv');
    await runInProcess(['plan', EXAMPLE, '--csv', plan]);
    const r = await runInProcess(['schedule', plan, '--shifts', SHIFTS, '--channel', 'chat']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('(column "scheduled", chat rows only)');
    expect(await userError(['schedule', plan, '--shifts', SHIFTS, '--channel', 'fax'])).toBe(
      '--channel: expected a channel the file plans (voice, chat, email), got "fax"',
    );
    expect(await userError(['schedule', plan, '--shifts', SHIFTS, '--objective', 'service-level'])).toMatch(
      /^--objective service-level: judges one queue, but .* plans voice, chat, email; add --channel voice$/,
    );
  });

  test('a chart of several channels says what it sums', async () => {
    const chart = tmp.path('plan.svg');
    expect((await runInProcess(['plan', EXAMPLE, '--chart', chart])).code).toBe(0);
    expect(readFileSync(chart, 'utf8')).toContain(
      '<text id="note" x="64" y="42" fill="#333333">contacts and agents: voice + chat + email summed per interval</text>',
    );
  });
});

describe('output that names what it shows', () => {
  test('schedule names its short intervals, as runs with the people short and why', async () => {
    const plan = tmp.path('plan-short.csv');
    await runInProcess(['plan', EXAMPLE, '--csv', plan]);
    const r = await runInProcess(['schedule', plan, '--shifts', SHIFTS]);
    expect(r.stdout).toMatch(/^short intervals +12 \(/m);
    expect(r.stdout).toMatch(/^ {2}short at +00:00–06:00 \(3–4 short\); no shift can cover them/m);
  });

  test('an interval without calls shows "no calls" in the plan table, not SL 100.0%', async () => {
    const file = tmp.file('quiet.csv', 'start,calls,aht\n08:00,0,300\n08:30,100,300\n');
    const r = await runInProcess(['plan', file]);
    expect(r.code, r.stderr).toBe(0);
    const quiet = r.stdout.split('\n').find((l) => l.startsWith('08:00')) ?? '';
    expect(quiet).toContain('no calls');
    expect(quiet).not.toContain('100.0%');
  });

  test("history's fit table titles each column for what it holds (no two alike)", async () => {
    const r = await runInProcess(['history', 'examples/bank-calls-1999-02-01.csv']);
    expect(r.code, r.stderr).toBe(0);
    const table = r.stdout.slice(r.stdout.indexOf('observed against predicted'));
    const header = (table.split('\n')[1] ?? '').trim().split(/ {2,}/);
    expect(header).toEqual([
      'start',
      'staffed',
      'answering',
      'abandon seen',
      'abandon Erlang A',
      'wait seen',
      'wait Erlang A',
      'wait Erlang C',
    ]);
  });

  test('the fit chart over two weeks: one ∞ mark per run, time labels at round hours or days, an axis title', () => {
    const hour = 3600;
    const start = Date.UTC(2024, 0, 1) / 1000;
    const outcome = (wait: number) => ({ probAbandon: 0.05, meanWait: wait });
    const intervals = Array.from({ length: 14 * 24 }, (_, i) => ({
      start: start + i * hour,
      observed: outcome(30),
      erlangA: outcome(32),
      erlangC: outcome(i % 24 < 6 ? Infinity : 35),
    }));
    const calibration = { intervals, availability: 0.8 } as unknown as Calibration;
    const svg = renderFitChart({ pool: 'none' } as CallHistory, calibration, 'two weeks');
    const marks = [...svg.matchAll(/<text x="([\d.]+)" y="\d+" text-anchor="middle" fill="#ff7f0e">∞<\/text>/g)].map((m) => Number(m[1]));
    expect(marks.length).toBeGreaterThan(0);
    for (let i = 1; i < marks.length; i++) expect((marks[i] as number) - (marks[i - 1] as number)).toBeGreaterThanOrEqual(12);
    const labels = [...svg.matchAll(/<text x="[\d.]+" y="390" text-anchor="middle">([^<]+)<\/text>/g)].map((m) => m[1] as string);
    expect(labels.length).toBeGreaterThan(3);
    for (const label of labels) expect(label).toMatch(/ (00|06|12|18):00$/);
    expect(svg).toContain('>interval start (UTC)</text>');
  });

  test('the plan chart has a time-axis title', () => {
    const svg = renderChart([{ start: 0, length: 1800, calls: 10, required: 2, scheduled: 3 }]);
    expect(svg).toContain('>time of day (interval start)</text>');
  });
});

describe('errors blame the flag or the file cell that is wrong', () => {
  test('staff --calls 1e12 --aht 4m blames --calls; a handle time beyond a day blames --aht', async () => {
    expect(await userError(['staff', '--calls', '1e12', '--aht', '4m'])).toMatch(/^--calls: expected an offered load .* got "1e12"/);
    expect(await userError(['staff', '--rate', '1e10', '--aht', '4m'])).toMatch(/^--rate: /);
    expect(await userError(['staff', '--calls', '1e6', '--aht', '100000h'])).toMatch(/^--aht: expected an offered load/);
  });

  test('staff --max-occupancy 1e-18 names the flag as typed', async () => {
    expect(await userError(['staff', '--calls', '100', '--aht', '4m', '--max-occupancy', '0.000000000000000001'])).toBe(
      '--max-occupancy: expected a target that some team of up to 10,000,000 agents meets, got "0.000000000000000001"; loosen it',
    );
  });

  test('plan --availability 1e-18 blames --availability, not --shrinkage', async () => {
    expect(await userError(['plan', EXAMPLE, '--availability', '0.000000000000000001'])).toMatch(/^--availability: expected /);
  });

  test('history --interval 1ms names --interval with the text typed; --bands "" is refused', async () => {
    const log = 'examples/bank-calls-1999-02-01.csv';
    expect(await userError(['history', log, '--interval', '1ms'])).toMatch(/^--interval: expected .* got "1ms"$/);
    expect(await userError(['history', log, '--bands', ''])).toBe('--bands: expected increasing hours of the day such as 7,12,17, got ""');
  });

  test('forecast --days 367 names --days; --weeks 60 names --weeks', async () => {
    const lines = ['start,calls,aht'];
    for (let h = 0; h < 24 * 21; h++)
      lines.push(`${new Date(Date.UTC(2024, 0, 1) + h * 3_600_000).toISOString().slice(0, 16).replace('T', ' ')},10,300`);
    const file = tmp.file('three-weeks.csv', `${lines.join('\n')}\n`);
    expect(await userError(['forecast', file, '--days', '367'])).toBe('--days: expected a whole number of days from 1 to 366, got "367"');
    expect(await userError(['forecast', file, '--weeks', '60'])).toMatch(/^--weeks: expected weeks that make .*, got "60" \(420 days\)$/);
  });

  test('a forecast file with starts 7 minutes apart names the file, line, column and the spacing', async () => {
    const file = tmp.file('seven.csv', 'start,calls,aht\n2024-05-06 08:00,10,300\n2024-05-06 08:07,10,300\n2024-05-06 08:14,10,300\n');
    expect(await userError(['forecast', file])).toBe(
      `${file}:2:1 (column "start"): expected an interval length that divides a day (e.g. 900 or 1800), got starts 7m apart`,
    );
  });

  test('schedule with a required of 1e7 names the plan file, line, column and cell', async () => {
    const file = tmp.file('huge.csv', 'start,required\n08:00,3\n08:30,10000000\n');
    expect(await userError(['schedule', file, '--shifts', SHIFTS])).toBe(
      `${file}:3:2 (column "required"): expected at most 1000000 people, got "10000000"`,
    );
  });

  test('schedule checks --sl, --shrinkage and --target-per whatever the objective', async () => {
    const plan = tmp.file('small.csv', 'start,required\n08:00,3\n08:30,4\n');
    expect(await userError(['schedule', plan, '--shifts', SHIFTS, '--sl', 'abc'])).toMatch(/^--sl: expected a service-level target/);
    expect(await userError(['schedule', plan, '--shifts', SHIFTS, '--shrinkage', '1'])).toMatch(/^--shrinkage: expected /);
    expect(await userError(['schedule', plan, '--shifts', SHIFTS, '--target-per', '1'])).toBe(
      '--target-per: expected day or plan, got "1"',
    );
  });

  test('plan: a bad forecast cell is named by file, line, column and header, with the cell as written', async () => {
    const file = tmp.file('email.csv', 'start,channel,calls,aht,deadline\n08:00,email,10,900,1h\n08:30,email,10,900,2h\n');
    expect(await userError(['plan', file])).toBe(
      `${file}:3:5 (column "deadline"): every email row must promise the same response time (3600 s on line 2)`,
    );
  });
});

describe('the library plans what the command plans', () => {
  test('channelPlan on the bundled example gives plan --json its agents and scheduled agents, row for row', async () => {
    const { channelPlan } = await import('../../src/index.js');
    const r = await runInProcess(['plan', EXAMPLE, '--shrinkage', '30%', '--availability', '90%', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout) as {
      intervals: {
        startSeconds: number;
        length: number;
        channel: 'voice' | 'chat' | 'email';
        calls: number;
        required: number;
        scheduled: number;
        patience: number | null;
      }[];
    };
    const text = readFileSync(EXAMPLE, 'utf8').trim().split('\n');
    const header = (text[0] ?? '').split(',');
    const col = (name: string): number => header.indexOf(name);
    const intervals = text.slice(1).map((line, i) => {
      const cells = line.split(',');
      const row = json.intervals[i];
      return {
        start: row?.startSeconds ?? 0,
        length: row?.length ?? 0,
        calls: Number(cells[col('calls')]),
        handleTime: parseDurationSeconds(cells[col('aht')] ?? '') ?? Number.NaN,
        channel: row?.channel ?? 'voice',
        ...(row?.patience === null || row?.patience === undefined ? {} : { patience: row.patience }),
        ...(cells[col('concurrency')] ? { concurrency: Number(cells[col('concurrency')]) } : {}),
        ...(cells[col('deadline')] ? { responseTime: parseDurationSeconds(cells[col('deadline')] ?? '') ?? Number.NaN } : {}),
      };
    });
    const plan = channelPlan(intervals, { serviceLevel: 0.8, answerTime: 20 }, { shrinkage: 0.3, availability: 0.9 });
    expect(plan.intervals.map((p) => [p.agents, p.scheduledAgents])).toEqual(json.intervals.map((row) => [row.required, row.scheduled]));
  });
});
