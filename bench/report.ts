/**
 * Prints the benchmark figures the issues ask for, as a table (or with --json as JSON), from every
 * `bench/*.cases.ts`. Each case runs in a process of its own (so shared functions stay
 * monomorphic, as in an application that makes one kind of call) on an esbuild bundle of its
 * cases file, compiled like the published package (tsx's keep-names wrappers would otherwise add
 * a property definition to every closure created), is warmed up for at least
 * 0.5 s and 10⁴ calls (V8 optimises late; at most 5 s), and is reported as the median time per call over 25
 * batches of about 5 ms. Times are the process's CPU time (user + system), not wall time, so
 * that other work on a busy machine does not count (it still slows the caches down).
 * `npm run bench:table [area…]`; run it on an idle machine to compare runs, or compare two versions
 * in one run: `npm run bench:table -- [area…] --base ../other-checkout` measures every case also
 * with that checkout's src/ (the same cases file, so the base must export what the cases call),
 * base and this tree alternately, case by case.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'esbuild';
import type { BenchCase } from './BenchCase.js';

let sink = 0;
function consume(v: unknown): void {
  if (typeof v === 'number') sink += v;
  else if (v && typeof v === 'object') sink += 1;
}

/** CPU time of this process in ms. */
function cpuNow(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

function measure(fn: () => unknown): number {
  // warm up for 0.5 s and 10⁴ calls, but never more than 5 s (slow cases take ms per call)
  const start = performance.now();
  for (let i = 0; ; i++) {
    const elapsed = performance.now() - start;
    if (elapsed > 5000 || (elapsed > 500 && i >= 10_000)) break;
    consume(fn());
  }
  let iterations = 1;
  for (;;) {
    const t0 = cpuNow();
    for (let i = 0; i < iterations; i++) consume(fn());
    if (cpuNow() - t0 > 5 || iterations > 1e8) break;
    iterations *= 2;
  }
  const perCall: number[] = [];
  for (let b = 0; b < 25; b++) {
    const t0 = cpuNow();
    for (let i = 0; i < iterations; i++) consume(fn());
    perCall.push(((cpuNow() - t0) * 1000) / iterations);
  }
  perCall.sort((a, b) => a - b);
  return perCall[Math.floor(perCall.length / 2)] as number;
}

function format(us: number): string {
  if (us >= 1000) return `${(us / 1000).toFixed(2)} ms`;
  return us >= 10 ? `${us.toFixed(1)} µs` : `${us.toFixed(3)} µs`;
}

/** Bundles a cases file, with its imports of this tree's src/ taken from `baseSrc` when given. */
async function load(file: string, bundled = false, baseSrc?: string): Promise<BenchCase[]> {
  const path = join(import.meta.dirname, file);
  if (bundled) {
    const { build } = await import('esbuild');
    const out = join(tmpdir(), `queuecast-bench-${process.pid}.mjs`);
    const ownSrc = join(import.meta.dirname, '..', 'src');
    // the cases' imports of this tree's src/ resolved in the base's src/ (its own imports stay there)
    const baseAlias: Plugin = {
      name: 'base-src',
      setup(b) {
        b.onResolve({ filter: /\/src\// }, (r) => {
          const target = resolve(r.resolveDir, r.path);
          if (baseSrc === undefined || !target.startsWith(ownSrc)) return undefined;
          return { path: join(baseSrc, relative(ownSrc, target)).replace(/\.js$/, '.ts') };
        });
      },
    };
    const plugins = baseSrc === undefined ? [] : [baseAlias];
    await build({ entryPoints: [path], bundle: true, format: 'esm', platform: 'node', outfile: out, logLevel: 'silent', plugins });
    try {
      return ((await import(pathToFileURL(out).href)) as { cases: BenchCase[] }).cases;
    } finally {
      rmSync(out, { force: true });
    }
  }
  return ((await import(pathToFileURL(path).href)) as { cases: BenchCase[] }).cases;
}

const args = process.argv.slice(2);
const child = args.indexOf('--child');
if (child >= 0) {
  // child mode: measure one case and print its median in µs
  const [file, index, baseSrc] = [args[child + 1] as string, Number(args[child + 2]), args[child + 3]];
  const c = (await load(file, true, baseSrc))[index] as BenchCase;
  console.log(JSON.stringify({ medianMicros: measure(c.fn), sink: sink === 42.4242 }));
} else {
  const baseAt = args.indexOf('--base');
  const baseSrc = baseAt >= 0 ? join(resolve(args[baseAt + 1] as string), 'src') : undefined;
  const only = args.filter((a, i) => !a.startsWith('--') && i !== baseAt + 1);
  const files = readdirSync(import.meta.dirname)
    .filter((f) => f.endsWith('.cases.ts'))
    .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)))
    .sort();
  const rows: { file: string; name: string; target: string; medianMicros: number; baseMicros?: number }[] = [];
  const run = (file: string, i: number, src?: string): number => {
    const childArgs = [...process.execArgv, import.meta.filename, '--child', file, String(i), ...(src === undefined ? [] : [src])];
    const out = execFileSync(process.execPath, childArgs, { encoding: 'utf8' });
    return (JSON.parse(out.trim().split('\n').pop() as string) as { medianMicros: number }).medianMicros;
  };
  for (const file of files) {
    const cases = await load(file);
    for (let i = 0; i < cases.length; i++) {
      const c = cases[i] as BenchCase;
      const baseMicros = baseSrc === undefined ? undefined : run(file, i, baseSrc);
      const medianMicros = run(file, i);
      rows.push({ file, name: c.name, target: c.target, medianMicros, ...(baseMicros === undefined ? {} : { baseMicros }) });
      if (args.includes('--json')) continue;
      const base = baseMicros === undefined ? '' : `${format(baseMicros).padStart(10)} base  ${(baseMicros / medianMicros).toFixed(2)}×  `;
      console.log(`${c.name.padEnd(70)} ${base}${format(medianMicros).padStart(10)}  ${c.target}`);
    }
  }
  if (args.includes('--json')) console.log(JSON.stringify({ node: process.version, date: new Date().toISOString(), rows }, null, 2));
}
