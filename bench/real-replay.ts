/**
 * Replays the bank's two weeks (shared/data, via loadBankLog) through the live tracker with the
 * library's defaults, as a backend would feed it: queued callers joined/answered/abandoned/completed,
 * callers served without queueing as joined + answered at once, agents inferred as the distinct
 * named agents with a call within ±15 minutes (login/logout), internet (IN) calls left out. The
 * platform baselines are computed in the same run. Nothing here is fitted to the data.
 *
 * Run: npm run bench:replay  (add --json for the whole result, splits included)
 */

import type { ReplayMethod, ReplayTable } from '../src/index.js';
import { createQueueTracker, replay } from '../src/index.js';
import { callLogEvents } from '../src/realtime/replay/callLogEvents.js';
import { loadBankLog } from './realData/bankLog.js';

const { calls } = loadBankLog();
const started = performance.now();
const result = replay(calls, { agentWindow: 900 });
const seconds = (performance.now() - started) / 1000;

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(result, null, 2));
  process.exit(0);
}

// Flat baseline: announcing the mean wait of the answered queued callers (in hindsight) to everybody.
const waits = calls.filter((c) => c.answeredAt !== undefined && c.answeredAt > c.offeredAt).map((c) => c.answeredAt! - c.offeredAt);
const mean = waits.reduce((a, b) => a + b, 0) / waits.length;
const flatRmse = Math.sqrt(waits.reduce((a, w) => a + (w - mean) ** 2, 0) / waits.length);

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const row = (name: string, t: ReplayTable, m: ReplayMethod) => {
  const f = t[m];
  return `| ${name} | ${f.rmse.toFixed(1)} | ${f.mae.toFixed(1)} | ${f.bias.toFixed(1)} | ${pct(f.coverage)} | ${pct(f.predictedZero)} | ${pct(f.shortForLongWaits)} |`;
};
console.log(
  `bank log: ${result.calls.total} calls (${result.calls.waitedAnswered} waited and answered, ${result.calls.answeredAtOnce} at once, ${result.calls.abandoned} abandoned); rejected events ${result.rejectedEvents}; replay ${seconds.toFixed(1)} s`,
);
console.log(`answered queued callers: mean wait ${mean.toFixed(1)} s, sd ${flatRmse.toFixed(1)} s\n`);
console.log('| method | RMSE s | MAE s | bias s | covered by announced | predicted zero | told < 5 s of waits ≥ 30 s |');
console.log('|---|---|---|---|---|---|---|');
for (const m of ['auto', 'model', 'les', 'hol', 'history', 'asterisk', 'genesys'] as const) console.log(row(m, result.overall, m));
console.log(`| flat ${mean.toFixed(0)} s (hindsight) | ${flatRmse.toFixed(1)} | | 0 | | | |`);

// A hindsight reference, not a predictor: each answered queued caller told the mean wait, over the
// whole log (the future included), of the answered queued callers of its class who found as many
// callers ahead (position as the tracker counts it). What queue length and class alone explain.
const hindsight = (() => {
  const tracker = createQueueTracker();
  const found = new Map<number, string>();
  const cells = new Map<string, number[]>();
  for (const event of callLogEvents(calls, undefined, 900)) {
    tracker.record(event);
    if (event.type === 'joined') found.set(event.id as number, `${event.priority ?? 0}|${tracker.position(event.id) as number}`);
    if (event.type !== 'answered') continue;
    const wait = event.time - (calls[event.id as number] as (typeof calls)[number]).offeredAt;
    const cell = found.get(event.id as number) as string;
    if (wait > 0)
      cells
        .set(cell, cells.get(cell) ?? [])
        .get(cell)
        ?.push(wait);
  }
  let squares = 0;
  let count = 0;
  for (const list of cells.values()) {
    const m = list.reduce((a, b) => a + b, 0) / list.length;
    for (const w of list) squares += (w - m) ** 2;
    count += list.length;
  }
  return Math.sqrt(squares / count);
})();
console.log(`| hindsight mean by class × callers ahead | ${hindsight.toFixed(1)} | | 0 | | | |`);

const o = result.overall;
const better = Math.min(o.genesys.rmse, o.asterisk.rmse);
console.log('\ndone when:');
console.log(
  `- auto RMSE ${o.auto.rmse.toFixed(1)} s ≤ 0.85 × better baseline ${better.toFixed(1)} s = ${(0.85 * better).toFixed(1)} s: ${o.auto.rmse <= 0.85 * better ? 'MET' : 'NOT MET'} (ratio ${(o.auto.rmse / better).toFixed(3)})`,
);
console.log(
  `- announced 0.8 quantile covers ${pct(o.auto.coverage)} (75–85%): ${o.auto.coverage >= 0.75 && o.auto.coverage <= 0.85 ? 'MET' : 'NOT MET'}`,
);
console.log(
  `- told < 5 s among waits ≥ 30 s: ${pct(o.auto.shortForLongWaits)} (≤ 5%): ${o.auto.shortForLongWaits <= 0.05 ? 'MET' : 'NOT MET'}`,
);

console.log('\nauto by callers ahead on arrival:');
for (const g of result.byQueueLength)
  console.log(
    `  ${g.ahead.padStart(4)}: n=${g.figures.auto.count} RMSE ${g.figures.auto.rmse.toFixed(1)} bias ${g.figures.auto.bias.toFixed(1)} covered ${pct(g.figures.auto.coverage)} (genesys RMSE ${g.figures.genesys.rmse.toFixed(1)})`,
  );
console.log('auto by hour of day:');
for (const g of result.byHour)
  console.log(
    `  ${String(g.hour).padStart(2)}h: n=${g.figures.auto.count} RMSE ${g.figures.auto.rmse.toFixed(1)} bias ${g.figures.auto.bias.toFixed(1)} covered ${pct(g.figures.auto.coverage)}`,
  );
