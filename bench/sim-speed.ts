/**
 * Simulated calls per second for the speed target (≥ 2 million calls/s, 100 agents,
 * with abandonment), and for other shapes. Run: `npm run sim:speed` on an idle machine.
 * Each figure is the best of 5 runs of 2 million measured calls (plus 10% warm-up).
 */
import { type SimScenario, type SimulateOptions, simulate } from '../src/index.js';

const rate = (agents: number, rho: number, handleTime: number): number => (rho * agents) / handleTime;
const cases: [string, SimScenario, SimulateOptions][] = [
  [
    '100 agents, ρ 0.95, exponential handle time and patience',
    { arrivalRate: rate(100, 0.95, 180), handleTime: 180, agents: 100, patience: 300 },
    {},
  ],
  ['100 agents, ρ 0.95, no abandonment (Erlang C)', { arrivalRate: rate(100, 0.95, 180), handleTime: 180, agents: 100 }, {}],
  [
    '100 agents, ρ 1.1, log-normal CV 1 handle time, gamma patience',
    {
      arrivalRate: rate(100, 1.1, 180),
      handleTime: { kind: 'lognormal', mean: 180, cv: 1 },
      agents: 100,
      patience: { kind: 'gamma', mean: 300, cv: 0.5 },
    },
    {},
  ],
  ['1000 agents, ρ 0.98, exponential, patience', { arrivalRate: rate(1000, 0.98, 180), handleTime: 180, agents: 1000, patience: 300 }, {}],
  [
    '100 agents with abandonment, service levels at 20 s',
    { arrivalRate: rate(100, 0.95, 180), handleTime: 180, agents: 100, patience: 300 },
    { answerTime: 20 },
  ],
  [
    'plan: 48 half-hours, ~100 agents, patience',
    {
      intervals: Array.from({ length: 48 }, (_, k) => ({
        length: 1800,
        calls: 1000 + 400 * Math.sin(k / 8),
        agents: Math.ceil(((1000 + 400 * Math.sin(k / 8)) * 180) / 1800 + 8),
      })),
      handleTime: 180,
      patience: 300,
    },
    { replications: 40 },
  ],
];

for (const [name, scenario, options] of cases) {
  let best = 0;
  let calls = 0;
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    const budget: SimulateOptions = 'intervals' in scenario ? {} : { calls: 2_000_000 };
    const r = simulate(scenario, { ...budget, ...options, seed: i + 1 } as SimulateOptions);
    const dt = (performance.now() - t0) / 1000;
    calls = r.simulatedCalls;
    best = Math.max(best, r.simulatedCalls / dt);
  }
  console.log(`${name.padEnd(64)} ${(best / 1e6).toFixed(2)} M calls/s  (${calls} calls per run)`);
}
