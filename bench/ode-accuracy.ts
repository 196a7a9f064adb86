/**
 * How far forecastInterval's Crank–Nicolson solver (its default `'ode'` method, which solves by
 * uniformization instead where that takes less work) is from exact uniformization
 * over a grid of contact-centre queues: interval 10 s–2 h, 1–500 agents, load 0.3–1.5, handle
 * time 30–1200 s, patience 30 s–∞, answer time 0–600 s, 0 to 2× agents waiting now, 0 to all
 * agents busy. Cases are drawn at random from the grid (seeded); each is solved once per method
 * and read at every answer time; with `continuous`, each input is drawn between the grid's ends
 * instead (log-uniform for times and agents). Prints the largest error of answeredWithin/calls and
 * abandoned/calls (= the service level's and the abandon rate's), per grid value, the worst cases
 * and the time each method took. Uniformization runs without its work limit (it is the reference).
 * Run: `npm run bench:ode -- [cases=1500] [seed=1] [continuous]`.
 */
import { occupancyCrankNicolson } from '../src/realtime/occupancyCrankNicolson.js';
import { occupancyUniformized } from '../src/realtime/occupancyUniformized.js';
import { type OccupancySolver, solveInterval } from '../src/realtime/solveInterval.js';

const cases = Number(process.argv[2] ?? 1500);
let seed = Number(process.argv[3] ?? 1) >>> 0;
const rand = (): number => {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return seed / 4294967296;
};
const continuous = process.argv[4] === 'continuous';
/** A grid value, or with `continuous` a value between the grid's ends (log-uniform when `log`; ∞ stays a grid value). */
const pick = (values: readonly number[], log = false): number => {
  const grid = values[Math.floor(rand() * values.length)] as number;
  if (!continuous || grid === Infinity) return grid;
  const finite = values.filter((v) => v !== Infinity);
  const [lo, hi] = [finite[0] as number, finite[finite.length - 1] as number];
  if (!log || lo <= 0) return lo + rand() * (hi - lo);
  return lo * (hi / lo) ** rand();
};

const GRID = {
  seconds: [10, 30, 100, 300, 900, 1800, 3600, 7200],
  agents: [1, 2, 3, 5, 10, 20, 50, 100, 200, 500],
  load: [0.3, 0.6, 0.8, 0.9, 1, 1.1, 1.2, 1.5],
  handleTime: [30, 60, 120, 300, 600, 1200],
  patience: [30, 60, 120, 300, 600, 1800, Infinity],
  waitingPerAgent: [0, 0.1, 0.5, 1, 2],
  busyPerAgent: [0, 0.5, 0.9, 1],
} as const;
const ANSWER_TIMES = [0, 10, 20, 60, 180, 600];

/** The solver's answer cached for the answer times read from it. */
const cached = (solver: OccupancySolver, clock: { ms: number }): OccupancySolver => {
  let key = '';
  let value: Float64Array = new Float64Array(0);
  return (chain) => {
    const k = [chain.agents, chain.start, chain.arrivalRate, chain.mu, chain.theta, chain.horizon].join(',');
    if (k !== key) {
      const t0 = performance.now();
      value = solver(chain);
      clock.ms += performance.now() - t0;
      key = k;
    }
    return value;
  };
};
const odeClock = { ms: 0 };
const exactClock = { ms: 0 };
const ode = cached(occupancyCrankNicolson, odeClock);
const exact = cached((chain) => occupancyUniformized(chain, Infinity), exactClock);

/** The grid value nearest to v (by ratio), to tabulate continuous draws. */
const nearest = (values: readonly number[], v: number): number =>
  values.reduce((best, g) => (Math.abs(Math.log((g + 1e-9) / (v + 1e-9))) < Math.abs(Math.log((best + 1e-9) / (v + 1e-9))) ? g : best));

interface Row {
  error: number;
  label: string;
  values: Record<string, number>;
}
const rows: Row[] = [];
const byValue = new Map<string, number>();
const MAX_CALLS = 100_000;
for (let c = 0; c < cases; c++) {
  const seconds = pick(GRID.seconds, true);
  const agents = Math.round(pick(GRID.agents, true));
  const load = pick(GRID.load);
  const handleTime = pick(GRID.handleTime, true);
  const patience = pick(GRID.patience, true);
  const waitingPerAgent = pick(GRID.waitingPerAgent);
  const waiting = Math.round(waitingPerAgent * agents);
  const busyPerAgent = waiting > 0 ? 1 : pick(GRID.busyPerAgent);
  const busy = Math.round(busyPerAgent * agents);
  const calls = Math.min(MAX_CALLS, (load * agents * seconds) / handleTime);
  const lambda = calls / seconds;
  const mu = 1 / handleTime;
  const theta = patience === Infinity ? 0 : 1 / patience;
  // Waits spread over the last two minutes, longest first (as forecastInterval sorts them).
  const waits = Array.from({ length: waiting }, (_, j) => (120 * (waiting - j - 0.5)) / waiting);
  const total = waiting + calls;
  let worst = 0;
  let worstT = 0;
  for (const T of continuous ? [pick(ANSWER_TIMES)] : ANSWER_TIMES) {
    const queue = { waits, arrivalRate: lambda, horizon: seconds, mu, theta, chainTheta: theta, answerTime: T };
    const a = solveInterval(agents, busy, { ...queue, solver: ode });
    const b = solveInterval(agents, busy, { ...queue, solver: exact });
    const e = Math.max(Math.abs(a.answeredWithin - b.answeredWithin), Math.abs(a.abandoned - b.abandoned)) / total;
    if (e > worst) [worst, worstT] = [e, T];
  }
  const values = { seconds, agents, load, handleTime, patience, waitingPerAgent, busyPerAgent };
  for (const [k, v] of Object.entries(values)) {
    const key = continuous ? `${k}=${nearest(GRID[k as keyof typeof GRID], v)}` : `${k}=${v}`;
    byValue.set(key, Math.max(byValue.get(key) ?? 0, worst));
  }
  const g4 = (v: number) => Number(v.toPrecision(4));
  const label = `n=${agents} busy=${busy} waiting=${waiting} calls=${g4(calls)} seconds=${g4(seconds)} handle=${g4(handleTime)} patience=${g4(patience)} (T=${g4(worstT)})`;
  rows.push({ error: worst, label, values });
}

rows.sort((x, y) => y.error - x.error);
const over = rows.filter((r) => r.error > 1e-5).length;
console.log(
  `${cases} cases × ${continuous ? 1 : ANSWER_TIMES.length} answer times; max |ode − exact| / calls = ${rows[0]?.error.toExponential(2)}`,
);
console.log(`over 1e-5: ${over}; ode ${odeClock.ms.toFixed(0)} ms, uniformization ${exactClock.ms.toFixed(0)} ms in all`);
console.log('\nworst cases:');
for (const r of rows.slice(0, 15)) console.log(`  ${r.error.toExponential(2)}  ${r.label}`);
console.log('\nlargest error per grid value:');
for (const k of Object.keys(GRID)) {
  const parts = (GRID[k as keyof typeof GRID] as readonly number[]).map((v) => `${v}: ${(byValue.get(`${k}=${v}`) ?? 0).toExponential(1)}`);
  console.log(`  ${k}  ${parts.join('  ')}`);
}
