/**
 * Nightly-style validation: many random Erlang C and Erlang A queues, each simulated with a
 * larger budget than the unit tests use; prints how often each formula value of `analyze` falls
 * inside the simulator's 95% confidence interval. A correct simulator and correct formulas give
 * coverage near 95% for every metric (batch means slightly below in heavy traffic).
 * Run: `npm run sim:validate -- [scenarios=200] [calls=1000000]`.
 */
import { analyze, type Estimate, QUEUE_METRIC_NAMES, simulate } from '../src/index.js';

const scenarios = Number(process.argv[2] ?? 200);
const calls = Number(process.argv[3] ?? 1_000_000);
const metrics = QUEUE_METRIC_NAMES;

// a small deterministic generator for the scenarios themselves (the simulator has its own)
let state = 12345;
const rand = (): number => {
  state = (Math.imul(state, 1103515245) + 12345) >>> 0;
  return state / 4294967296;
};

const hits: Record<string, { inside: number; total: number }> = {};
const t0 = performance.now();
let simulated = 0;
let unseen = 0;
for (let i = 0; i < scenarios; i++) {
  const agents = 1 + Math.floor(rand() * 200);
  const erlangA = i % 2 === 1;
  const rho = erlangA ? 0.5 + rand() * 0.8 : 0.3 + rand() * 0.6;
  const handleTime = 30 + rand() * 570;
  const queue = {
    arrivalRate: (rho * agents) / handleTime,
    handleTime,
    agents,
    ...(erlangA ? { patience: handleTime * (0.2 + rand() * 4.8) } : {}),
  };
  const answerTime = rand() * handleTime * 0.3;
  const a = analyze(queue, { answerTime });
  const r = simulate(queue, { calls, answerTime, seed: i + 1, batches: 30 });
  simulated += r.simulatedCalls;
  for (const m of metrics) {
    if (!erlangA && m === 'probAbandon') continue;
    // Waits too rare to be seen: the wait averages are exactly 0 with nothing to form an interval
    // from (probWait's interval still bounds them); count those apart.
    if (r.probWait.value === 0 && (m === 'meanWait' || m === 'asa' || m === 'meanQueueLength')) {
      unseen++;
      continue;
    }
    const e = r[m] as Estimate;
    const key = `${erlangA ? 'A' : 'C'} ${m}`;
    const h = (hits[key] ??= { inside: 0, total: 0 });
    h.total++;
    if ((a[m] as number) >= e.lower - 1e-12 && (a[m] as number) <= e.upper + 1e-12) h.inside++;
  }
}
const seconds = (performance.now() - t0) / 1000;
console.log('| model metric | inside the 95% CI |');
console.log('|---|---:|');
for (const [k, h] of Object.entries(hits)) console.log(`| ${k} | ${h.inside}/${h.total} (${((100 * h.inside) / h.total).toFixed(1)}%) |`);
console.log(`\n${unseen} wait averages not checked (no caller waited in the run).`);
console.log(`${scenarios} scenarios, ${calls} calls each; ${(simulated / seconds / 1e6).toFixed(2)} M simulated calls/s overall`);
