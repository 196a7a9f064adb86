// Docs reachable from the package page: where the repository, home page and issues are; README
// links that work outside the repository; no source maps in the tarball; an API reference whose
// first page groups the functions by who uses them and lists every export by layer.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { packedFiles, ROOT } from './buildCli.js';

const REPOSITORY = 'https://github.com/queuecast/queuecast';

describe('the package page', () => {
  test('package.json names the repository, home page and issue tracker', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      repository: { type: string; url: string };
      homepage: string;
      bugs: { url: string };
    };
    expect(pkg.repository).toEqual({ type: 'git', url: `git+${REPOSITORY}.git` });
    expect(pkg.homepage).toBe(`${REPOSITORY}#readme`);
    expect(pkg.bugs.url).toBe(`${REPOSITORY}/issues`);
  });

  test('every README link is absolute or an anchor (the package page has no docs/ folder)', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8').replace(/```[\s\S]*?```/g, '');
    const targets = [...readme.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1] as string);
    expect(targets.length).toBeGreaterThan(0);
    expect(targets.filter((t) => !/^(https?:|#|mailto:)/.test(t))).toEqual([]);
    for (const t of targets.filter((x) => x.startsWith(`${REPOSITORY}/blob/main/`))) {
      expect(existsSync(join(ROOT, t.slice(`${REPOSITORY}/blob/main/`.length).replace(/#.*$/, ''))), t).toBe(true);
    }
  });

  test('the tarball carries no source maps', () => {
    const files = packedFiles();
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    expect(readFileSync(join(ROOT, 'tsup.config.ts'), 'utf8')).not.toMatch(/sourcemap: true/);
  });

  test("the API reference's first page: functions by who uses them (planner, backend, IVR), then every export by layer", () => {
    execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'apiGuide.ts')], { cwd: ROOT });
    const page = readFileSync(join(ROOT, 'docs', '.api-index.md'), 'utf8');
    expect(page).toMatch(/### Planners[\s\S]*### Backends[\s\S]*### IVR[\s\S]*## By layer/);
    expect(JSON.parse(readFileSync(join(ROOT, 'typedoc.json'), 'utf8')).readme).toBe('docs/.api-index.md');
    const layers = [...page.matchAll(/^### (\w+): /gm)].map((m) => m[1]);
    expect(layers).toEqual(['math', 'models', 'staffing', 'realtime', 'sim', 'calllog', 'history', 'forecast', 'schedule']);
    for (const name of ['channelPlan', 'staffingPlan', 'createQueueTracker', 'announce', 'QueueInputError', 'ChannelPlanOptions']) {
      expect(page).toContain(`{@link ${name}}`);
    }
  });
});
