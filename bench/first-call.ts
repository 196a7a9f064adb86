// The first call in a fresh process: `requiredAgents` of the built package (dist/index.js) against
// the plain binary search (bench/plainRequiredAgents.ts, bundled the same way), each in a new
// `node` process per run, timed from just before the call to just after it (the import is timed
// apart), in CPU time of the process (user + system: on a busy machine wall time mostly measures
// the other work). Medians over the runs. Run: npm run bench:first-call -- [--runs N] [--json]
// Where requiredAgents' first call goes (5 Erlangs, measured by variants of the built bundle,
// Dec 2026): V8 parses and compiles each function whole on its first call, so most of it is
// compiling, not computing: the call and its argument objects ~0.02 ms, the entry with its input
// recognition ~0.04, the walk ~0.045, the lazy result (its class's first `new`, the question
// object) ~0.03. The plain search's first call is ~0.015 ms slower inside a bundle the size of
// dist/index.js than in its own small module (the one measured here): the first compile after
// importing a large module costs more.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

// dist/index.js as `npm run bench:first-call` builds it (tsup) before this script runs
const library = join(import.meta.dirname, '..', 'dist', 'index.js');
const { values } = parseArgs({ options: { runs: { type: 'string', default: '21' }, json: { type: 'boolean', default: false } } });
const runs = Number(values.runs);
const asJson = values.json;

const dir = mkdtempSync(join(tmpdir(), 'queuecast-first-call-'));
const plain = join(dir, 'plain.mjs');
await build({
  entryPoints: [join(import.meta.dirname, 'plainRequiredAgents.ts')],
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  outfile: plain,
  logLevel: 'silent',
});

/** 80/20 at `load` Erlangs, AHT 180 s: the same question for both. */
const scripts: Record<string, (load: number) => string> = {
  requiredAgents: (load) => `
    const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
    const t0 = cpu();
    const { requiredAgents } = await import(${JSON.stringify(pathToFileURL(library).href)});
    const t1 = cpu();
    const n = requiredAgents({ arrivalRate: ${load} / 180, handleTime: 180 }, { serviceLevel: 0.8, answerTime: 20 }).agents;
    const t2 = cpu();
    requiredAgents({ arrivalRate: ${load * 1.001} / 180, handleTime: 180 }, { serviceLevel: 0.8, answerTime: 20 });
    const t3 = cpu();
    console.log(JSON.stringify({ n, importMs: t1 - t0, firstMs: t2 - t1, secondMs: t3 - t2 }));`,
  'plain binary search': (load) => `
    const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
    const t0 = cpu();
    const { plainRequiredAgents } = await import(${JSON.stringify(pathToFileURL(plain).href)});
    const t1 = cpu();
    const n = plainRequiredAgents(${load} / 180, 180, 0.8, 20);
    const t2 = cpu();
    plainRequiredAgents(${load * 1.001} / 180, 180, 0.8, 20);
    const t3 = cpu();
    console.log(JSON.stringify({ n, importMs: t1 - t0, firstMs: t2 - t1, secondMs: t3 - t2 }));`,
};

interface Run {
  n: number;
  importMs: number;
  firstMs: number;
  secondMs: number;
}
const median = (values: number[]): number => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)] as number;
const rows: { name: string; load: number; agents: number; importMs: number; firstMs: number; secondMs: number }[] = [];
try {
  for (const load of [5, 100, 10_000]) {
    for (const [name, script] of Object.entries(scripts)) {
      const results: Run[] = [];
      for (let r = 0; r < runs; r++) {
        const out = spawnSync(process.execPath, ['--input-type=module', '-e', script(load)], { encoding: 'utf8' });
        if (out.status !== 0) throw new Error(out.stderr);
        results.push(JSON.parse(out.stdout) as Run);
      }
      const row = {
        name,
        load,
        agents: (results[0] as Run).n,
        importMs: median(results.map((x) => x.importMs)),
        firstMs: median(results.map((x) => x.firstMs)),
        secondMs: median(results.map((x) => x.secondMs)),
      };
      rows.push(row);
      if (!asJson) {
        console.log(
          `${`${name} 80/20 a=${load}`.padEnd(40)} first call ${row.firstMs.toFixed(3).padStart(7)} ms CPU   second ${row.secondMs.toFixed(3).padStart(7)} ms   import ${row.importMs.toFixed(2).padStart(6)} ms   (${row.agents} agents)`,
        );
      }
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
if (asJson) console.log(JSON.stringify({ node: process.version, date: new Date().toISOString(), runs, rows }, null, 2));
