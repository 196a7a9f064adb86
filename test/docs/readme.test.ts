import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ensureCliBuilt } from '../cli/buildCli.js';
import { runCli } from '../cli/runCli.js';

/**
 * Runs every ```ts block of README.md (against the source, so no build is needed), so the
 * README's examples for each kind of user cannot rot; and the planner's walkthrough (the ```sh
 * block after `<!-- planner-walkthrough -->`) verbatim with the built command, each step's file
 * compared with test/fixtures/walkthrough/ (`UPDATE_WALKTHROUGH=1` rewrites them) and checked for sense.
 */
const root = join(__dirname, '../..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] as string);
const dir = join(__dirname, '.readme-blocks');

describe('README examples', () => {
  mkdirSync(dir, { recursive: true });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('README has a runnable example for each kind of user', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(5);
  });

  blocks.forEach((code, i) => {
    const first = code.split('\n').find((l) => l.startsWith('import')) ?? '';
    test(`README block ${i + 1} runs (${first.slice(0, 60)})`, async () => {
      const file = join(dir, `block${i + 1}.ts`);
      writeFileSync(file, code.replaceAll("from 'queuecast'", "from '../../../src/index.js'"));
      await import(file);
    });
  });
});

const MARK = '<!-- planner-walkthrough -->\n```sh\n';
const walkthrough = readme
  .slice(readme.indexOf(MARK) + MARK.length, readme.indexOf('```', readme.indexOf(MARK) + MARK.length))
  .split('\n')
  .filter((line) => line.startsWith('npx queuecast '));
const EXPECTED = join(root, 'test', 'fixtures', 'walkthrough');
const update = process.env.UPDATE_WALKTHROUGH === '1';

/** The rows of a CSV the commands write (no quoted commas in these files), as objects by header. */
function csvRows(text: string): Record<string, string>[] {
  const [header = '', ...lines] = text.trimEnd().split('\n');
  const names = header.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((cell, i) => [names[i], cell])));
}
const sum = (rows: readonly Record<string, string>[], column: string): number => rows.reduce((s, r) => s + Number(r[column] || 0), 0);

/** Sense checks per command, on the file it wrote and what it printed. */
const SENSIBLE: Record<string, (file: string, stdout: string) => void> = {
  history(file, stdout) {
    const rows = csvRows(file);
    const offered = sum(rows, 'offered');
    const answered = sum(rows, 'answered');
    const asa = rows.reduce((s, r) => s + Number(r.answered) * Number(r.asa_s || 0), 0) / answered;
    expect(offered).toBeGreaterThan(10_000);
    expect(asa, 'ASA of the two weeks, s').toBeGreaterThan(5);
    expect(asa, 'ASA of the two weeks, s').toBeLessThan(300);
    expect(sum(rows, 'abandoned') / offered, 'share abandoned').toBeGreaterThan(0.02);
    expect(sum(rows, 'abandoned') / offered, 'share abandoned').toBeLessThan(0.3);
    expect(Math.max(...rows.map((r) => Number(r.asa_s || 0))), 'no half hour with an ASA of hours').toBeLessThan(600);
    // answers are not at midnight: the half hours at 00:00 hold a sliver of the calls
    expect(
      sum(
        rows.filter((r) => r.start?.endsWith(' 00:00')),
        'offered',
      ) / offered,
    ).toBeLessThan(0.01);
    expect(rows.at(-1)?.offered, 'no trailing interval without calls').not.toBe('0');
    // the plan step uses the availability this step fitted, as the README says
    const fitted = Number(/availability \(answering ÷ staffed agents[^)]*\): ([\d.]+)%/.exec(stdout)?.[1]);
    const used = Number(/--availability (\d+)%/.exec(walkthrough.join('\n'))?.[1]);
    expect(Math.abs(fitted - used), `fitted ${fitted}%, README plans with ${used}%`).toBeLessThan(1);
  },
  forecast(file) {
    const byDay = new Map<string, number>();
    for (const r of csvRows(file)) byDay.set(r.start?.slice(0, 10) ?? '', (byDay.get(r.start?.slice(0, 10) ?? '') ?? 0) + Number(r.calls));
    expect(byDay.size, 'seven days forecast').toBe(7);
    for (const [day, calls] of byDay) expect(calls, `calls on ${day}`).toBeGreaterThan(100);
    // Monday 15 February, first day forecast, is a full weekday
    expect(byDay.get('1999-02-15')).toBeGreaterThan(1000);
  },
  plan(file) {
    const rows = csvRows(file);
    for (const r of rows) if (Number(r.calls) >= 1) expect(Number(r.scheduled), `scheduled at ${r.start}`).toBeGreaterThanOrEqual(1);
  },
  schedule(file, stdout) {
    expect(sum(csvRows(file), 'people')).toBeGreaterThan(0);
    // as the README says: paid hours within 2% of the lower bound
    expect(Number(/^lower bound on cost .*\(([\d.]+)% above\)/m.exec(stdout)?.[1])).toBeLessThan(2);
    // every short interval is named, with why no shift covers it
    const short = Number(/^short intervals +(\d+)/m.exec(stdout)?.[1]);
    if (short > 0) {
      expect(stdout.match(/\d{4}-\d\d-\d\d \d\d:\d\d–/g)?.length, 'short intervals named').toBe(short);
      expect(stdout).toMatch(/no shift can cover them/);
    }
  },
};

describe('README planner walkthrough, run verbatim on the bank log beside the checkout', () => {
  let checkout = '';
  beforeAll(async () => {
    await ensureCliBuilt();
    // A scratch checkout with the examples, and ../shared beside it as in the repository's layout.
    const scratch = mkdtempSync(join(tmpdir(), 'queuecast-walkthrough-'));
    checkout = join(scratch, 'queuecast');
    mkdirSync(checkout);
    cpSync(join(root, 'examples'), join(checkout, 'examples'), { recursive: true });
    symlinkSync(join(root, '..', 'shared'), join(scratch, 'shared'));
    if (update) mkdirSync(EXPECTED, { recursive: true });
  }, 120_000);
  afterAll(() => rmSync(join(checkout, '..'), { recursive: true, force: true }));

  test('the walkthrough goes from the raw log to a schedule, each step reading the file the one before wrote', () => {
    expect(walkthrough.map((line) => line.split(' ')[2])).toEqual(['history', 'forecast', 'plan', 'schedule']);
    expect(existsSync(join(root, '..', 'shared', 'data', 'anonymous-bank-1999-02-01-to-14.tsv.gz'))).toBe(true);
  });

  test.each(walkthrough)('%s', (line) => {
    const args = line.split(/\s+/).slice(2);
    const r = runCli(args, { cwd: checkout });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr, 'no warning and nothing skipped').toBe('');
    const written = args[args.indexOf('--csv') + 1] as string;
    const text = readFileSync(join(checkout, written), 'utf8');
    if (update) writeFileSync(join(EXPECTED, written), text);
    expect(text, `${written} as expected (UPDATE_WALKTHROUGH=1 rewrites test/fixtures/walkthrough/)`).toBe(
      readFileSync(join(EXPECTED, written), 'utf8'),
    );
    SENSIBLE[args[0] as string]?.(text, r.stdout);
  });
});
