import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { properties } from './coreProperties.js';

// Each property runs in a child process with a budget of CPU time: a call that never returns
// fails the test with the input it was given, instead of freezing the run (a synchronous hang
// cannot be interrupted in-process). The budget is the child's own CPU time (`ulimit -t`, the
// kernel stops it with SIGXCPU), never wall time, so a machine busy with other work cannot make a
// slow run look like a hang. "Within milliseconds" is asserted only as "no hang within 60 s of
// CPU time for a few hundred calls": speed itself is measured in bench/.
const CPU_SECONDS = 60;

describe('every export of math, models and staffing over the whole double range', () => {
  for (const name of Object.keys(properties)) {
    test(`${name}: returns a value in range or throws a QueueInputError, and never hangs`, () => {
      const command = [process.execPath, '--import', 'tsx', 'test/hostile/coreProperties.ts', name];
      const run = spawnSync('/bin/sh', ['-c', `ulimit -t ${CPU_SECONDS} && exec "$0" "$@"`, ...command], {
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
        env: { ...process.env },
      });
      const lines = run.stderr.trimEnd().split('\n');
      const last = lines.filter((l) => l.startsWith(`${name} `)).at(-1) ?? '';
      if (run.error) throw run.error;
      if (run.signal) throw new Error(`hung (no answer in ${CPU_SECONDS} s of CPU time: ${run.signal}) on: ${last}`);
      const failure = lines.filter((l) => !l.startsWith(`${name} `)).join('\n');
      expect(run.status, failure.slice(0, 4000)).toBe(0);
    });
  }
});
