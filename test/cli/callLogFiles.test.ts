// The readers on the planner's path: the bank's log as published, wrong files, placeholders,
// gzip and binary files, and history → forecast round trips.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { ROOT } from './buildCli.js';
import { isOneLineUserError, runCli } from './runCli.js';
import { cliTempDir } from './tempFiles.js';

const BANK_LOG = join(ROOT, '..', 'shared', 'data', 'anonymous-bank-1999-02-01-to-14.tsv.gz');
const EXCERPT = 'examples/bank-calls-1999-02-01.csv';
const temp = cliTempDir('queuecast-calllog-');

/** Offered, answered, abandoned and the ASA (s) over a history CSV's rows. */
function totals(csv: string): { offered: number; answered: number; abandoned: number; asa: number } {
  const [header = '', ...lines] = csv.trimEnd().split('\n');
  const at = (name: string): number => header.split(',').indexOf(name);
  let [offered, answered, abandoned, waited] = [0, 0, 0, 0];
  for (const line of lines) {
    const cells = line.split(',');
    offered += Number(cells[at('offered')]);
    answered += Number(cells[at('answered')]);
    abandoned += Number(cells[at('abandoned')]);
    waited += Number(cells[at('answered')]) * Number(cells[at('asa_s')] || 0);
  }
  return { offered, answered, abandoned, asa: waited / answered };
}

describe('the bank’s call log as published (SEE lab format, gzip)', () => {
  test('history reads it directly: seconds of ASA, several % abandoned, no answers at midnight, no warning', () => {
    const csv = temp.path('bank-history.csv');
    const r = runCli(['history', BANK_LOG, '--interval', '1h', '--csv', csv]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/: 16003 calls \(see\), 60-minute intervals/);
    const { offered, abandoned, asa } = totals(readFileSync(csv, 'utf8'));
    expect(offered).toBe(16003);
    expect(asa).toBeGreaterThan(10);
    expect(asa).toBeLessThan(120);
    expect(abandoned / offered).toBeGreaterThan(0.03);
    expect(abandoned / offered).toBeLessThan(0.25);
    expect(readFileSync(csv, 'utf8')).not.toMatch(/ 00:00,3600,1,,,[1-9]\d{2,}/);
  });

  test('--format see names the format; read as a plain CSV it warns naming the column and the cause, and --strict exits 1', () => {
    const plain = temp.file('bank.tsv', gunzipSync(readFileSync(BANK_LOG)).toString('utf8'));
    // recognised by its header when unzipped too, and selectable by name
    for (const format of [[], ['--format', 'see']]) {
      const see = runCli(['history', plain, ...format, '--interval', '24h']);
      expect(see.code, see.stderr).toBe(0);
      expect(see.stdout).toMatch(/: 16003 calls \(see\)/);
    }
    const warned = runCli(['history', plain, '--format', 'csv']);
    expect(warned.code).toBe(0);
    expect(warned.stderr).toMatch(
      /warning: .*bank\.tsv: 48% of the times in column "q_start" .* are exactly 00:00:00: the log probably writes 0:00:00 for "none"/,
    );
    expect(warned.stderr).toMatch(/waited more than 2 hours/);
    const strict = runCli(['history', plain, '--format', 'csv', '--none', '0:00:00', '--strict']);
    expect(strict.code).toBe(2); // a bad row under --strict stops first (file:line:column)
    expect(strict.stderr).toMatch(
      /bank\.tsv:2:10: q_start must be the time the call was offered or queued, not a value meaning none, got "0:00:00"/,
    );
    const warnedStrict = runCli(['history', temp.file('midnight.csv', midnightLog()), '--strict']);
    expect(warnedStrict.code).toBe(1);
    expect(warnedStrict.stderr).toMatch(/column "answered_at"[\s\S]*2 warnings \(above\) under --strict/);
  });
});

/** A small log whose answered column writes 00:00:00 for "not answered". */
function midnightLog(): string {
  const rows = Array.from(
    { length: 20 },
    (_, i) => `1999-02-01,08:${String(i).padStart(2, '0')}:00,${i % 2 ? '00:00:00' : `08:${String(i).padStart(2, '0')}:30`},`,
  );
  return `date,offered_at,answered_at,abandoned_at\n${rows.join('\n')}\n`;
}

