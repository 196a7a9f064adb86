/**
 * Speed of `replay` alone (parsing excluded) on the bank's two shared weeks, with the library's
 * defaults and `agentWindow: 900` as in `bench:replay`: wall and CPU time of the first (cold) run
 * and the median of the following runs, per call, and extrapolated to a 31-day month at the same
 * call rate; then, in a fresh process each (`--month`), a 31-day log made of the two weeks repeated
 * (shifted by whole weeks, cut at 31 days): a timing stand-in only, its figures mean nothing. Issue 24
 * asks for a month in at most 200 ms.
 *
 * CPU time counts every thread of the process (V8 compiles and collects garbage on threads of its
 * own); on Linux the main thread's alone is shown too, which another process's load hardly moves.
 * `--processes N` runs the whole measurement in N new processes, one after the other, and prints the
 * median and range of each figure with the load average (the machine may be shared).
 *
 * `--dist` times the built package (`dist/index.js`, what users import: `npm run build` first)
 * instead of `src/` (the two measured alike: same main-thread CPU within the noise).
 *
 * Run: npx tsx bench/replay-speed.ts [runs, default 9] [--month] [--processes N] [--dist]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import type { CallRecord } from '../src/index.js';
import * as source from '../src/index.js';
import { loadBankLog } from './realData/bankLog.js';

interface Figures {
  calls: number;
  days: number;
  firstWall: number;
  firstCpu: number;
  firstMain: number;
  laterWall: number;
  laterCpu: number;
  laterMain: number;
}

const args = process.argv.slice(2);
/** The library timed: the sources, or the built bundle (a computed path: it exists only after a build). */
const { replay } = args.includes('--dist') ? ((await import(new URL('../dist/index.js', import.meta.url).href)) as typeof source) : source;
const processesAt = args.indexOf('--processes');
const processes = processesAt >= 0 ? Math.max(1, Number(args[processesAt + 1] ?? 5)) : 0;
const runs = Math.max(2, Number(args.find((arg, i) => /^\d+$/.test(arg) && args[i - 1] !== '--processes') ?? 9));

/** The main thread's CPU time in ms (Linux: its scheduler statistics), NaN elsewhere. */
const schedstat = `/proc/self/task/${process.pid}/schedstat`;
const mainThreadMs = (): number => (existsSync(schedstat) ? Number(readFileSync(schedstat, 'utf8').split(' ')[0]) / 1e6 : Number.NaN);

const median = (list: number[]): number => {
  const sorted = [...list].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
};

function measure(): Figures {
  const twoWeeks = loadBankLog().calls;
  const WEEK = 7 * 86_400;
  const start = twoWeeks[0]?.offeredAt ?? 0;
  const shift = (call: CallRecord, by: number): CallRecord =>
    Object.fromEntries(
      Object.entries(call).map(([key, value]) => [key, typeof value === 'number' && key.endsWith('At') ? value + by : value]),
    ) as CallRecord;
  const month = [0, 2, 4].flatMap((weeks) =>
    twoWeeks.map((call) => shift(call, weeks * WEEK)).filter((call) => call.offeredAt < start + 31 * 86_400),
  );
  const calls = args.includes('--month') ? month : twoWeeks;
  const walls: number[] = [];
  const cpus: number[] = [];
  const mains: number[] = [];
  for (let run = 0; run < runs; run++) {
    const cpu = process.cpuUsage();
    const main = mainThreadMs();
    const started = performance.now();
    replay(calls, { agentWindow: 900 });
    walls.push(performance.now() - started);
    mains.push(mainThreadMs() - main);
    const used = process.cpuUsage(cpu);
    cpus.push((used.user + used.system) / 1000);
  }
  const first = calls[0]?.offeredAt ?? 0;
  const last = calls.at(-1)?.offeredAt ?? 0;
  return {
    calls: calls.length,
    days: (last - first) / 86_400,
    firstWall: walls[0] as number,
    firstCpu: cpus[0] as number,
    firstMain: mains[0] as number,
    laterWall: median(walls.slice(1)),
    laterCpu: median(cpus.slice(1)),
    laterMain: median(mains.slice(1)),
  };
}

/** Each process's figures: this one's, or those of `processes` new ones. */
function collect(): Figures[] {
  if (processes === 0) return [measure()];
  const childArgs = args.filter((_, i) => i !== processesAt && i !== processesAt + 1);
  return Array.from({ length: processes }, () => {
    const child = spawnSync(process.execPath, [...process.execArgv, process.argv[1] as string, ...childArgs, '--json'], {
      encoding: 'utf8',
    });
    if (child.status !== 0) throw new Error(`replay-speed child failed: ${child.stderr}`);
    return JSON.parse(child.stdout) as Figures;
  });
}

if (args.includes('--json')) {
  console.log(JSON.stringify(measure()));
} else {
  const loadBefore = loadavg();
  const all = collect();
  const loadAfter = loadavg();
  const { calls, days } = all[0] as Figures;
  const perMonth = 31 / Math.max(days, 1);
  const line = (name: string, pick: (f: Figures) => number) => {
    const values = all.map(pick);
    if (values.some(Number.isNaN)) return;
    const ms = median(values);
    const range = all.length > 1 ? ` [${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)}]` : '';
    console.log(
      `${name}: ${ms.toFixed(0)} ms${range} (${((1000 * ms) / calls).toFixed(2)} µs per call; a month ≈ ${(ms * perMonth).toFixed(0)} ms)`,
    );
  };
  const load = (l: number[]) => l.map((x) => x.toFixed(2)).join(' ');
  console.log(`replay of ${calls} calls over ${days.toFixed(1)} days, ${runs} runs per process, ${all.length} process(es)`);
  console.log(
    `load average before ${load(loadBefore)}, after ${load(loadAfter)}${all.length > 1 ? '; medians [ranges] over the processes' : ''}`,
  );
  line('first run, wall', (f) => f.firstWall);
  line('first run, CPU ', (f) => f.firstCpu);
  line('first run, CPU of the main thread', (f) => f.firstMain);
  line('median of the others, wall', (f) => f.laterWall);
  line('median of the others, CPU ', (f) => f.laterCpu);
  line('median of the others, CPU of the main thread', (f) => f.laterMain);
}
