// Builds dist/cli.js (only the CLI entry of tsup.config.ts, so the library files in dist/ are left
// alone) when it is missing or older than any source file. Shared by globalSetup.ts and the
// test files' beforeAll, serialised by a lock directory so parallel test files build once.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root. */
export const ROOT: string = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The built command line. */
export const CLI: string = join(ROOT, 'dist', 'cli.js');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    const t = entry.isDirectory() ? newestSource(p) : statSync(p).mtimeMs;
    if (t > newest) newest = t;
  }
  return newest;
}

function isFresh(): boolean {
  try {
    const built = statSync(CLI).mtimeMs;
    return built >= newestSource(join(ROOT, 'src')) && built >= statSync(join(ROOT, 'package.json')).mtimeMs;
  } catch {
    return false;
  }
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Ensures dist/cli.js is built from the current sources. */
export async function ensureCliBuilt(): Promise<void> {
  if (process.env.QUEUECAST_CLI_PREBUILT === '1' || isFresh()) return;
  const lock = join(ROOT, 'node_modules', '.cache', 'queuecast-cli-build.lock');
  mkdirSync(dirname(lock), { recursive: true });
  for (let i = 0; ; i++) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // Someone else is building; a lock older than 2 minutes is stale.
      try {
        if (Date.now() - statSync(lock).mtimeMs > 120_000) rmdirSync(lock);
      } catch {
        // gone already
      }
      if (i > 1200) throw new Error(`timed out waiting for ${lock}`);
      await sleep(100);
    }
  }
  try {
    if (isFresh()) return;
    const { build } = await import('tsup');
    const configs = (await import('../../tsup.config.js')).default as unknown as Record<string, unknown>[];
    const cli = configs.find((c) => typeof c.entry === 'object' && c.entry !== null && 'cli' in c.entry);
    if (cli === undefined) throw new Error('tsup.config.ts has no "cli" entry');
    await build({ ...cli, config: false, silent: true, clean: false } as Parameters<typeof build>[0]);
  } finally {
    rmdirSync(lock);
  }
}

/** The paths `npm pack` would put in the tarball (a dry run, no scripts). */
export function packedFiles(): string[] {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const out = execFileSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  return (JSON.parse(out) as { files: { path: string }[] }[])[0]?.files.map((f) => f.path) ?? [];
}
