// Long simulations show progress on standard error only when it is a terminal, and never with
// --quiet, --json or --csv; standard output is the same either way. The terminal is an injected
// flag (runCli's stderrIsTTY), not a timer.
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { Progress } from '../../src/cli/output/Progress.js';
import { CLI, ensureCliBuilt } from './buildCli.js';
import { runInProcess } from './runInProcess.js';

const PLAN = ['plan', 'examples/forecast-day.csv', '--simulate', '--replications', '20'];
const SIMULATE = ['simulate', '--calls', '300', '--aht', '4m', '--agents', '45', '--budget', '20000'];

describe('progress of long work', () => {
  test('plan --simulate on a terminal: a progress line on stderr, erased at the end; stdout unchanged', async () => {
    const tty = await runInProcess(PLAN, { stderrIsTTY: true });
    const piped = await runInProcess(PLAN);
    expect(tty.code, tty.stderr).toBe(0);
    const erase = '\r\u001b[K';
    expect(tty.stderr.startsWith(`${erase}simulating 20 replications of the day (`)).toBe(true);
    expect(tty.stderr.endsWith(` calls)…${erase}`)).toBe(true);
    expect(piped.stderr).toBe('');
    expect(tty.stdout).toBe(piped.stdout);
  });

  test('on a terminal the built command line simulates in a worker thread, with the same answer', async () => {
    await ensureCliBuilt();
    const worker = await runInProcess(PLAN, { stderrIsTTY: true, workerUrl: pathToFileURL(CLI) });
    expect(worker.code, worker.stderr).toBe(0);
    expect(worker.stderr).toContain('simulating 20 replications of the day');
    expect(worker.stdout).toBe((await runInProcess(PLAN)).stdout);
    const bad = await runInProcess([...SIMULATE, '--aht-dist', 'lognormal:cv=1e300'], { stderrIsTTY: true, workerUrl: pathToFileURL(CLI) });
    expect(bad.code).toBe(2);
  }, 120_000);

  test('simulate on a terminal shows the calls it simulates', async () => {
    const r = await runInProcess(SIMULATE, { stderrIsTTY: true });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('simulating 20000 calls…');
  });

  test('never with --quiet, --json or --csv, nor when stderr is not a terminal', async () => {
    for (const extra of [['--quiet'], ['--json']]) {
      const r = await runInProcess([...SIMULATE, ...extra], { stderrIsTTY: true });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr, extra.join(' ')).toBe('');
    }
    const csv = await runInProcess([...PLAN, '--csv', '-'], { stderrIsTTY: true });
    expect(csv.stderr).toBe('');
    expect(csv.stdout.startsWith('start,channel,')).toBe(true);
    expect((await runInProcess(SIMULATE)).stderr).toBe('');
  });

  test('Progress draws over its own line and erases it; disabled, it writes nothing', () => {
    const written: string[] = [];
    const target = { write: (text: string) => void written.push(text), isTTY: true };
    const progress = new Progress(target, false);
    progress.show('a');
    progress.show('b');
    progress.clear();
    progress.clear();
    expect(written).toEqual(['\r\u001b[Ka', '\r\u001b[Kb', '\r\u001b[K']);
    const silent: string[] = [];
    for (const [isTTY, quiet] of [
      [false, false],
      [true, true],
    ] as const) {
      const p = new Progress({ write: (text: string) => void silent.push(text), isTTY }, quiet);
      p.show('x');
      p.clear();
      expect(p.enabled).toBe(false);
    }
    expect(silent).toEqual([]);
  });
});

test("--quiet has no short form: replay's -q stays its quantile", async () => {
  const r = await runInProcess(['replay', 'examples/bank-calls-1999-02-01.csv', '-q', '0.9']);
  expect(r.code, r.stderr).toBe(0);
});
