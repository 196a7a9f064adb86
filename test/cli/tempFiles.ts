import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { ensureCliBuilt } from './buildCli.js';

/** Builds the CLI once and gives the test file a temporary directory, removed afterwards. */
export function cliTempDir(prefix: string): { path(name: string): string; file(name: string, text: string): string } {
  let dir = '';
  beforeAll(async () => {
    await ensureCliBuilt();
    dir = mkdtempSync(join(tmpdir(), prefix));
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return {
    path: (name) => join(dir, name),
    file: (name, text) => {
      const p = join(dir, name);
      writeFileSync(p, text);
      return p;
    },
  };
}
