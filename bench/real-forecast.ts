/**
 * Forecast accuracy on the bank's log: fit on the first week (1–7 Feb 1999), forecast
 * the second, and score the half-hour volumes of the weekdays (Sunday–Thursday, the bank's
 * working week) from 07:00 to 24:00. Prints RMSE and MAPE of the method `forecastArrivals`
 * chooses by its own backtest, of seasonal naive and of a pooled weekday profile (both computed
 * here, independently), beside the Poisson noise floor √(mean count) and an oracle that knows
 * week 2's own weekday profile and daily volumes (a limit for profile methods, not a forecast).
 * Run: `npm run bench:forecast` (`-- --json` for JSON).
 */
import { forecastArrivals, type HistoryRow } from '../src/index.js';
import { loadBankLog } from './realData/bankLog.js';

const HALF = 1800;
const DAY = 86_400;
// Volume = every call that reached the centre (VRU entry), as a forecaster counts it; handle
// times from the calls answered by an agent.
const { calls, arrivals } = loadBankLog();
const firstDay = Math.floor((arrivals[0] ?? 0) / DAY) * DAY;
const days = 14;
const counts = new Float64Array(days * 48);
const handle = new Float64Array(days * 48);
const handled = new Float64Array(days * 48);
for (const t of arrivals) {
  const k = Math.floor((t - firstDay) / HALF);
  if (k >= 0 && k < counts.length) counts[k] = (counts[k] as number) + 1;
}
for (const c of calls) {
  const k = Math.floor((c.offeredAt - firstDay) / HALF);
  if (k < 0 || k >= counts.length) continue;
  if (c.answeredAt !== undefined && c.endedAt !== undefined) {
    handle[k] = (handle[k] as number) + (c.endedAt - c.answeredAt);
    handled[k] = (handled[k] as number) + 1;
  }
}
const history: HistoryRow[] = [];
for (let k = 0; k < 7 * 48; k++) {
  const row: HistoryRow = { start: firstDay + k * HALF, length: HALF, calls: counts[k] as number };
  if ((handled[k] as number) > 0) row.handleTime = (handle[k] as number) / (handled[k] as number);
  history.push(row);
}
const weekday = (day: number): number => (Math.floor(firstDay / DAY) + day + 4) % 7;
const scored: number[] = []; // indexes into week 2 (0 .. 7·48)
for (let d = 0; d < 7; d++) {
  if (weekday(7 + d) > 4) continue; // Friday, Saturday
  for (let s = 14; s < 48; s++) scored.push(d * 48 + s);
}
const actual = (i: number): number => counts[7 * 48 + i] as number;

// Independent baselines: seasonal naive, and the weekday (Sun–Thu) profile pooled over week 1 × the mean weekday volume.
const naive = (i: number): number => counts[i] as number;
const profile = new Float64Array(48);
let weekdayTotal = 0;
let weekdays = 0;
for (let d = 0; d < 7; d++) {
  if (weekday(d) > 4) continue;
  weekdays++;
  for (let s = 0; s < 48; s++) {
    profile[s] = (profile[s] as number) + (counts[d * 48 + s] as number);
    weekdayTotal += counts[d * 48 + s] as number;
  }
}
const pooled = (i: number): number => (profile[i % 48] as number) / weekdays;

// Not a forecast: week 2's own weekday profile × each day's actual volume, a limit for any
// profile-times-level method (it knows the future shape and level exactly).
const oracleShape = new Float64Array(48);
let oracleTotal = 0;
const dayVolume = new Float64Array(7);
for (let d = 0; d < 7; d++) {
  for (let s = 0; s < 48; s++) dayVolume[d] = (dayVolume[d] as number) + (counts[(7 + d) * 48 + s] as number);
  if (weekday(7 + d) > 4) continue;
  for (let s = 0; s < 48; s++) oracleShape[s] = (oracleShape[s] as number) + (counts[(7 + d) * 48 + s] as number);
  oracleTotal += dayVolume[d] as number;
}
const oracle = (i: number): number => ((oracleShape[i % 48] as number) / oracleTotal) * (dayVolume[Math.floor(i / 48)] as number);

const t0 = performance.now();
const result = forecastArrivals(history, { days: 7 });
const ms = performance.now() - t0;
const byStart = new Map(result.rows.map((r) => [r.start, r]));
const chosen = (i: number): number => byStart.get(firstDay + (7 * 48 + i) * HALF)?.calls ?? 0;
const inside = scored.filter((i) => {
  const r = byStart.get(firstDay + (7 * 48 + i) * HALF);
  return r !== undefined && actual(i) >= r.lower && actual(i) <= r.upper;
}).length;

function score(f: (i: number) => number): { rmse: number; mape: number } {
  let se = 0;
  let ape = 0;
  let n = 0;
  for (const i of scored) {
    const e = actual(i) - f(i);
    se += e * e;
    if (actual(i) > 0) {
      ape += Math.abs(e) / actual(i);
      n++;
    }
  }
  return { rmse: Math.sqrt(se / scored.length), mape: ape / n };
}
const mean = scored.reduce((s, i) => s + actual(i), 0) / scored.length;
const sn = score(naive);
const rows = [
  { method: 'seasonal naive', ...score(naive) },
  { method: 'pooled weekday profile (Sun–Thu)', ...score(pooled) },
  { method: `forecastArrivals: ${result.method}`, ...score(chosen) },
  { method: 'oracle (not a forecast): week 2 shape × actual day volumes', ...score(oracle) },
].map((r) => ({
  ...r,
  rmse: Number(r.rmse.toFixed(3)),
  mape: Number(r.mape.toFixed(4)),
  'vs naive': `${(100 * (1 - r.rmse / sn.rmse)).toFixed(1)}% lower`,
}));
const summary = {
  scoredIntervals: scored.length,
  meanCount: Number(mean.toFixed(2)),
  poissonFloor: Number(Math.sqrt(mean).toFixed(3)),
  predictionIntervalCoverage95: Number((inside / scored.length).toFixed(3)),
  forecastMs: Math.round(ms),
  backtest: result.backtest.map((b) => ({ method: b.method, rmse: Number(b.rmse.toFixed(3)), dailyRmse: Number(b.dailyRmse.toFixed(1)) })),
  weekdayMeanVolume: Math.round(weekdayTotal / weekdays),
};
if (process.argv.includes('--json')) console.log(JSON.stringify({ rows, summary }, null, 2));
else {
  console.table(rows);
  console.log(summary);
}
