import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

/**
 * The library entry (everything but the CLI) must run unchanged in browsers, Deno, Bun and edge
 * runtimes: no `node:` imports, no `process`, no `require` of Node modules, in the built bundles
 * that users load. (`npm test` builds `dist/` before running the tests.)
 */
const dist = join(__dirname, '../../dist');

describe('built library entry', () => {
  for (const file of ['index.js', 'index.cjs']) {
    test(`dist/${file} imports no node: module and touches no Node global`, () => {
      const path = join(dist, file);
      expect(existsSync(path), `${path} is missing: run the build (npm test does)`).toBe(true);
      const code = readFileSync(path, 'utf8');
      expect(code).not.toMatch(/["']node:/);
      expect(code).not.toMatch(/\bprocess\.(env|argv|stdout|exit)/);
      expect(code).not.toMatch(/\brequire\(["'](fs|path|os|child_process|util)["']\)/);
    });
  }

  test('package.json exports map has separate import and require blocks with their own types', () => {
    const pkg = JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8'));
    expect(pkg.sideEffects).toBe(false);
    expect(pkg.exports['.'].import.types).toBe('./dist/index.d.ts');
    expect(pkg.exports['.'].require.types).toBe('./dist/index.d.cts');
    expect(pkg.dependencies ?? {}).toEqual({});
  });
});
