// Every command's help examples and main error paths, run in-process so coverage counts the CLI
// (the other CLI tests run the built dist/cli.js in a child process, as a user would).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { COMMANDS } from '../../src/cli/commands/index.js';
import { isOneLineUserError } from './runCli.js';
import { runInProcess } from './runInProcess.js';

const dir = mkdtempSync(join(tmpdir(), 'queuecast-inprocess-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const week = join(dir, 'week.csv');
writeFileSync(
  week,
  `start,calls,aht\n${Array.from({ length: 48 }, (_, i) => `2024-05-06 ${String(Math.floor(i / 2)).padStart(2, '0')}:${i % 2 ? '30' : '00'},${50 + (i % 7) * 20},240`).join('\n')}\n`,
);

// Two weeks of half-hourly volumes, for `forecast history.csv` (whose examples then feed plan and schedule).
writeFileSync(
  join(dir, 'history.csv'),
  `start,calls,aht\n${Array.from({ length: 14 * 48 }, (_, i) => {
    const day = new Date(Date.UTC(2024, 4, 6 + Math.floor(i / 48))).toISOString().slice(0, 10);
    const slot = i % 48;
    return `${day} ${String(Math.floor(slot / 2)).padStart(2, '0')}:${slot % 2 ? '30' : '00'},${slot < 14 ? 0 : 40 + (slot % 9) * 5},240`;
  }).join('\n')}\n`,
);

// The morning after that history, for `forecast history.csv --today this-morning.csv`.
writeFileSync(
  join(dir, 'this-morning.csv'),
  `start,calls\n${Array.from({ length: 10 }, (_, i) => `2024-05-20 ${String(7 + Math.floor(i / 2)).padStart(2, '0')}:${i % 2 ? '30' : '00'},${60 + i}`).join('\n')}\n`,
);

/** The examples of a command's help, as argument lists with output files in the temporary folder. */
function examples(help: string): string[][] {
  const block = help.slice(help.indexOf('Examples:'));
  return block
    .split('\n')
    .filter((line) => line.startsWith('  queuecast '))
    .map((line) =>
      line
        .replace(/ > \S+$/, '')
        .trim()
        .split(/\s+/)
        .slice(1)
        .map((a) => {
          if (a === 'week.csv') return week;
          if (a === 'shifts.json') return 'examples/shifts.json';
          return /\.(svg|csv)$/.test(a) && !a.startsWith('examples/') ? join(dir, a) : a;
        }),
    );
}

describe('every help example runs in-process and exits 0', () => {
  for (const command of COMMANDS) {
    for (const args of examples(command.help)) {
      test(`queuecast ${args.join(' ').replaceAll(dir, '$TMP')}`, async () => {
        const withChart = command.name === 'demo' && !args.includes('--chart') ? [...args, '--chart', join(dir, 'demo.svg')] : args;
        const withForecast = command.name === 'demo' ? [...withChart, '--forecast', 'examples/forecast-day.csv'] : withChart;
        const r = await runInProcess(withForecast);
        expect(r.stderr).toBe('');
        expect(r.code).toBe(0);
        expect(r.stdout.length).toBeGreaterThan(0);
        if (args.includes('--json')) expect(() => JSON.parse(r.stdout)).not.toThrow();
      });
    }
  }
});

describe('global usage in-process', () => {
  test('no command, --help, help <command>, --version and an unknown command', async () => {
    expect((await runInProcess([])).code).toBe(2);
    expect((await runInProcess(['--help'])).stdout).toContain('Commands:');
    expect((await runInProcess(['help', 'plan'])).stdout).toContain('queuecast plan');
    expect((await runInProcess(['--version'])).code).toBe(0);
    expect(isOneLineUserError(await runInProcess(['analyse']))).toBe(true);
    expect(isOneLineUserError(await runInProcess(['--calls']))).toBe(true);
  });
  test.each([
    [['analyze', '--bogus']],
    [['analyze', '--calls']],
    [['analyze', '--calls', '100', '--aht', '3m', '--agents', '10', 'extra']],
    [['analyze', '--json=1']],
    [['plan']],
    [['plan', 'missing.csv']],
    [['plan', 'examples/forecast-day.csv', '--method', 'best']],
    [['plan', 'examples/forecast-day.csv', '--shift', '0']],
    [['plan', 'examples/forecast-day.csv', '--sl', '101/20']],
    [['staff', '--calls', '100', '--aht', '3m', '--max-occupancy', '0%']],
    [['staff', '--calls', '100', '--aht', '3m', '--sl', '100/0']],
    [['wait', '--ahead', '3', '--agents', '2', '--aht', '3m', '--free-agents', '3']],
    [['wait', '--ahead', '3', '--agents', '2', '--aht', '3m', '--locale', 'zz-!!']],
    [['wait', '--ahead', '3', '--agents', '2', '--aht', '3m', '--statistic', '120%']],
    [['simulate', '--calls', '100', '--aht', '3m', '--agents', '1']],
    [['simulate', '--calls', '100', '--aht', '3m', '--agents', '10', '--budget', '1e12']],
    [['simulate', '--calls', '100', '--aht', '3m', '--agents', '10', '--patience-dist', 'lognormal:1']],
    [['simulate', '--calls', '0', '--aht', '3m', '--agents', '10', '--patience', '1m']],
    [['demo', '--forecast', 'missing.csv']],
    [['history', 'examples/forecast-day.csv']],
    [['history', 'examples/bank-calls-1999-02-01.csv', '--format', 'xml']],
    [['history', 'examples/bank-calls-1999-02-01.csv', '--columns', 'offered_at']],
    [['history', 'examples/bank-calls-1999-02-01.csv', '--columns', 'offered_at=queued']],
    [['history', 'examples/bank-calls-1999-02-01.csv', '--columns', 'joined=offered_at']],
    [['forecast', 'examples/forecast-day.csv']],
  ])('%j exits 2 with one line', async (args) => {
    const r = await runInProcess(args);
    expect(isOneLineUserError(r), `${r.code} ${r.stderr}`).toBe(true);
  });
});

describe('call logs read in-process', () => {
  const placeholders = join(dir, 'placeholders.csv');
  writeFileSync(
    placeholders,
    `date,joined,picked,ended_at\n${Array.from({ length: 12 }, (_, i) => `1999-02-01,08:${String(i).padStart(2, '0')}:00,${i % 3 ? `08:${String(i).padStart(2, '0')}:20` : '0:00:00'},`).join('\n')}\n`,
  );
  test('warnings on stderr, --strict exits 1, and --none with --columns reads the log', async () => {
    const mapped = ['history', placeholders, '--columns', 'offered_at=joined,answered_at=picked'];
    const warned = await runInProcess(mapped);
    expect(warned.code).toBe(0);
    expect(warned.stderr).toMatch(/warning: .*column "picked"/);
    expect((await runInProcess([...mapped, '--strict'])).code).toBe(1);
    const named = await runInProcess([...mapped, '--none', '0:00:00', '--strict']);
    expect(named.stderr).toBe('');
    expect(named.code).toBe(0);
  });
  test('skipped rows are counted on stderr', async () => {
    const file = join(dir, 'skipped.csv');
    writeFileSync(file, 'offered_at,answered_at\n10,20\n1e999,5\n');
    const r = await runInProcess(['replay', file]);
    expect(r.stderr).toMatch(/1 rows skipped \(1 bad offeredAt\); first: .*skipped\.csv, line 3, column 1 \(offered_at\)/);
  });
});

describe('staff with no calls', () => {
  test('says no target set the answer, as a plan does (was "set by stability (an Erlang C team needs more agents than Erlangs)" at 0 agents and 0 Erlangs)', async () => {
    const r = await runInProcess(['staff', '--calls', '0', '--aht', '4m']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('0 agents on the phones (set by no target (no calls); 0.00 fractional)');
    const json = JSON.parse((await runInProcess(['staff', '--calls', '0', '--aht', '4m', '--json'])).stdout) as { binding: string };
    expect(json.binding).toBe('none');
  });
});

describe('wait with no agents', () => {
  test('says the wait and its spread are endless (the standard deviation was 0s) and announces "more than"', async () => {
    const r = await runInProcess(['wait', '--ahead', '3', '--agents', '0', '--aht', '3m']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/mean wait\s+∞\n\s+standard deviation\s+∞\n/);
    expect(r.stdout).toContain('Your wait is more than 20 minutes.');
    const json = JSON.parse((await runInProcess(['wait', '--ahead', '3', '--agents', '0', '--aht', '3m', '--json'])).stdout) as {
      estimate: Record<string, unknown>;
    };
    expect([json.estimate.sd, json.estimate.p50, json.estimate.p95]).toEqual(['Infinity', 'Infinity', 'Infinity']);
  });
});

describe('staff with one call', () => {
  test('says "1 agent" and "1 call", and what decided it in words that fit each model (Erlang A needs no more agents than Erlangs)', async () => {
    const flags = ['staff', '--calls', '1', '--interval', '30m', '--aht', '3m', '--max-occupancy', '100%'];
    const withPatience = await runInProcess([...flags, '--patience', '3m']);
    expect(withPatience.code, withPatience.stderr).toBe(0);
    expect(withPatience.stdout).toContain('1 call per 30m');
    expect(withPatience.stdout).toContain('1 agent on the phones (set by one agent for the calls (Erlang A needs no more to be stable);');
    expect(withPatience.stdout).not.toContain('more agents than Erlangs');
    const withoutPatience = await runInProcess([...flags, '--shrinkage', '10%']);
    expect(withoutPatience.stdout).toContain('1 agent on the phones (set by stability (more agents than Erlangs);');
    expect(withoutPatience.stdout).toContain('2 agents scheduled with 10% shrinkage');
  });
});