describe('files that are not what the command reads', () => {
  test.each(['history', 'replay'])('%s refuses a forecast, saying what it looks like', (command) => {
    const r = runCli([command, 'examples/forecast-day.csv']);
    expect(isOneLineUserError(r), r.stderr).toBe(true);
    expect(r.stderr).toMatch(
      /examples\/forecast-day\.csv:1: header must be the header of a call log .*; this looks like a forecast .*, with columns calls, aht/,
    );
  });

  test('a history CSV and a plan CSV are refused as call logs', () => {
    const history = temp.path('h.csv');
    expect(runCli(['history', EXCERPT, '--csv', history]).code).toBe(0);
    expect(runCli(['history', history]).stderr).toMatch(/looks like an interval history/);
    const plan = temp.path('plan.csv');
    expect(runCli(['plan', 'examples/forecast-day.csv', '--csv', plan]).code).toBe(0);
    expect(runCli(['replay', plan]).stderr).toMatch(/looks like a staffing plan/);
  });

  test('a gzip call log is read; a broken gzip and a binary file are refused without printing their bytes', () => {
    const gz = temp.path('calls.csv.gz');
    writeFileSync(gz, gzipSync(readFileSync(join(ROOT, EXCERPT))));
    const r = runCli(['history', gz]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('1463 calls (csv)');
    const broken = temp.path('broken.gz');
    writeFileSync(broken, gzipSync(readFileSync(join(ROOT, EXCERPT))).subarray(0, 200));
    const b = runCli(['history', broken]);
    expect(isOneLineUserError(b), b.stderr).toBe(true);
    expect(b.stderr).toMatch(/broken\.gz: a gzip file that does not decompress/);
    const binary = temp.path('image.png');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
    const p = runCli(['history', binary]);
    expect(isOneLineUserError(p), p.stderr).toBe(true);
    expect(p.stderr).toBe(`queuecast history: ${binary}: a binary file, not text; expected a text file such as CSV (plain or gzip)\n`);
  });
});

describe('readers that are told what the log means', () => {
  test('--none and --columns read a log the aliases miss, and a bad --columns names the flag', () => {
    const file = temp.file('odd.csv', 'day,joined,picked,gone\n1999-02-01,08:00:00,08:00:20,NULL\n1999-02-01,08:01:00,0:00:00,08:02:00\n');
    const r = runCli([
      'history',
      file,
      '--none',
      '0:00:00,NULL',
      '--columns',
      'date=day,offered_at=joined,answered_at=picked,abandoned_at=gone',
      '--json',
    ]);
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout) as { calls: number; intervals: { offered: number; answered: number; abandoned: number }[] };
    expect(json.calls).toBe(2);
    expect(json.intervals[0]).toMatchObject({ offered: 2, answered: 1, abandoned: 1 });
    const bad = runCli(['history', file, '--columns', 'offered_at=queued']);
    expect(isOneLineUserError(bad), bad.stderr).toBe(true);
    expect(bad.stderr).toMatch(/--columns: expected a header of the file \(found: day, joined, picked, gone\), got "queued"/);
    expect(runCli(['history', file, '--columns', 'offered_at']).stderr).toMatch(/--columns: expected FIELD=HEADER pairs/);
  });

  test('a time too large to be one (1e999) is named by file, line, column and header, not by an array index', () => {
    const file = temp.file('huge.csv', 'offered_at,answered_at\n1e999,5\n');
    const r = runCli(['history', file]);
    expect(isOneLineUserError(r), r.stderr).toBe(true);
    expect(r.stderr).toContain(`${file}: no calls read (1 rows skipped; first: ${file}, line 2, column 1 (offered_at) must be`);
    expect(r.stderr).toContain('got "1e999"');
    expect(r.stderr).not.toMatch(/calls\[\d+\]/);
  });

  test('a cell holding a line break is shown on one line, with its value as written', () => {
    const file = temp.file('newline.csv', 'offered_at,answered_at\n"1\n2",5\n');
    const r = runCli(['history', file, '--strict']);
    expect(isOneLineUserError(r), r.stderr).toBe(true);
    expect(r.stderr).toContain(`${file}:2:1: offered_at must be`);
    expect(r.stderr).toContain('got "1\\n2"');
  });
});

