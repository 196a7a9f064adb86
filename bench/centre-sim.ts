/**
 * Scores wait predictors on simulated centres of several queues with overlapping agent pools
 * (simulateCentre), against an oracle that knows the routing and the true rates (Monte Carlo
 * continuations of the centre from the exact state at each join: bench/centre/oracle.ts) and
 * against baselines told the true rates (bench/centre/baselines.ts) and the single-queue tracker
 * per queue and pooled (bench/centre/trackers.ts). For each centre it prints,
 * per queue and overall, each predictor's RMSE and bias (s) over the callers who waited and were
 * answered (estimate made at the join; callers who hung up, were answered at once or were still
 * waiting at the end are not scored, as `replay` scores), and each RMSE ÷ the oracle's.
 *
 * Plug a predictor in (e.g. a live tracker of several queues) without editing this file: write a
 * module exporting `createPredictor: CentrePredictorFactory` (bench/centre/CentrePredictor.ts)
 * and, optionally, `name`; then `npm run bench:centre-sim -- --predictor bench/centre/myTracker.ts`
 * (repeatable). The factory gets the scenario (queues, agent groups with `name`, `count`,
 * `serves` and penalties; agents are named `group:k` in events); the predictor gets every event
 * through `onEvent(event)` (`agent` events at time 0, then `joined` / `answered` / `abandoned` /
 * `completed` with `id`, `queue`, and `agent` on `answered` / `completed`) and is asked
 * `estimate(id)` (seconds) right after each `joined`. For example:
 *
 *   export const name = 'centre-tracker';
 *   export const createPredictor = (scenario) => {
 *     const tracker = createCentreTracker({ queues: …, agents: … from scenario });
 *     return { onEvent: (event) => tracker.record(event), estimate: (id) => tracker.estimate(id)?.mean ?? 0 };
 *   };
 *
 * Run: npm run bench:centre-sim [-- --predictor FILE …] [--centre WORD] [--continuations N] [--quick] [--json]
 * (`--centre bank` runs only the centres whose name contains the word; `--quick` a quarter of each run, 30 continuations).
 * Seeds are fixed; about 8 s of CPU (13–27 s wall on the loaded 2-core build machine).
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type CentreEvent, simulateCentre } from '../src/index.js';
import { BASELINES } from './centre/baselines.js';
import type { CentrePredictor, CentrePredictorFactory } from './centre/CentrePredictor.js';
import { CentreScore } from './centre/CentreScore.js';
import { CENTRES } from './centre/centres.js';
import { CentreOracle } from './centre/oracle.js';
import { checkOracle } from './centre/oracleCheck.js';
import { TRACKERS } from './centre/trackers.js';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const json = args.includes('--json');
const option = (flag: string): string | undefined => {
  const at = args.indexOf(flag);
  return at >= 0 ? args[at + 1] : undefined;
};
const CONTINUATIONS = Number(option('--continuations') ?? (quick ? 30 : 100));
const only = option('--centre');
/** Batches of join time for the ratios' jackknife standard errors. */
const BATCHES = 20;

