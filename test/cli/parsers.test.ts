import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { parseCsv } from '../../src/calllog/parseCsv.js';
import { parseDurationSeconds } from '../../src/cli/flags/parseDuration.js';
import { parseFraction } from '../../src/cli/flags/parseFraction.js';
import { serviceLevelFlag } from '../../src/cli/flags/parseServiceLevel.js';
import { parseTimeSeconds } from '../../src/cli/flags/parseTimeSeconds.js';
import { formatTable } from '../../src/cli/output/formatTable.js';

describe('parseDurationSeconds(text)', () => {
  test.each([
    ['45s', 45],
    ['4m30s', 270],
    ['1h', 3600],
    ['1h30m', 5400],
    ['1.5m', 90],
    ['250ms', 0.25],
    ['4:30', 270],
    ['1:02:03', 3723],
    ['270', 270],
    [' 3M ', 180],
  ])('%s → %d s', (text, seconds) => {
    expect(parseDurationSeconds(text)).toBeCloseTo(seconds, 12);
  });

  test.each(['', 'm', '4 minutes', '-3m', '4m30', 'abc', '1e400', '4:75'])('%j is not a duration', (text) => {
    expect(parseDurationSeconds(text)).toBeUndefined();
  });

  test.prop([fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 59 }), fc.integer({ min: 0, max: 59 })], { numRuns: 200 })(
    'h m s written any of three ways give the same seconds',
    (h, m, s) => {
      const total = h * 3600 + m * 60 + s;
      expect(parseDurationSeconds(`${h}h${m}m${s}s`)).toBe(total);
      expect(parseDurationSeconds(`${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`)).toBe(total);
      expect(parseDurationSeconds(String(total))).toBe(total);
    },
  );
});

describe('parseFraction(text) and serviceLevelFlag(flag, text)', () => {
  test.each([
    ['30%', 0.3],
    ['0.3', 0.3],
    ['12.5%', 0.125],
    ['100%', 1],
    ['0', 0],
  ])('%s → %d', (text, v) => {
    expect(parseFraction(text)).toBeCloseTo(v, 15);
  });
  test.each(['30', '130%', '-5%', 'x', ''])('%j is refused (ambiguous or out of range)', (text) => {
    expect(parseFraction(text)).toBeUndefined();
  });
  test('80/20, 80%/20s, 0.8/20 and 90/1m', () => {
    expect(serviceLevelFlag('sl', '80/20')).toEqual({ serviceLevel: 0.8, answerTime: 20 });
    expect(serviceLevelFlag('sl', '80%/20s')).toEqual({ serviceLevel: 0.8, answerTime: 20 });
    expect(serviceLevelFlag('sl', '0.8/20')).toEqual({ serviceLevel: 0.8, answerTime: 20 });
    expect(serviceLevelFlag('sl', '90/1m')).toEqual({ serviceLevel: 0.9, answerTime: 60 });
    expect(() => serviceLevelFlag('sl', '80')).toThrow(/--sl: expected a service-level target/);
    expect(() => serviceLevelFlag('sl', '100/20')).toThrow(/never met/);
  });
});

describe('parseTimeSeconds(text)', () => {
  test('clock times, dates, ISO with zones', () => {
    expect(parseTimeSeconds('08:30')).toBe(30_600);
    expect(parseTimeSeconds('24:00')).toBe(86_400);
    expect(parseTimeSeconds('2024-05-06 08:30')).toBe(Date.UTC(2024, 4, 6, 8, 30) / 1000);
    expect(parseTimeSeconds('2024-05-06T08:30:15Z')).toBe(Date.UTC(2024, 4, 6, 8, 30, 15) / 1000);
    expect(parseTimeSeconds('2024-05-06T08:30+02:00')).toBe(Date.UTC(2024, 4, 6, 6, 30) / 1000);
    expect(parseTimeSeconds('2024-13-06 08:30')).toBeUndefined();
    expect(parseTimeSeconds('8.30am')).toBeUndefined();
  });
  test.prop([fc.integer({ min: Date.UTC(2000, 0, 1) / 60000, max: Date.UTC(2100, 0, 1) / 60000 })], { numRuns: 300 })(
    'the fast path for YYYY-MM-DD HH:MM agrees with Date',
    (minutes) => {
      const iso = new Date(minutes * 60000).toISOString().slice(0, 16);
      expect(parseTimeSeconds(iso)).toBe(minutes * 60);
      expect(parseTimeSeconds(iso.replace('T', ' '))).toBe(minutes * 60);
    },
  );
});

describe('parseCsv(text)', () => {
  test('quotes, escaped quotes, embedded newlines, CRLF, comments, blank lines; line numbers kept', () => {
    const t = parseCsv('# a comment\r\nstart,"note, with comma",calls\r\n\r\n08:00,"say ""hi""",5\r\n08:30,"two\nlines",6\n')!;
    expect(t.header).toEqual(['start', 'note, with comma', 'calls']);
    expect(t.headerLine).toBe(2);
    expect(t.rows).toEqual([
      { line: 4, cells: ['08:00', 'say "hi"', '5'] },
      { line: 5, cells: ['08:30', 'two\nlines', '6'] },
    ]);
  });
  test('semicolon and tab delimiters; an empty file has no table', () => {
    expect(parseCsv('a;b\n1;2\n')!.rows[0]!.cells).toEqual(['1', '2']);
    expect(parseCsv('a\tb\n1\t2\n')!.rows[0]!.cells).toEqual(['1', '2']);
    expect(parseCsv('')).toBeUndefined();
    expect(parseCsv('\n\n# only comments\n')).toBeUndefined();
  });
  test.prop([fc.array(fc.array(fc.string({ maxLength: 8 }), { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 20 })], {
    numRuns: 200,
  })('round trip: any cells, quoted, come back as written (rows of blank cells are blank lines)', (rows) => {
    const width = rows[0]!.length;
    const table = rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
    const q = (c: string): string => `"${c.replace(/"/g, '""')}"`;
    const text = ['h1,h2,h3,h4'.split(',').slice(0, width).join(','), ...table.map((r) => r.map(q).join(','))].join('\n');
    expect(parseCsv(text)!.rows.map((r) => r.cells)).toEqual(table.filter((r) => r.some((c) => c.trim() !== '')));
  });
  test("a spreadsheet's empty rows (delimiters only) are blank lines (each reader refused one as a bad start or date)", () => {
    expect(parseCsv('start,calls\n08:00,5\n,\n  ,  \n08:30,6\n,,\r\n')!.rows).toEqual([
      { line: 2, cells: ['08:00', '5'] },
      { line: 5, cells: ['08:30', '6'] },
    ]);
  });
});

describe('formatTable(columns, rows)', () => {
  test('aligns numbers right and text left, one rule under the header', () => {
    const text = formatTable(
      [{ header: 'name', align: 'left' }, { header: 'n' }],
      [
        ['a', '1'],
        ['bbb', '22'],
      ],
    );
    expect(text).toBe('name   n\n────  ──\na      1\nbbb   22\n');
  });
});