describe('history → forecast round trip', () => {
  test('the history CSV of the bank log is read by forecast: empty cells for unbounded patience, no inf, no zero-call Monday', () => {
    const history = temp.path('bank-30m.csv');
    expect(runCli(['history', BANK_LOG, '--interval', '30m', '--csv', history]).code).toBe(0);
    expect(readFileSync(history, 'utf8')).not.toMatch(/inf/);
    expect(readFileSync(history, 'utf8')).toMatch(/,,/);
    const r = runCli(['forecast', history, '--days', '1', '--csv', '-']);
    expect(r.code, r.stderr).toBe(0);
    const monday = r.stdout
      .split('\n')
      .filter((line) => line.startsWith('1999-02-15'))
      .reduce((s, line) => s + Number(line.split(',')[2]), 0);
    expect(monday).toBeGreaterThan(1000);
  });

  test('a patience of 0 in a history (a caller who hung up without waiting) is read as none, not refused', () => {
    // eight days of calls at 08:00–08:10; on the first, a caller who hangs up the second it joins, alone in 08:10–08:15
    const lines = ['date,offered_at,answered_at,abandoned_at,ended_at'];
    for (let d = 1; d <= 8; d++) {
      const date = `2024-04-0${d}`;
      lines.push(`${date},08:00:00,08:00:30,,08:04:00`, `${date},08:01:00,,08:02:00,`, `${date},08:05:00,08:05:10,,08:09:00`);
      if (d === 1) lines.push(`${date},08:12:00,,08:12:00,`);
    }
    const history = temp.path('zero-patience-history.csv');
    expect(runCli(['history', temp.file('zero-patience.csv', `${lines.join('\n')}\n`), '--interval', '5m', '--csv', history]).code).toBe(0);
    expect(readFileSync(history, 'utf8')).toMatch(/^2024-04-01 08:10,300,.*,0,0,0,[\d.]+,\d+$/m);
    // was: "zero-patience-history.csv:4:20 (column "patience_s"): expected a patience (a positive duration …), got "0""
    const r = runCli(['forecast', history, '--days', '1', '--csv', '-']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^2024-04-09 08:00,2024-04-09 08:05,[\d.]+,[\d.]+,90\.0,/m);
  });

  test('aht 0 in a history (answers of no length) reads as no handle time', () => {
    const rows = Array.from(
      { length: 8 * 3 },
      (_, i) =>
        `2024-05-${String(6 + Math.floor(i / 3)).padStart(2, '0')} ${String(8 + (i % 3)).padStart(2, '0')}:00,${10 + (i % 3)},${i === 0 ? 0 : 180}`,
    );
    const file = temp.file('aht0.csv', `start,calls,aht\n${rows.join('\n')}\n`);
    const r = runCli(['forecast', file, '--days', '1', '--csv', '-']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^2024-05-14 08:00,2024-05-14 09:00,[\d.]+,180\.0,/m);
  });

  test('a trailing interval with no calls (a call crossing midnight) is not written by history and is harmless to forecast', () => {
    const log = temp.file(
      'midnight-crossing.csv',
      'date,offered_at,answered_at,ended_at\n1999-02-01,23:50:00,23:50:10,00:10:00\n1999-02-01,22:00:00,22:00:30,22:05:00\n',
    );
    const history = temp.path('crossing-history.csv');
    expect(runCli(['history', log, '--interval', '30m', '--csv', history]).code).toBe(0);
    expect(readFileSync(history, 'utf8').trimEnd().split('\n').at(-1)).toMatch(/^1999-02-01 23:30,/);

    const two = temp.path('two-weeks.csv');
    const rows = Array.from({ length: 14 * 4 }, (_, i) => {
      const day = String(1 + Math.floor(i / 4)).padStart(2, '0');
      return `1999-02-${day} ${['08:00', '08:30', '09:00', '09:30'][i % 4]},${20 + (i % 4) * 5}`;
    });
    writeFileSync(two, `start,calls\n${rows.join('\n')}\n`);
    const trailing = temp.file('two-weeks-trailing.csv', `start,calls\n${rows.join('\n')}\n1999-02-15 00:00,0\n`);
    const clean = runCli(['forecast', two, '--csv', '-']);
    const withTrailing = runCli(['forecast', trailing, '--csv', '-']);
    expect(withTrailing.code, withTrailing.stderr).toBe(0);
    expect(withTrailing.stdout).toBe(clean.stdout);
    expect(withTrailing.stdout).toMatch(/^1999-02-15 08:00,/m);
  });

  test('forecast names the file, line, column and header of a history it cannot use', () => {
    const channels = runCli(['forecast', 'examples/forecast-day.csv']);
    expect(isOneLineUserError(channels), channels.stderr).toBe(true);
    expect(channels.stderr).toMatch(
      /examples\/forecast-day\.csv: rows of voice, chat, email \(column "channel"\); expected the history of one channel/,
    );
    const odd = temp.file('seven-minutes.csv', 'start,calls\n2024-05-06 08:00,10\n2024-05-06 08:07,12\n2024-05-06 08:14,12\n');
    const r = runCli(['forecast', odd]);
    expect(isOneLineUserError(r), r.stderr).toBe(true);
    expect(r.stderr).toMatch(
      /seven-minutes\.csv:2:1 \(column "start"\): expected an interval length that divides a day .*, got starts 7m apart/,
    );
    expect(r.stderr).not.toMatch(/history\[/);
  });
});
