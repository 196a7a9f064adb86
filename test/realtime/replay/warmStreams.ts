import type { CallRecord, PredictorName, QueueEvent, QueueTracker, SimEvent } from '../../../src/index.js';
import { createQueueTracker, simulate } from '../../../src/index.js';

/** A simulated day (a plan of hourly intervals, first replication) as tracker events and as the call log a backend writes. */
export function simulatedDay(seed: number): { events: QueueEvent[]; records: CallRecord[] } {
  const calls = [200, 320, 420, 470, 440, 380, 420, 460, 400, 300];
  const intervals = calls.map((c, i) => ({ start: i * 3600, length: 3600, calls: c, agents: Math.round((c * 240) / 3600 / 0.9) }));
  const events: QueueEvent[] = [];
  const strip = (e: SimEvent): QueueEvent =>
    e.type === 'login' || e.type === 'logout' ? { type: e.type, time: e.time, count: e.count } : { type: e.type, time: e.time, id: e.id };
  simulate({ intervals, handleTime: 240, patience: 300 }, { seed, replications: 2, onEvent: (e) => events.push(strip(e)) });
  const stop = events.findIndex((e, i) => i > 0 && e.time < (events[i - 1] as QueueEvent).time);
  const day = stop < 0 ? events : events.slice(0, stop);
  const records: { offeredAt: number; answeredAt?: number; abandonedAt?: number; endedAt?: number }[] = [];
  for (const e of day) {
    if (!('id' in e)) continue;
    const id = e.id as number;
    if (e.type === 'joined') records[id] = { offeredAt: e.time };
    else if (e.type === 'answered') (records[id] as { answeredAt?: number }).answeredAt = e.time;
    else if (e.type === 'abandoned') (records[id] as { abandonedAt?: number }).abandonedAt = e.time;
    else (records[id] as { endedAt?: number }).endedAt = e.time;
  }
  return { events: day, records };
}

/**
 * Mean absolute difference, over the callers who join in the `span` seconds after `now`, between
 * two trackers' mean waits told on joining (per predictor, `auto` first), both fed the same events
 * from `now` on; callers told an infinite wait by either (no agent) are left out.
 */
export function joinEstimateGap(
  a: QueueTracker,
  b: QueueTracker,
  events: readonly QueueEvent[],
  now: number,
  span: number,
  predictors: readonly (PredictorName | 'auto')[] = ['auto'],
): number[] {
  const sums = predictors.map(() => 0);
  let count = 0;
  for (const event of events) {
    if (event.time < now) continue;
    if (event.time >= now + span) break;
    a.record(event);
    b.record(event);
    if (event.type !== 'joined') continue;
    const gaps = predictors.map((predictor) => {
      const ea = a.estimate(event.id, { predictor })?.mean ?? Infinity;
      const eb = b.estimate(event.id, { predictor })?.mean ?? Infinity;
      return Math.abs(ea - eb);
    });
    if (!gaps.every(Number.isFinite)) continue;
    gaps.forEach((gap, i) => {
      sums[i] = (sums[i] as number) + gap;
    });
    count += 1;
  }
  return sums.map((sum) => (count > 0 ? sum / count : 0));
}

/** A tracker fed `events` before `now`, as one that ran all along. */
export function runningTracker(events: readonly QueueEvent[], now: number): QueueTracker {
  const tracker = createQueueTracker();
  for (const event of events) if (event.time < now) tracker.record(event);
  return tracker;
}
