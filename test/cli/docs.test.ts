// Every example of the CLI's documentation and of each command's --help runs and exits 0.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ensureCliBuilt, ROOT } from './buildCli.js';
import { runCli } from './runCli.js';

let dir: string;
beforeAll(async () => {
  await ensureCliBuilt();
  // Examples write files (plan.svg, plan.csv): run them in a scratch copy with the examples.
  dir = mkdtempSync(join(tmpdir(), 'queuecast-docs-'));
  cpSync(join(ROOT, 'examples'), join(dir, 'examples'), { recursive: true });
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Splits a shell command line into words (double quotes only; enough for the docs). */
function words(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? '');
}

function docExamples(): string[] {
  const md = readFileSync(join(ROOT, 'docs', 'sections', 'cli.md'), 'utf8');
  const blocks = [...md.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
  return blocks.flatMap((b) => b.split('\n').filter((l) => l.startsWith('npx queuecast ')));
}

const COMMANDS = ['analyze', 'staff', 'plan', 'history', 'replay', 'wait', 'simulate', 'demo'];

function helpExamples(): [string, string][] {
  const out: [string, string][] = [];
  for (const c of COMMANDS) {
    const help = readHelp(c);
    const examples = help.split('Examples:\n')[1] ?? '';
    for (const line of examples.split('\n')) if (line.startsWith('  queuecast ')) out.push([c, line.trim()]);
  }
  return out;
}

function readHelp(command: string): string {
  return runCli([command, '--help']).stdout;
}

describe('docs/sections/cli.md examples run', () => {
  test('there are examples for every command', () => {
    const ex = docExamples();
    for (const c of COMMANDS) expect(ex.some((l) => l.startsWith(`npx queuecast ${c} `) || l === `npx queuecast ${c}`)).toBe(true);
  });
  test.each(docExamples())('%s', (line) => {
    const args = words(line.replace(/#.*$/, '')).slice(2);
    const r = runCli(args, { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.length).toBeGreaterThan(0);
  });
});

describe('every example in --help runs', () => {
  test.each(helpExamples())('%s: %s', (_c, line) => {
    const args = words(line.replace(/ > \S+$/, '')).slice(1);
    // Examples that read a file other than the bundled example get it from the example.
    const fixed = args.map((a) => (a === 'week.csv' ? 'examples/forecast-day.csv' : a));
    const r = runCli(fixed, { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
  });
});
