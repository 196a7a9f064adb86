import { type CliContext, runCli as run } from '../../src/cli/runCli.js';
import type { CliResult } from './runCli.js';

/**
 * Runs the command line in this process (so coverage counts it): `runCli` of src/cli with
 * process.stdout/stderr captured. Paths are relative to the test's working directory (the
 * repository root). Calls are serialized: the capture replaces the process's writers.
 */
export async function runInProcess(args: readonly string[], context: CliContext = {}): Promise<CliResult> {
  const previous = queue;
  let release = (): void => {};
  queue = new Promise<void>((r) => {
    release = r;
  });
  await previous;
  const out: string[] = [];
  const err: string[] = [];
  const stdoutWrite = process.stdout.write;
  const stderrWrite = process.stderr.write;
  process.stdout.write = ((chunk: string | Uint8Array) => out.push(String(chunk)) > 0) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array) => err.push(String(chunk)) > 0) as typeof process.stderr.write;
  try {
    const code = await run(args, context);
    return { code, stdout: out.join(''), stderr: err.join('') };
  } finally {
    process.stdout.write = stdoutWrite;
    process.stderr.write = stderrWrite;
    release();
  }
}

let queue: Promise<void> = Promise.resolve();
