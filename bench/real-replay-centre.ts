/**
 * Replays the bank's two weeks (shared/data, via loadBankLog) as a centre of queues by call type
 * (PS, PE, NE, NW, TT and IN) through createCentreTracker, with the library's defaults, as a
 * backend would feed it: each call joins its type's queue, answered naming its agent, completed,
 * abandoned; each named agent logs in 15 minutes before its first answer of a stretch and out 15
 * minutes after its last call ends (the log has no log-ins). Which agent serves which type is what
 * a user would declare: the types it answered in the log's first quarter of calls (an agent
 * answering another type later serves it from then on, as the centre learns). An answer naming an
 * agent still on its previous call (the log has agents answering a second before hanging up) is
 * sent again without its agent, as a backend that cannot tie it would. Scored on the callers who
 * waited and were answered, predicted at the join: overall and per queue `auto` against the
 * single-queue tracker fed every type as one line (the same callers), and against bench:replay's
 * (IN left out) on the others; per queue against the Genesys-style formula for that queue (its
 * handle time × (position + 1) ÷ its agents × (1 − its recent abandon share)). Nothing here is
 * fitted to the data.
 *
 * Run: npm run bench:replay-centre
 */

import type { CallRecord, CentreAgent, CentreTrackerEvent, QueueEvent } from '../src/index.js';
import { createCentreTracker, createQueueTracker } from '../src/index.js';
import { callLogEvents } from '../src/realtime/replay/callLogEvents.js';
import { ReplayScore } from '../src/realtime/replay/ReplayScore.js';
import { loadBankLog } from './realData/bankLog.js';

const WINDOW = 900;
const RECENT_OUTCOMES = 200;
const QUANTILE = 0.8;
const { calls } = loadBankLog({ includeInternet: true });
const started = performance.now();

/** Named log-ins and log-outs: each agent present from WINDOW before an answer to WINDOW after the call's end, spans merged. */
function agentEvents(records: readonly CallRecord[]): { time: number; event: CentreTrackerEvent }[] {
  const spans = new Map<string, [number, number][]>();
  for (const c of records) {
    if (c.agent === undefined || c.answeredAt === undefined) continue;
    spans.set(c.agent, [
      ...(spans.get(c.agent) ?? []),
      [c.answeredAt - WINDOW, Math.max(c.endedAt ?? c.answeredAt, c.answeredAt) + WINDOW],
    ]);
  }
  const out: { time: number; event: CentreTrackerEvent }[] = [];
  for (const [agent, list] of spans) {
    list.sort((a, b) => a[0] - b[0]);
    let [start, end] = list[0] as [number, number];
    for (const [s, e] of [...list.slice(1), [Infinity, Infinity] as [number, number]]) {
      if (s <= end) end = Math.max(end, e);
      else {
        out.push({ time: start, event: { type: 'login', time: start, agent } }, { time: end, event: { type: 'logout', time: end, agent } });
        [start, end] = [s, e];
      }
    }
  }
  return out.sort((a, b) => a.time - b.time);
}

/** The roster a user would declare: each agent serves the types it answered in the first quarter of the calls. */
function firstPartRoster(records: readonly CallRecord[]): CentreAgent[] {
  const serves = new Map<string, Record<string, number>>();
  for (const c of records.slice(0, Math.floor(records.length / 4))) {
    if (c.agent === undefined || c.answeredAt === undefined || c.callType === undefined) continue;
    serves.set(c.agent, { ...serves.get(c.agent), [c.callType]: 0 });
  }
  return [...serves].map(([agent, s]) => ({ agent, serves: s }));
}

const types = [...new Set(calls.map((c) => c.callType as string))].sort();
const roster = firstPartRoster(calls);
const centre = createCentreTracker({ queues: Object.fromEntries(types.map((t) => [t, {}])), agents: roster });

