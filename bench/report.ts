/**
 * Prints the benchmark figures the issues ask for, as a table (and with --json as JSON), from
 * every `bench/*.cases.ts`. Each figure is the median time per call over 25 batches of about
 * 5 ms each, after a warm-up; run `npm run bench:table` on an idle machine to compare runs.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BenchCase } from './BenchCase.js';

let sink = 0;
function consume(v: unknown): void {
  if (typeof v === 'number') sink += v;
  else if (v && typeof v === 'object') sink += 1;
}

function measure(fn: () => unknown): number {
  // calibrate: iterations per ~5 ms batch
  let iterations = 1;
  for (;;) {
    const t0 = performance.now();
    for (let i = 0; i < iterations; i++) consume(fn());
    const elapsed = performance.now() - t0;
    if (elapsed > 5 || iterations > 1e8) break;
    iterations *= 2;
  }
  const perCall: number[] = [];
  for (let b = 0; b < 25; b++) {
    const t0 = performance.now();
    for (let i = 0; i < iterations; i++) consume(fn());
    perCall.push(((performance.now() - t0) * 1000) / iterations);
  }
  perCall.sort((a, b) => a - b);
  return perCall[Math.floor(perCall.length / 2)] as number;
}

function format(us: number): string {
  if (us >= 1000) return `${(us / 1000).toFixed(2)} ms`;
  return us >= 10 ? `${us.toFixed(1)} µs` : `${us.toFixed(3)} µs`;
}

const dir = import.meta.dirname;
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.cases.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)))
  .sort();
const rows: { file: string; name: string; target: string; medianMicros: number }[] = [];
for (const file of files) {
  const { cases } = (await import(pathToFileURL(join(dir, file)).href)) as { cases: BenchCase[] };
  for (const c of cases) rows.push({ file, name: c.name, target: c.target, medianMicros: measure(c.fn) });
}
if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ node: process.version, date: new Date().toISOString(), rows }, null, 2));
} else {
  const w = Math.max(...rows.map((r) => r.name.length), 4);
  console.log(`${'case'.padEnd(w)}  ${'median'.padStart(10)}  target`);
  for (const r of rows) console.log(`${r.name.padEnd(w)}  ${format(r.medianMicros).padStart(10)}  ${r.target}`);
}
if (sink === 42.4242) console.log('');
