import { announce, createQueueTracker, estimateWait, forecastInterval } from '../src/index.js';
import type { BenchCase } from './BenchCase.js';

// estimateWait + announce for one caller (the 0.8 quantile, English, cached formatters).
let k = 0;
const withAbandonment = (): unknown => announce(estimateWait({ ahead: 10 + (k++ & 7), agents: 20, handleTime: 240, patience: 300 }));
const withoutAbandonment = (): unknown => announce(estimateWait({ ahead: 10 + (k++ & 7), agents: 20, handleTime: 240 }));
// Warm up (JIT, formatter and text caches) so the harness calibrates on steady-state calls.
for (let i = 0; i < 50_000; i++) {
  withAbandonment();
  withoutAbandonment();
}

// A tracker holding 10,000 waiting callers: re-estimate all of them after an event.
const big = createQueueTracker({ agents: 500, handleTime: 300, capacity: 16384 });
for (let i = 0; i < 10_000; i++) big.record({ type: 'joined', time: i * 0.1, id: i });

// Tracker throughput: a steady pattern (10 agents, 20 waiting), 999 events per call.
const tracker = createQueueTracker({ agents: 10, handleTime: 30, patience: 120 });
let step = 0;
function events999(): unknown {
  for (let j = 0; j < 333; j++, step++) {
    tracker.record({ type: 'joined', time: step, id: step });
    if (step >= 20) tracker.record({ type: 'answered', time: step, id: step - 20 });
    if (step >= 30) tracker.record({ type: 'completed', time: step, id: step - 30 });
  }
  return tracker.stats().waiting;
}

// One caller's estimate (auto) and its announced quantile, 20 waiting, predictors calibrated.
for (let i = 0; i < 5000; i++) events999();
let probe = 0;
const estimateOne = (): unknown => {
  const id = step - 1 - (probe++ % 15);
  return tracker.estimate(id)?.quantile(0.8);
};

// forecastInterval: 500 agents, 60 waiting, 30 minutes left.
const state = { agents: 500, waiting: Array.from({ length: 60 }, (_, i) => i * 2), handleTime: 300, patience: 180 };
const forecast = { calls: 3000, seconds: 1800 };
const target = { serviceLevel: 0.8, answerTime: 20 };
// A short interval: 10 agents, 3 waiting, 2 minutes left.
const shortState = { agents: 10, waiting: [40, 25, 5], handleTime: 180, patience: 300 };
const shortForecast = { calls: 8, seconds: 120 };

export const cases: BenchCase[] = [
  { name: 'estimateWait+announce ahead≈10 n=20 patience=300 s', target: '≤ 2 µs', fn: withAbandonment },
  { name: 'estimateWait+announce ahead≈10 n=20 no abandonment', target: '≤ 1 µs', fn: withoutAbandonment },
  { name: 'tracker.estimateAll 10,000 waiting callers', target: '≤ 5 ms', fn: () => big.estimateAll({ predictor: 'model' }) },
  { name: 'tracker.record ×999 events (per event = /999)', target: '≤ 1 ms (1 µs/event)', fn: events999 },
  { name: 'tracker.estimate one waiting caller (auto) + quantile(0.8)', target: '≤ 2 µs', fn: estimateOne },
  {
    name: 'forecastInterval n=500 horizon=30 min (with agentsNeeded)',
    target: '≤ 20 ms',
    fn: () => forecastInterval(state, forecast, target),
  },
  {
    name: "forecastInterval n=500 horizon=30 min method='uniformization' (with agentsNeeded)",
    target: "(the reference of 'ode')",
    fn: () => forecastInterval(state, forecast, target, { method: 'uniformization' }),
  },
  {
    name: 'forecastInterval n=10 horizon=2 min (with agentsNeeded)',
    target: '≤ 1 ms',
    fn: () => forecastInterval(shortState, shortForecast, target),
  },
  {
    name: "forecastInterval n=10 horizon=2 min method='uniformization' (with agentsNeeded)",
    target: "(the reference of 'ode')",
    fn: () => forecastInterval(shortState, shortForecast, target, { method: 'uniformization' }),
  },
];
