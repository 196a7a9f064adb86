// The planner's path on the command line (history → forecast → plan → schedule): every command
// reads the file the one before it wrote, for a log without dates and for a history of one row.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseTimeSeconds } from '../../src/cli/flags/parseTimeSeconds.js';
import { runInProcess } from './runInProcess.js';
import { cliTempDir } from './tempFiles.js';

const tmp = cliTempDir('queuecast-path-files-');
const SHIFTS = 'examples/shifts.json';

/** A call log of times of day only (no dates): three calls from 08:00 to 09:12. */
const UNDATED_LOG = 'offered_at,answered_at,ended_at\n08:00:00,08:00:05,08:02:00\n08:40:00,08:40:30,08:44:00\n09:10:00,09:10:05,09:12:00\n';

/** Runs one command, expecting success. */
async function ok(args: readonly string[]): Promise<void> {
  const r = await runInProcess(args);
  expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(0);
}

/** The first cell of each data row of a CSV file. */
function starts(file: string): string[] {
  return readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(',')[0] as string);
}

describe('a log without dates: each command reads the file the one before wrote', () => {
  test('history → forecast → plan → schedule, the starts of later days as "08:00 (+7d)"', async () => {
    const log = tmp.file('undated.csv', UNDATED_LOG);
    const [history, forecast, plan, shifts] = ['history.csv', 'forecast.csv', 'plan.csv', 'shifts.csv'].map((f) => tmp.path(f)) as [
      string,
      string,
      string,
      string,
    ];
    await ok(['history', log, '--interval', '30m', '--csv', history]);
    expect(starts(history)).toEqual(['1970-01-01 08:00', '1970-01-01 08:30', '1970-01-01 09:00']);
    await ok(['forecast', history, '--weeks', '1', '--csv', forecast]);
    expect(starts(forecast)).toEqual(['08:00 (+7d)', '08:30 (+7d)', '09:00 (+7d)']);
    await ok(['plan', forecast, '--csv', plan]);
    expect(starts(plan)).toEqual(['08:00 (+7d)', '08:30 (+7d)', '09:00 (+7d)']);
    const json = JSON.parse((await runInProcess(['plan', forecast, '--json'])).stdout) as { intervals: { length: number }[] };
    expect(json.intervals.map((r) => r.length)).toEqual([1800, 1800, 1800]);
    await ok(['schedule', plan, '--shifts', SHIFTS, '--csv', shifts]);
    // the part-time shift of 06:00–10:00 on the forecast's day covers 08:00–09:30
    expect(readFileSync(shifts, 'utf8')).toContain('part-time,0,06:00 (+7d),10:00 (+7d),,1,');
  });

  test('the start of a later day reads as that day plus the time of day; a clock past the day does not', () => {
    expect(parseTimeSeconds('08:00 (+7d)')).toBe(7 * 86_400 + 8 * 3600);
    expect(parseTimeSeconds('00:00 (+8d)')).toBe(8 * 86_400);
    expect(parseTimeSeconds('23:59:30(+1d)')).toBe(86_400 + 86_370);
    expect(parseTimeSeconds('24:00 (+7d)')).toBeUndefined();
    expect(parseTimeSeconds('08:00 (-7d)')).toBeUndefined();
    expect(parseTimeSeconds('08:00 (+d)')).toBeUndefined();
  });
});

describe('the interval length of a history CSV: its column, else the spacing of its starts', () => {
  // a history with the header `history --csv` writes (`seconds`: the interval length), as users keep it
  const HEADER = 'start,seconds,offered,handle_time_s\n';

  test('a history of one row takes its length from the column `history --csv` writes', async () => {
    const log = tmp.file('one-row-log.csv', 'offered_at,answered_at,ended_at\n08:05:00,08:05:10,08:09:00\n');
    const history = tmp.path('one-row-history.csv');
    await ok(['history', log, '--interval', '30m', '--csv', history]);
    // one row, its length (1800 s) in the column after the start
    expect(readFileSync(history, 'utf8')).toMatch(/^start,\w+,.*\n1970-01-01 08:00,1800,[^\n]*\n$/);
    const forecast = tmp.path('one-row-forecast.csv');
    await ok(['forecast', history, '--weeks', '1', '--csv', forecast]);
    expect(readFileSync(forecast, 'utf8').split('\n')[1]).toMatch(/^08:00 \(\+7d\),08:30 \(\+7d\),/);
    await ok(['plan', forecast]);
  });

  test('a length and starts one interval apart agree; starts further apart than the length are refused, naming both', async () => {
    const agree = tmp.file(
      'agree.csv',
      `${HEADER}2024-01-01 08:00,1800,10,180\n2024-01-01 08:30,1800,12,180\n2024-01-01 10:00,1800,8,180\n`,
    );
    await ok(['forecast', agree, '--weeks', '1']);
    const apart = tmp.file('apart.csv', `${HEADER}2024-01-01 08:00,900,10,180\n2024-01-01 08:30,900,12,180\n2024-01-01 09:00,900,8,180\n`);
    const r = await runInProcess(['forecast', apart, '--weeks', '1']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `queuecast forecast: ${apart}:3:1 (column "start"): expected starts one interval apart at the closest (900 s, column "seconds" on line 2), got 1800 s after line 2; fix the starts or the interval length\n`,
    );
    const overlap = tmp.file('overlap.csv', `${HEADER}2024-01-01 08:00,3600,10,180\n2024-01-01 08:30,3600,12,180\n`);
    expect((await runInProcess(['forecast', overlap, '--weeks', '1'])).stderr).toContain(
      `${overlap}:3:1 (column "start"): interval "2024-01-01 08:30" starts before the interval on line 2 ends`,
    );
  });

  test('without a length column, the length is the spacing of the starts; one such row still cannot tell it', async () => {
    const spaced = tmp.file('spaced.csv', 'start,calls\n2024-01-01 08:00,10\n2024-01-01 08:30,12\n');
    await ok(['forecast', spaced, '--weeks', '1']);
    const single = tmp.file('single.csv', 'start,calls\n2024-01-01 08:00,10\n');
    expect((await runInProcess(['forecast', single, '--weeks', '1'])).stderr).toContain(
      `${single}:2: cannot tell the interval length from a single row`,
    );
  });
});
