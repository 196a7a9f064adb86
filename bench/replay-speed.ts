/**
 * Speed of `replay` alone (parsing excluded) on the bank's two shared weeks, with the library's
 * defaults and `agentWindow: 900` as in `bench:replay`: wall and CPU time of the first (cold) run
 * and the median of the following runs, per call, and extrapolated to a 31-day month at the same
 * call rate; then, in a fresh process each (`--month`), a 31-day log made of the two weeks repeated
 * (shifted by whole weeks, cut at 31 days): a timing stand-in only, its figures mean nothing. Issue 24
 * asks for a month in at most 200 ms.
 *
 * Run: npx tsx bench/replay-speed.ts [runs, default 9] [--month]
 */
import { type CallRecord, replay } from '../src/index.js';
import { loadBankLog } from './realData/bankLog.js';

const twoWeeks = loadBankLog().calls;
const WEEK = 7 * 86_400;
const start = twoWeeks[0]?.offeredAt ?? 0;
const shift = (call: CallRecord, by: number): CallRecord =>
  Object.fromEntries(
    Object.entries(call).map(([key, value]) => [key, typeof value === 'number' && key.endsWith('At') ? value + by : value]),
  ) as CallRecord;
const month = [0, 2, 4].flatMap((weeks) =>
  twoWeeks.map((call) => shift(call, weeks * WEEK)).filter((call) => call.offeredAt < start + 31 * 86_400),
);
const calls = process.argv.includes('--month') ? month : twoWeeks;
const runs = Math.max(2, Number(process.argv.find((arg) => /^\d+$/.test(arg)) ?? 9));
const walls: number[] = [];
const cpus: number[] = [];
for (let run = 0; run < runs; run++) {
  const cpu = process.cpuUsage();
  const started = performance.now();
  replay(calls, { agentWindow: 900 });
  walls.push(performance.now() - started);
  const used = process.cpuUsage(cpu);
  cpus.push((used.user + used.system) / 1000);
}
const median = (list: number[]): number => {
  const sorted = list.slice(1).sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
};
const first = calls[0]?.offeredAt ?? 0;
const last = calls.at(-1)?.offeredAt ?? 0;
const days = (last - first) / 86_400;
const perMonth = 31 / Math.max(days, 1);
const line = (name: string, ms: number) =>
  `${name}: ${ms.toFixed(0)} ms (${((1000 * ms) / calls.length).toFixed(2)} µs per call; a month ≈ ${(ms * perMonth).toFixed(0)} ms)`;
console.log(`replay of ${calls.length} calls over ${days.toFixed(1)} days, ${runs} runs`);
console.log(line('first run, wall', walls[0] as number));
console.log(line('first run, CPU ', cpus[0] as number));
console.log(line('median of the others, wall', median(walls)));
console.log(line('median of the others, CPU ', median(cpus)));
