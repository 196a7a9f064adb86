/**
 * How well `forecastInterval` foresees the rest of a half-hour on the bank's two weeks
 * (shared/data, via loadBankLog), replayed through a live tracker as `bench:replay` does. Every
 * 5 minutes of the weekdays' open hours (07–24), the live state (`tracker.liveState()`: callers
 * waiting and how long, agents on a call, handle time, patience) and the calls still expected
 * (the tracker's live arrival rate × the seconds left) go to `forecastInterval`; its service level
 * (answered within 20 s) and abandon share for the callers from then to the half-hour's end are
 * compared with what happened to those callers. Agents are given two ways: as logged in (the
 * distinct named agents within 15 minutes of a call), and as `liveState()` gives them: the
 * tracker's learned answering capacity × handle time (the agents effectively answering).
 * Nothing is fitted to the data.
 *
 * Run: npm run bench:alerts
 */
import { createQueueTracker, forecastInterval } from '../src/index.js';
import { callLogEvents } from '../src/realtime/replay/callLogEvents.js';
import { loadBankLog } from './realData/bankLog.js';

const ANSWER_TIME = 20;
const SLOT = 1800;
const STEP = 300;
const { calls } = loadBankLog();
const tracker = createQueueTracker();
const waitingSince = new Map<number, number>();
type Sample = {
  at: number;
  end: number;
  waitingIds: number[];
  predicted: Record<string, [number, number]>;
};
const samples: Sample[] = [];
let next = Math.ceil((calls[0]?.offeredAt ?? 0) / STEP) * STEP;

const sample = (at: number): void => {
  const hour = Math.floor((at % 86_400) / 3600);
  const weekday = new Date(at * 1000).getUTCDay();
  if (hour < 7 || weekday > 4 || at % SLOT === 0) return;
  const s = tracker.stats();
  const end = Math.ceil(at / SLOT) * SLOT;
  const waitingIds = [...waitingSince.keys()];
  const live = tracker.liveState({ now: at });
  const forecast = { calls: Math.min(100_000, s.arrivalRate * (end - at)), seconds: end - at };
  const predicted: Record<string, [number, number]> = {};
  for (const [name, agents] of [
    ['logged in', s.agents],
    ['answering', live.agents],
  ] as const) {
    const outlook = forecastInterval({ ...live, agents, busy: Math.min(live.busy ?? 0, agents) }, forecast, {
      serviceLevel: 0.8,
      answerTime: ANSWER_TIME,
    });
    predicted[name] = [outlook.serviceLevel, outlook.probAbandon];
  }
  samples.push({ at, end, waitingIds, predicted });
};

for (const event of callLogEvents(calls, undefined, 900)) {
  while (next < event.time) {
    sample(next);
    next += STEP;
  }
  if (!tracker.record(event).ok) continue;
  if (event.type === 'joined') waitingSince.set(event.id as number, event.time);
  if (event.type === 'answered' || event.type === 'abandoned') waitingSince.delete(event.id as number);
}

// What happened to the callers waiting at each sample and those arriving before its half-hour ends.
const byTime = calls.map((c, id) => ({ c, id }));
let from = 0;
const errors: Record<string, { sl: number[]; ab: number[] }> = { 'logged in': { sl: [], ab: [] }, answering: { sl: [], ab: [] } };
const realized: number[] = [];
for (const s of samples) {
  while (from < byTime.length && (byTime[from] as (typeof byTime)[number]).c.offeredAt < s.at) from++;
  const group = [...s.waitingIds.map((id) => calls[id] as (typeof calls)[number])];
  for (let i = from; i < byTime.length && (byTime[i] as (typeof byTime)[number]).c.offeredAt < s.end; i++)
    group.push((byTime[i] as (typeof byTime)[number]).c);
  if (group.length < 5) continue;
  const within = group.filter((c) => c.answeredAt !== undefined && c.answeredAt - c.offeredAt <= ANSWER_TIME).length / group.length;
  const abandoned = group.filter((c) => c.answeredAt === undefined).length / group.length;
  realized.push(within);
  for (const name of Object.keys(errors)) {
    const [sl, ab] = s.predicted[name] as [number, number];
    (errors[name] as { sl: number[] }).sl.push(sl - within);
    (errors[name] as { ab: number[] }).ab.push(ab - abandoned);
  }
}
const mean = (x: number[]) => x.reduce((a, b) => a + b, 0) / x.length;
const mae = (x: number[]) => mean(x.map(Math.abs));
console.log(
  `${realized.length} samples (every ${STEP / 60} min of weekdays 07–24, ≥ 5 callers to the half-hour's end); realized service level mean ${mean(realized).toFixed(3)}\n`,
);
console.log('| agents given as | SL MAE | SL bias | abandon MAE | abandon bias |');
console.log('|---|---|---|---|---|');
for (const [name, e] of Object.entries(errors))
  console.log(`| ${name} | ${mae(e.sl).toFixed(3)} | ${mean(e.sl).toFixed(3)} | ${mae(e.ab).toFixed(3)} | ${mean(e.ab).toFixed(3)} |`);
const flat = mean(realized);
console.log(`| (the mean realized level, in hindsight) | ${mae(realized.map((r) => r - flat)).toFixed(3)} | 0 | | |`);
for (const target of [0.5, 0.6, 0.7, 0.8]) {
  const line: string[] = [];
  for (const name of Object.keys(errors)) {
    let hit = 0;
    let alerts = 0;
    let misses = 0;
    realized.forEach((r, i) => {
      const predicted = r + ((errors[name] as { sl: number[] }).sl[i] as number);
      if (predicted < target) alerts++;
      if (r < target) misses++;
      if (predicted < target && r < target) hit++;
    });
    line.push(
      `${name}: alerts ${alerts}, precision ${(hit / Math.max(alerts, 1)).toFixed(2)}, recall ${(hit / Math.max(misses, 1)).toFixed(2)}`,
    );
  }
  console.log(`target ${target}: missed in ${realized.filter((r) => r < target).length}; ${line.join('; ')}`);
}
