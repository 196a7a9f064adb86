/**
 * A tracker warmed from the bank's own log (`warmTracker`) on the bank's two weeks: first the time
 * of warming from 4 hours and from a day (the first call in this process, and the median of the
 * following ones, wall and CPU time); then the warmed tracker against one that ran all along and a
 * cold one (only told the agents logged in): for `now` at 09:00–21:00
 * every two hours of days 2–13, the mean absolute gap between the mean waits told to the next
 * hour's callers on joining (per predictor) by the warmed or cold tracker and by the running one,
 * all three fed the same events from `now` on. 13 calls answered and never ended in the log are
 * left out (they would keep agents busy for ever in the running tracker). Nothing is fitted to
 * the log. Last, the same for a centre of queues by call type (`warmCentreTracker`, IN
 * included, the roster as `bench:replay-centre` declares it): its warming time, and the mean gap
 * of the waits its queues tell joining callers to those of a centre that ran all along.
 *
 * Run: npm run bench:warm
 */
import type { CallRecord, CentreTrackerEvent } from '../src/index.js';
import {
  createCentreTracker,
  createQueueTracker,
  restoreCentreTracker,
  restoreQueueTracker,
  warmCentreTracker,
  warmTracker,
} from '../src/index.js';
import { callLogEvents } from '../src/realtime/replay/callLogEvents.js';
import { bankCentre, centreJoinGap, recordTied } from '../test/realtime/replay/warmCentreStreams.js';
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

// The log as a centre of queues by call type (IN included; roster as bench:replay-centre), warmed
// by warmCentreTracker: the same restarts, the centre's mean waits (each queue's view, `auto`).
const bank = bankCentre();
const centreOptions = { queues: Object.fromEntries(bank.queues.map((q) => [q, {}])), agents: bank.roster };
const centreTimings = (hours: number) => {
  const cpus: number[] = [];
  for (const now of nows) {
    const cpu = process.cpuUsage();
    warmCentreTracker(createCentreTracker(centreOptions), bank.records, { now, hours });
    const used = process.cpuUsage(cpu);
    cpus.push((used.user + used.system) / 1000);
  }
  return `first ${(cpus[0] as number).toFixed(1)} ms CPU, median of the next ${nows.length - 1} ${median(cpus.slice(1)).toFixed(1)} ms CPU`;
};
console.log(
  `\ncentre by call type (${bank.records.length} calls scanned): warming from 4 hours ${centreTimings(4)}; from a day ${centreTimings(24)}`,
);
const centreSums = { cold: 0, 4: 0, 24: 0 };
const ranAllAlong = createCentreTracker(centreOptions);
let next = 0;
for (const now of nows) {
  while (next < bank.events.length && (bank.events[next] as CentreTrackerEvent).time < now)
    recordTied(ranAllAlong, bank.events[next++] as CentreTrackerEvent);
  const running = () => restoreCentreTracker(ranAllAlong.snapshot());
  // cold: told only who is logged in at now
  const present = new Set<string | number>();
  for (const e of bank.agentEvents) if (e.time < now && 'agent' in e) e.type === 'login' ? present.add(e.agent) : present.delete(e.agent);
  const cold = createCentreTracker(centreOptions);
  for (const agent of present) cold.record({ type: 'login', time: now, agent });
  centreSums.cold += centreJoinGap(running(), cold, bank.events, now, 3600) / nows.length;
  for (const hours of windows) {
    const warm = createCentreTracker(centreOptions);
    warmCentreTracker(warm, bank.records, { now, hours });
    centreSums[hours] += centreJoinGap(running(), warm, bank.events, now, 3600) / nows.length;
  }
}
console.log(`\nmean gap of the centre's waits to a centre that ran all along, s (${nows.length} restarts, the next hour's callers each)`);
console.log("| centre | auto (each queue's view) |\n|---|---|");
for (const [name, gap] of [
  ['cold', centreSums.cold],
  ['warmed 4 h', centreSums[4]],
  ['warmed 24 h', centreSums[24]],
] as const)
  console.log(`| ${name} | ${gap.toFixed(1)} |`);
