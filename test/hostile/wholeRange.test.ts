import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { properties } from './coreProperties.js';

// Each property runs in a child process with a deadline: a call that never returns fails the
// test with the input it was given, instead of freezing the run (a synchronous hang cannot be
// interrupted in-process). "Within milliseconds" is asserted only as "no hang within 60 s for a
// few hundred calls": speed itself is measured in bench/.
const DEADLINE_MS = 60_000;

describe('every export of math, models and staffing over the whole double range', () => {
  for (const name of Object.keys(properties)) {
    test(`${name}: returns a value in range or throws a QueueInputError, and never hangs`, () => {
      const run = spawnSync(process.execPath, ['--import', 'tsx', 'test/hostile/coreProperties.ts', name], {
        timeout: DEADLINE_MS,
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
        env: { ...process.env },
      });
      const lines = run.stderr.trimEnd().split('\n');
      const last = lines.filter((l) => l.startsWith(`${name} `)).at(-1) ?? '';
      if (run.error || run.signal) throw new Error(`hung (no answer in ${DEADLINE_MS / 1000} s) on: ${last}`);
      const failure = lines.filter((l) => !l.startsWith(`${name} `)).join('\n');
      expect(run.status, failure.slice(0, 4000)).toBe(0);
    });
  }
});
