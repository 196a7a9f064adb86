import { requiredAgents, requiredLines, staffingPlan } from '../src/index.js';
import type { BenchCase } from './BenchCase.js';
import { plainRequiredAgents } from './plainRequiredAgents.js';

/** Cycles through slightly different inputs so no call can be folded into a constant. */
function cycle<T>(inputs: T[], call: (input: T) => unknown): () => unknown {
  let i = 0;
  return () => call(inputs[i++ % inputs.length] as T);
}

const sl8020 = { serviceLevel: 0.8, answerTime: 20 };
const withAbandon = { serviceLevel: 0.8, answerTime: 20, maxAbandon: 0.05 };

const demands = (load: number, patience?: number) =>
  Array.from({ length: 64 }, (_, k) => {
    const arrivalRate = (load * (1 + k * 1e-4)) / 180;
    return patience === undefined ? { arrivalRate, handleTime: 180 } : { arrivalRate, handleTime: 180, patience };
  });

/** A 96-interval day (15 minutes each) peaking at about 5,000 agents. */
const day = (scale: number) =>
  Array.from({ length: 96 }, (_, i) => ({
    start: i * 900,
    length: 900,
    calls: 25_000 * scale * (0.15 + 0.85 * Math.exp(-(((i - 48) / 18) ** 2))),
    handleTime: 180,
  }));
const days = Array.from({ length: 8 }, (_, k) => day(1 + k * 1e-4));

/**
 * requiredAgents against the plain binary search (bench/plainRequiredAgents.ts) at everyday sizes:
 * both give the number of agents (the result's other fields are computed when read: the rows
 * "every field read" read them all, as a report does).
 */
const absoluteTargets: Record<number, string> = { 100: '≤ 5 µs, ', 10000: '≤ 20 µs, ' };
const againstPlain: BenchCase[] = [1, 5, 20, 100, 300, 1000, 10_000].flatMap((load) => [
  {
    name: `requiredAgents Erlang C 80/20 a=${load === 10_000 ? '10^4' : load}`,
    target: `${absoluteTargets[load] ?? ''}≤ ½ plain`,
    fn: cycle(demands(load), (d) => requiredAgents(d, sl8020).agents),
  },
  {
    name: `plain binary search (O(n) Erlang B recursion) 80/20 a=${load === 10_000 ? '10^4' : load}`,
    target: 'baseline',
    fn: cycle(demands(load), (d) => plainRequiredAgents(d.arrivalRate, d.handleTime, 0.8, 20)),
  },
]);

/** The whole answer: agents, fractional agents, binding constraint and metrics. */
const everyField: BenchCase[] = [5, 100].map((load) => ({
  name: `requiredAgents Erlang C 80/20 a=${load}, every field read`,
  target: '—',
  fn: cycle(demands(load), (d) => {
    const r = requiredAgents(d, sl8020);
    return r.agents + r.fractionalAgents + r.binding.length + r.metrics.asa;
  }),
}));

const list: BenchCase[] = [
  ...againstPlain,
  ...everyField,
  { name: 'requiredAgents Erlang C 80/20 a=10^6', target: '≤ 100 µs', fn: cycle(demands(1e6), (d) => requiredAgents(d, sl8020)) },
  {
    name: 'requiredAgents Erlang A 80/20 + maxAbandon 5% a=1000',
    target: '≤ 50 µs',
    fn: cycle(demands(1000, 300), (d) => requiredAgents(d, withAbandon)),
  },
  { name: 'requiredLines a=10^4 at 1%', target: '—', fn: cycle([1e4, 1.0001e4, 1.0002e4], (a) => requiredLines(a, { maxBlocking: 0.01 })) },
  { name: 'staffingPlan 96 intervals peak 5000 agents SIPP', target: '≤ 2 ms', fn: cycle(days, (d) => staffingPlan(d, sl8020)) },
  {
    name: 'staffingPlan 96 intervals peak 5000 agents offered load',
    target: '≤ 10 ms',
    fn: cycle(days, (d) => staffingPlan(d, sl8020, { method: 'offeredLoad' })),
  },
];

export const cases: BenchCase[] = list;