// The calls' events (ids: index in `calls`) in the replay's order, the agents' merged in: log-ins
// before the calls' events of the same instant, log-outs after.
const callEvents = callLogEvents(calls, [], WINDOW);
const agents = agentEvents(calls);
const stream: CentreTrackerEvent[] = [];
let k = 0;
for (const e of callEvents) {
  while (
    k < agents.length &&
    ((agents[k]?.time as number) < e.time || ((agents[k]?.time as number) === e.time && agents[k]?.event.type === 'login'))
  )
    stream.push((agents[k++] as { event: CentreTrackerEvent }).event);
  const call = calls[(e as { id: number }).id] as CallRecord;
  if (e.type === 'joined') stream.push({ ...e, queue: call.callType as string });
  else if (e.type === 'answered' && call.agent !== undefined) stream.push({ ...e, agent: call.agent });
  else stream.push(e as CentreTrackerEvent);
}
while (k < agents.length) stream.push((agents[k++] as { event: CentreTrackerEvent }).event);

// Per call: the centre's auto mean and announced time, Genesys-style for its queue, when it joined.
const told = new Map<number, [number, number, number]>();
const outcomes = new Map<string, number[]>(types.map((t) => [t, []]));
let rejected = 0;
let mismatched = 0;
for (const event of stream) {
  let result = centre.record(event);
  // The log has agents answering a call a second before their previous one ends: such an answer
  // is sent again without its agent, as a backend would that cannot tie it.
  if (!result.ok && result.error.code === 'agent-mismatch' && event.type === 'answered') {
    mismatched += 1;
    result = centre.record({ type: 'answered', time: event.time, id: event.id });
  }
  if (!result.ok) {
    rejected += 1;
    continue;
  }
  if (event.type === 'joined') {
    const id = event.id as number;
    const q = centre.queue(event.queue);
    const estimate = centre.estimate(id);
    const s = q.stats();
    const recent = outcomes.get(event.queue) as number[];
    const abandonShare = recent.length > 0 ? recent.reduce((a, b) => a + b, 0) / recent.length : 0;
    const genesys = ((s.handleTime * ((q.position(id) as number) + 1)) / Math.max(s.agents, 1)) * (1 - abandonShare);
    if (estimate !== undefined) told.set(id, [estimate.mean, estimate.quantile(QUANTILE), genesys]);
  } else if (event.type === 'answered' || event.type === 'abandoned') {
    const recent = outcomes.get((calls[event.id as number] as CallRecord).callType as string) as number[];
    recent.push(event.type === 'abandoned' ? 1 : 0);
    if (recent.length > RECENT_OUTCOMES) recent.shift();
  }
}
const centreSeconds = (performance.now() - started) / 1000;

/** The single-queue tracker (priorities as the log writes them, one line) over the calls `keep` keeps: its auto when each caller joined, by index in `calls`. */
function singleQueue(keep: (c: CallRecord) => boolean): Map<number, [number, number]> {
  const told = new Map<number, [number, number]>();
  const index = calls.flatMap((c, i) => (keep(c) ? [i] : []));
  const tracker = createQueueTracker();
  for (const event of callLogEvents(
    index.map((i) => calls[i] as CallRecord),
    undefined,
    WINDOW,
  ) as QueueEvent[]) {
    if (!tracker.record(event).ok || event.type !== 'joined') continue;
    const estimate = tracker.estimate(event.id);
    if (estimate !== undefined) told.set(index[event.id as number] as number, [estimate.mean, estimate.quantile(QUANTILE)]);
  }
  return told;
}
// Every type in one line (the same callers as the centre's), and every type but IN (as bench:replay).
const singleAll = singleQueue(() => true);
const singleNoInternet = singleQueue((c) => c.callType !== 'IN');

