/**
 * How far the Erlang formulas drift when handle times are log-normal (CV 0.5, 1, 2) and patience
 * is not exponential: the formula (`analyze`, which assumes exponential times) beside the
 * simulated truth with its 95% confidence interval. Prints the Markdown table of
 * docs/sections/sim.md. Run: `npm run sim:drift` (about a minute; seed pinned).
 */
import { analyze, type Distribution, type Estimate, simulate } from '../src/index.js';

const CALLS = 2_000_000;
const handleTime = 180;
const answerTime = 20;

interface Row {
  queue: string;
  handle: string;
  patience: string;
  agents: number;
  arrivalRate: number;
  h: number | Distribution;
  p?: number | Distribution;
  patienceMean?: number;
}

const ln = (cv: number): Distribution => ({ kind: 'lognormal', mean: handleTime, cv });
const handles: [string, number | Distribution][] = [
  ['exponential', handleTime],
  ['log-normal CV 0.5', ln(0.5)],
  ['log-normal CV 1', ln(1)],
  ['log-normal CV 2', ln(2)],
];
const rows: Row[] = [];
for (const [n, rho] of [
  [10, 0.8],
  [50, 0.9],
  [200, 0.95],
] as const) {
  for (const [name, h] of handles) {
    rows.push({ queue: `C: ${n} agents, ρ ${rho}`, handle: name, patience: '∞', agents: n, arrivalRate: (rho * n) / handleTime, h });
  }
}
const patience = 300;
const patiences: [string, number | Distribution][] = [
  ['exponential', patience],
  ['deterministic', { kind: 'deterministic', mean: patience }],
  ['gamma CV 0.5', { kind: 'gamma', mean: patience, cv: 0.5 }],
  ['log-normal CV 2', { kind: 'lognormal', mean: patience, cv: 2 }],
];
for (const [n, rho] of [
  [50, 1.0],
  [200, 1.05],
] as const) {
  for (const [name, h] of handles) {
    rows.push({
      queue: `A: ${n} agents, ρ ${rho}`,
      handle: name,
      patience: 'exponential',
      agents: n,
      arrivalRate: (rho * n) / handleTime,
      h,
      p: patience,
      patienceMean: patience,
    });
  }
  for (const [name, p] of patiences.slice(1)) {
    rows.push({
      queue: `A: ${n} agents, ρ ${rho}`,
      handle: 'exponential',
      patience: name,
      agents: n,
      arrivalRate: (rho * n) / handleTime,
      h: handleTime,
      p,
      patienceMean: patience,
    });
  }
}

const pct = (x: number): string => (100 * x).toFixed(1);
const ci = (e: Estimate, f: (x: number) => string): string => `${f(e.value)} ± ${f((e.upper - e.lower) / 2)}`;
const sec = (x: number): string => x.toFixed(1);

console.log(
  `| queue (AHT ${handleTime} s, t = ${answerTime} s) | handle time | patience (mean ${patience} s) | SL formula | SL simulated | ASA formula | ASA simulated | abandon formula | abandon simulated |`,
);
console.log('|---|---|---|---:|---:|---:|---:|---:|---:|');
let seed = 1;
for (const r of rows) {
  const q = {
    arrivalRate: r.arrivalRate,
    handleTime,
    agents: r.agents,
    ...(r.patienceMean === undefined ? {} : { patience: r.patienceMean }),
  };
  const a = analyze(q, { answerTime });
  const s = simulate(
    { arrivalRate: r.arrivalRate, agents: r.agents, handleTime: r.h, ...(r.p === undefined ? {} : { patience: r.p }) },
    { calls: CALLS, answerTime, seed: seed++, batches: 30 },
  );
  const abandon = r.p === undefined ? '—' : pct(a.probAbandon);
  const abandonSim = r.p === undefined ? '—' : ci(s.probAbandon, pct);
  console.log(
    `| ${r.queue} | ${r.handle} | ${r.patience} | ${pct(a.serviceLevel ?? 0)} | ${ci(s.serviceLevel as Estimate, pct)} | ${sec(a.asa)} | ${ci(s.asa, sec)} | ${abandon} | ${abandonSim} |`,
  );
}
console.log(
  `\nService level (SL) and abandonment in %, ASA in seconds; simulated: ${CALLS.toLocaleString('en')} calls after warm-up, 95% CI by 30 batch means.`,
);
