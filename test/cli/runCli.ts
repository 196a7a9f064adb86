import { spawnSync } from 'node:child_process';
import { CLI, ROOT } from './buildCli.js';

/** What a run of the CLI produced. */
export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node dist/cli.js ...args` as a separate process (cwd: the repository root). */
export function runCli(args: readonly string[], options: { input?: string; cwd?: string } = {}): CliResult {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Asserts-free helper: a user error must be one line, name something, and carry no stack trace. */
export function isOneLineUserError(r: CliResult): boolean {
  const lines = r.stderr.trimEnd().split('\n');
  return r.code === 2 && lines.length === 1 && !/\n\s+at /.test(r.stderr) && lines[0]?.startsWith('queuecast') === true;
}
