// The packed package: only dist, README, LICENSE, CHANGELOG and examples; the `queuecast` bin is
// the built CLI with a node shebang; the library entry holds nothing of the CLI.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { CLI, ensureCliBuilt, packedFiles, ROOT } from './buildCli.js';

beforeAll(ensureCliBuilt, 120_000);

describe('npm pack', () => {
  test('contains only dist/, examples/, README.md, LICENSE, CHANGELOG.md and package.json', () => {
    const files = packedFiles();
    const allowed = /^(dist\/[^/]+|examples\/[^/]+|README\.md|LICENSE|CHANGELOG\.md|package\.json)$/;
    expect(files.filter((f) => !allowed.test(f))).toEqual([]);
    for (const f of ['dist/cli.js', 'examples/forecast-day.csv', 'README.md', 'LICENSE', 'CHANGELOG.md']) expect(files).toContain(f);
  });

  test('bin.queuecast is dist/cli.js, an ES module starting with a node shebang', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      bin: Record<string, string>;
      scripts: Record<string, string>;
    };
    expect(pkg.bin.queuecast).toBe('./dist/cli.js');
    expect(readFileSync(CLI, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(pkg.scripts.start).toContain('dist/cli.js demo');
  });

  test('the library entry (dist/index.js) imports no node: module and none of the CLI', () => {
    const lib = readFileSync(join(ROOT, 'dist', 'index.js'), 'utf8');
    expect(lib).not.toMatch(/from\s*["']node:|require\(["']node:/);
    expect(lib).not.toContain('parseArgs');
    expect(lib).not.toContain('queuecast demo');
  });
});