const plugins: [string, CentrePredictorFactory][] = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] !== '--predictor') continue;
  const file = args[++i] as string;
  const module = (await import(pathToFileURL(resolve(file)).href)) as {
    name?: string;
    createPredictor?: CentrePredictorFactory;
    default?: CentrePredictorFactory;
  };
  const factory = module.createPredictor ?? module.default;
  if (typeof factory !== 'function') throw new Error(`${file} exports no createPredictor (or default) function`);
  plugins.push([module.name ?? file.replace(/^.*\//, '').replace(/\.[jt]s$/, ''), factory]);
}

const started = performance.now();
const report: {
  centre: string;
  callers: number;
  queues: string[];
  rows: { predictor: string; rmse: number[]; bias: number[]; count: number[]; ratio: number[]; ratioError: number[] }[];
}[] = [];
for (const centre of CENTRES.filter((c) => only === undefined || c.name.includes(only))) {
  const events: CentreEvent[] = [];
  const sim = simulateCentre(centre.scenario, {
    duration: quick ? centre.duration / 4 : centre.duration,
    warmUpTime: centre.warmUpTime,
    seed: centre.seed,
    onEvent: (event) => events.push(event),
  });
  const oracle = new CentreOracle(centre.scenario, { continuations: CONTINUATIONS, seed: 1000 + centre.seed, target: 'answered' });
  const offered: CentrePredictor = { onEvent: () => undefined, estimate: () => oracle.last.offered };
  const predictors: [string, CentrePredictor][] = [
    ['oracle', oracle],
    ['oracle E[offered wait]', offered],
    ...Object.entries({ ...BASELINES, ...TRACKERS }).map(([name, factory]): [string, CentrePredictor] => [name, factory(centre.scenario)]),
    ...plugins.map(([name, factory]): [string, CentrePredictor] => [name, factory(centre.scenario)]),
  ];
  const queueNames = centre.scenario.queues.map((queue) => queue.name);
  const scores = predictors.map(() => queueNames.map(() => new CentreScore(BATCHES)));
  const duration = quick ? centre.duration / 4 : centre.duration;
  const batchOf = (joined: number) => Math.min(BATCHES - 1, Math.floor(((joined - centre.warmUpTime) / duration) * BATCHES));
  const told = new Map<number, Float64Array>();
  for (const event of events) {
    for (const [, predictor] of predictors) predictor.onEvent(event);
    if (event.type === 'joined') {
      if (event.time >= centre.warmUpTime)
        told.set(
          event.id,
          Float64Array.from(predictors, ([, predictor]) => predictor.estimate(event.id)),
        );
      else for (const [, predictor] of predictors) predictor.estimate(event.id);
    } else if (event.type === 'answered' || event.type === 'abandoned') {
      const estimates = told.get(event.id);
      told.delete(event.id);
      if (event.type === 'abandoned' || estimates === undefined || event.wait === 0) continue;
      const q = queueNames.indexOf(event.queue);
      const batch = batchOf(event.time - event.wait);
      estimates.forEach((estimate, p) => ((scores[p] as CentreScore[])[q] as CentreScore).add(estimate, event.wait, batch));
    }
  }
  const withOverall = scores.map((list) => {
    const all = new CentreScore(BATCHES);
    for (const score of list) all.merge(score);
    return [...list, all];
  });
  const reference = withOverall[0] as CentreScore[];
  const rows = predictors.map(([predictor], p) => {
    const list = withOverall[p] as CentreScore[];
    return {
      predictor,
      rmse: list.map((s) => s.rmse),
      bias: list.map((s) => s.bias),
      count: list.map((s) => s.count),
      ratio: list.map((s, i) => s.rmse / (reference[i] as CentreScore).rmse),
      ratioError: list.map((s, i) => (p === 0 ? 0 : s.ratioError(reference[i] as CentreScore))),
    };
  });
  report.push({ centre: centre.name, callers: sim.overall.offered, queues: [...queueNames, 'overall'], rows });
}
const check = checkOracle(CONTINUATIONS, quick ? 21_600 : 86_400);
const seconds = (performance.now() - started) / 1000;

if (json) {
  console.log(JSON.stringify({ continuations: CONTINUATIONS, seconds, oracleCheck: check, report }, null, 2));
} else {
  for (const { centre, callers, queues, rows } of report) {
    const oracle = rows[0] as (typeof rows)[number];
    console.log(`\n${centre} (${callers} callers; scored: waited and answered, n = ${oracle.count.join(' / ')})\n`);
    console.log(
      `| predictor | ${queues.map((q) => `${q} RMSE s (bias)`).join(' | ')} | ${queues.map((q) => `${q} ÷ oracle (± se)`).join(' | ')} |`,
    );
    console.log(`|---|${queues.map(() => '---:').join('|')}|${queues.map(() => '---:').join('|')}|`);
    for (const row of rows) {
      const cells = row.rmse.map(
        (r, i) => `${r.toFixed(1)} (${(row.bias[i] as number) >= 0 ? '+' : ''}${(row.bias[i] as number).toFixed(1)})`,
      );
      const ratios = row.ratio.map((r, i) => (row === oracle ? '1' : `${r.toFixed(3)} ± ${(row.ratioError[i] as number).toFixed(3)}`));
      console.log(`| ${row.predictor} | ${cells.join(' | ')} | ${ratios.join(' | ')} |`);
    }
  }
  const fixed = (x: number) => x.toFixed(2);
  console.log(
    `\noracle check on M/M/10+M at load 0.95 (${check.callers} callers who waited, exact mean wait ${check.meanExact.toFixed(1)} s): oracle − exact E[V] mean ${fixed(check.offered.bias)} s, RMS ${fixed(check.offered.rms)} s; E[V | answered] mean ${fixed(check.answered.bias)} s, RMS ${fixed(check.answered.rms)} s (Monte Carlo noise).`,
  );
  console.log(
    `${CONTINUATIONS} continuations per caller for the oracle; ${seconds.toFixed(1)} s in all${quick ? ' (--quick: a quarter of each run)' : ''}.`,
  );
  for (const [name] of plugins) {
    const cells = report.flatMap(({ centre, queues, rows }) => {
      const row = rows.find((r) => r.predictor === name);
      return queues.slice(0, -1).map((queue, i) => ({
        where: `${centre.split(':')[0]} ${queue}`,
        ratio: row?.ratio[i] as number,
        error: row?.ratioError[i] as number,
      }));
    });
    const worst = cells.reduce((a, b) => (b.ratio > a.ratio ? b : a));
    const within = cells.every((cell) => cell.ratio <= 1.1);
    console.log(
      `${name}: per-queue RMSE within 10% of the oracle on every centre: ${within ? 'MET' : 'NOT MET'} (worst ${worst.where}: ${worst.ratio.toFixed(3)} ± ${worst.error.toFixed(3)})`,
    );
  }
}
