import { simulate } from '../src/index.js';
import type { BenchCase } from './BenchCase.js';

/**
 * Simulator figures: ≥ 2 million simulated calls per second for a 100-agent queue
 * with abandonment, i.e. ≤ 50 ms per 100,000 calls. Each call runs 100,000 measured calls after
 * 10,000 warm-up calls (110,000 simulated), with a new seed each time.
 */
let seed = 1;
const erlangA = { arrivalRate: (0.95 * 100) / 180, handleTime: 180, agents: 100, patience: 300 };
const lognormal = {
  arrivalRate: (1.05 * 100) / 180,
  handleTime: { kind: 'lognormal' as const, mean: 180, cv: 1 },
  agents: 100,
  patience: { kind: 'gamma' as const, mean: 300, cv: 0.5 },
};
const day = {
  intervals: Array.from({ length: 48 }, (_, k) => {
    const calls = 1000 + 400 * Math.sin(k / 8);
    return { length: 1800, calls, agents: Math.ceil((calls * 180) / 1800 + 8) };
  }),
  handleTime: 180,
  patience: 300,
};

export const cases: BenchCase[] = [
  {
    name: 'simulate 100 agents ρ=0.95 Erlang A, 110k calls',
    target: '≤ 55 ms (≥ 2 M calls/s)',
    fn: () => simulate(erlangA, { calls: 100_000, seed: seed++, answerTime: 20 }),
  },
  {
    name: 'simulate 100 agents log-normal CV 1 + gamma patience, 110k calls',
    target: '≤ 110 ms',
    fn: () => simulate(lognormal, { calls: 100_000, seed: seed++ }),
  },
  {
    name: 'simulate day plan 48×30 min ~100 agents, 1 replication pair (~96k calls)',
    target: '≤ 100 ms',
    fn: () => simulate(day, { replications: 2, seed: seed++, answerTime: 20 }),
  },
];
