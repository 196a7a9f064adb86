/**
 * A tracker warmed from the bank's own log (`warmTracker`) on the bank's two weeks: first the time
 * of warming from 4 hours and from a day (the first call in this process, and the median of the
 * following ones, wall and CPU time); then the warmed tracker against one that ran all along and a
 * cold one (only told the agents logged in): for `now` at 09:00–21:00
 * every two hours of days 2–13, the mean absolute gap between the mean waits told to the next
 * hour's callers on joining (per predictor) by the warmed or cold tracker and by the running one,
 * all three fed the same events from `now` on. 13 calls answered and never ended in the log are
 * left out (they would keep agents busy for ever in the running tracker). Nothing is fitted to
 * the log.
 *
 * Run: npm run bench:warm
 */
import type { CallRecord } from '../src/index.js';
import { createQueueTracker, restoreQueueTracker, warmTracker } from '../src/index.js';
import { callLogEvents } from '../src/realtime/replay/callLogEvents.js';
import { joinEstimateGap } from '../test/realtime/replay/warmStreams.js';
import { loadBankLog } from './realData/bankLog.js';

const calls = loadBankLog().calls.filter((c) => c.answeredAt === undefined || c.endedAt !== undefined);
const day = Math.floor((calls[0] as CallRecord).offeredAt / 86_400) * 86_400;
const nows = Array.from({ length: 12 }, (_, d) => [9, 11, 13, 15, 17, 19, 21].map((h) => day + (d + 1) * 86_400 + h * 3600)).flat();

// time first: the first call in a fresh process is the one a restarting backend makes
const median = (list: number[]): number => [...list].sort((a, b) => a - b)[list.length >> 1] as number;
const timings = (hours: number) => {
  const walls: number[] = [];
  const cpus: number[] = [];
  for (const now of nows) {
    const cpu = process.cpuUsage();
    const started = performance.now();
    warmTracker(createQueueTracker(), calls, { now, hours });
    walls.push(performance.now() - started);
    const used = process.cpuUsage(cpu);
    cpus.push((used.user + used.system) / 1000);
  }
  const ms = (x: number) => `${x.toFixed(1)} ms`;
  return `first ${ms(walls[0] as number)} wall, ${ms(cpus[0] as number)} CPU; median of the next ${nows.length - 1} ${ms(median(walls.slice(1)))} wall, ${ms(median(cpus.slice(1)))} CPU`;
};
console.log(`warming from 4 hours of the log (${calls.length} calls scanned): ${timings(4)}`);
console.log(`warming from a day: ${timings(24)}`);

const events = callLogEvents(calls, undefined, 900).filter((e) => e.type !== 'login' && e.type !== 'logout');
const predictors = ['auto', 'model', 'les', 'hol', 'history'] as const;
const windows = [4, 24] as const;
const sums = { cold: predictors.map(() => 0), 4: predictors.map(() => 0), 24: predictors.map(() => 0) };
for (const now of nows) {
  const ranAllAlong = createQueueTracker();
  warmTracker(ranAllAlong, calls, { now, hours: Infinity });
  const running = () => restoreQueueTracker(ranAllAlong.snapshot());
  const cold = createQueueTracker();
  cold.record({ type: 'login', time: now, count: ranAllAlong.stats().agents });
  const add = (into: number[], gaps: number[]) =>
    gaps.forEach((gap, i) => {
      into[i] = (into[i] as number) + gap / nows.length;
    });
  add(sums.cold, joinEstimateGap(running(), cold, events, now, 3600, predictors));
  for (const hours of windows) {
    const warm = createQueueTracker();
    warmTracker(warm, calls, { now, hours });
    add(sums[hours], joinEstimateGap(running(), warm, events, now, 3600, predictors));
  }
}
console.log(`\nmean gap to the running tracker, s (${nows.length} restarts, the next hour's callers each)`);
console.log(`| tracker | ${predictors.join(' | ')} |`);
console.log(`|---|${predictors.map(() => '---|').join('')}`);
for (const [name, row] of [
  ['cold', sums.cold],
  ['warmed 4 h', sums[4]],
  ['warmed 24 h', sums[24]],
] as const)
  console.log(`| ${name} | ${row.map((x) => x.toFixed(1)).join(' | ')} |`);