/** Paired differences of squared errors, centre − Genesys-style, for a z-score (is a gap more than noise?). */
class PairedGap {
  private n = 0;
  private sum = 0;
  private squares = 0;
  add(centre: number, genesys: number, wait: number): void {
    const d = (centre - wait) ** 2 - (genesys - wait) ** 2;
    this.n += 1;
    this.sum += d;
    this.squares += d * d;
  }
  /** The mean difference over its standard error (< 0: the centre better). */
  get z(): number {
    const mean = this.sum / this.n;
    const variance = Math.max(0, this.squares / this.n - mean * mean);
    return mean / Math.sqrt(variance / this.n);
  }
}
const score = () => ({ centre: new ReplayScore(), single: new ReplayScore(), genesys: new ReplayScore(), gap: new PairedGap() });
const overall = score();
const overallNoInternet = score();
const byQueue = new Map(types.map((t) => [t, score()]));
calls.forEach((c, id) => {
  const wait = c.answeredAt === undefined ? 0 : c.answeredAt - c.offeredAt;
  const mine = told.get(id);
  const theirs = singleAll.get(id);
  if (!(wait > 0) || mine === undefined || theirs === undefined) return;
  for (const g of [overall, byQueue.get(c.callType as string) as ReturnType<typeof score>]) {
    g.centre.add(mine[0], mine[1], wait);
    g.single.add(theirs[0], theirs[1], wait);
    g.genesys.add(mine[2], mine[2], wait);
    g.gap.add(mine[0], mine[2], wait);
  }
  const without = singleNoInternet.get(id);
  if (without === undefined) return;
  overallNoInternet.centre.add(mine[0], mine[1], wait);
  overallNoInternet.single.add(without[0], without[1], wait);
  overallNoInternet.genesys.add(mine[2], mine[2], wait);
});

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const s = centre.stats();
console.log(
  `bank log as a centre of ${types.length} queues by call type: ${calls.length} calls, ${roster.length} agents declared from the first quarter, rejected events ${rejected}, answers sent again without their agent ${mismatched}; centre replay ${centreSeconds.toFixed(1)} s`,
);
console.log(`queues' agents at the end: ${types.map((t) => `${t} ${s.queues[t]?.agents}`).join(', ')}\n`);
console.log(
  '| queue | callers who waited | centre auto RMSE s | single-queue auto RMSE s | Genesys-style (queue) RMSE s | centre bias s | centre coverage | centre ≤ Genesys | paired z (centre − Genesys, squared errors) |',
);
console.log('|---|---|---|---|---|---|---|---|---|');
const line = (name: string, g: ReturnType<typeof score>) => {
  const c = g.centre.figures();
  const one = g.single.figures();
  const gen = g.genesys.figures();
  console.log(
    `| ${name} | ${c.count} | ${c.rmse.toFixed(1)} | ${one.rmse.toFixed(1)} | ${gen.rmse.toFixed(1)} | ${c.bias.toFixed(1)} | ${pct(c.coverage)} | ${c.rmse <= gen.rmse ? 'yes' : 'NO'} | ${Number.isFinite(g.gap.z) ? g.gap.z.toFixed(2) : '—'} |`,
  );
  return c.rmse <= gen.rmse;
};
const perQueue = types.map((t) => line(t, byQueue.get(t) as ReturnType<typeof score>)).every(Boolean);
line('all', overall);
line('all but IN (single-queue without IN, as bench:replay)', overallNoInternet);
const verdict = (name: string, g: ReturnType<typeof score>) => {
  const c = g.centre.figures();
  const one = g.single.figures();
  console.log(
    `- ${name} (${c.count} callers): centre auto RMSE ${c.rmse.toFixed(1)} s ≤ single-queue auto ${one.rmse.toFixed(1)} s: ${c.rmse <= one.rmse ? 'MET' : 'NOT MET'} (ratio ${(c.rmse / one.rmse).toFixed(3)})`,
  );
};
console.log('\ndone when:');
verdict('overall, the same callers', overall);
verdict("all but IN, against bench:replay's tracker", overallNoInternet);
console.log(`- per queue, centre auto RMSE ≤ that queue's Genesys-style: ${perQueue ? 'MET' : 'NOT MET'}`);
