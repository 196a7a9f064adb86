// Wall time of `queuecast plan` as a user runs it: a fresh `node dist/cli.js` process each time,
// Node start-up included. Targets: 672 rows (a week of 15-minute intervals) ≤ 300 ms;
// 100,000 rows ≤ 3 s. Run: npm run bench:cli -- [--runs N] [--json]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli.js');
if (!existsSync(cli)) {
  console.error('dist/cli.js is missing: run npx tsup first');
  process.exit(1);
}
const argv = process.argv.slice(2);
const runsArg = argv.indexOf('--runs');
const runs = runsArg >= 0 ? Number(argv[runsArg + 1]) : 5;
const asJson = argv.includes('--json');

/** A forecast of `rows` 15-minute intervals from 2024-01-01: daily peaks, Poisson-like noise (seeded). */
function forecast(rows: number): string {
  let seed = 12345;
  const rand = (): number => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
  const lines = ['start,calls,aht,patience'];
  const t0 = Date.UTC(2024, 0, 1) / 1000;
  for (let i = 0; i < rows; i++) {
    const t = new Date((t0 + i * 900) * 1000).toISOString().slice(0, 16);
    const hour = (i % 96) / 4;
    const mean = 8 + 160 * Math.exp(-((hour - 10.5) ** 2) / 6) + 120 * Math.exp(-((hour - 15) ** 2) / 8);
    const calls = Math.max(0, Math.round(mean + Math.sqrt(mean) * (rand() + rand() + rand() - 1.5) * 2));
    const aht = Math.round(250 + 40 * rand());
    lines.push(`${t},${calls},${aht},${Math.round(150 + 60 * rand())}`);
  }
  return `${lines.join('\n')}\n`;
}

/** CPU time (user + system, ms) of this process's finished children, from /proc (Linux), or NaN. */
function childrenCpuMs(): number {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // After the command name: field 3 is state; cutime and cstime are fields 16 and 17 (1-based).
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / 100;
  } catch {
    return Number.NaN;
  }
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

const dir = mkdtempSync(join(tmpdir(), 'queuecast-bench-'));
const cases = [
  { name: 'plan 672 rows (7 days × 15 min), table to stdout', rows: 672, target: 300, args: [] as string[] },
  { name: 'plan 672 rows, --csv file', rows: 672, target: 300, args: ['--csv', join(dir, 'week.csv')] },
  { name: 'plan 100,000 rows, --csv file', rows: 100_000, target: 3000, args: ['--csv', join(dir, 'big.csv')] },
  { name: 'plan 100,000 rows, table to stdout', rows: 100_000, target: 3000, args: [] as string[] },
];
const results: { name: string; rows: number; medianMs: number; minMs: number; cpuMs: number; targetMs: number; ok: boolean }[] = [];
try {
  // Node start-up alone, for reference.
  const bare: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    spawnSync(process.execPath, ['-e', '0']);
    bare.push(performance.now() - t);
  }
  for (const c of cases) {
    const file = join(dir, `forecast-${c.rows}.csv`);
    if (!existsSync(file)) writeFileSync(file, forecast(c.rows));
    const times: number[] = [];
    const cpu: number[] = [];
    for (let i = 0; i < runs; i++) {
      const c0 = childrenCpuMs();
      const t = performance.now();
      const r = spawnSync(process.execPath, [cli, 'plan', file, ...c.args], { maxBuffer: 1 << 30 });
      times.push(performance.now() - t);
      cpu.push(childrenCpuMs() - c0);
      if (r.status !== 0) throw new Error(`${c.name}: exit ${r.status}: ${r.stderr.toString()}`);
    }
    const med = median(times);
    results.push({
      name: c.name,
      rows: c.rows,
      medianMs: med,
      minMs: Math.min(...times),
      cpuMs: median(cpu),
      targetMs: c.target,
      ok: med <= c.target,
    });
  }
  if (asJson) console.log(JSON.stringify({ runs, nodeStartupMs: median(bare), results }, null, 2));
  else {
    const load = (() => {
      try {
        return readFileSync('/proc/loadavg', 'utf8').split(' ')[0];
      } catch {
        return '?';
      }
    })();
    console.log(
      `queuecast plan, wall time per process (median of ${runs}; node start-up alone ${median(bare).toFixed(0)} ms; load average ${load})\n`,
    );
    const w = Math.max(...results.map((r) => r.name.length));
    console.log(`${'case'.padEnd(w)}  wall median     min   CPU median   target`);
    for (const r of results) {
      console.log(
        `${r.name.padEnd(w)}  ${r.medianMs.toFixed(0).padStart(8)} ms ${r.minMs.toFixed(0).padStart(5)} ms ${r.cpuMs.toFixed(0).padStart(8)} ms   ≤ ${r.targetMs} ms ${r.ok ? 'ok' : 'OVER'}`,
      );
    }
    console.log('\nCPU = user + system time of the process; on a busy machine the wall time is the CPU time plus waiting.');
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
