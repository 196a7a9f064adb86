/**
 * The bank's log (as bench/real-replay.ts feeds it) through the live tracker as a real ACD feed
 * delivers it: each `answered` event, with probability 1%, stamped 0.5–2 s earlier than it
 * happened while delivered in its place (a server's clock behind, or a socket's event delivered
 * late: the tracker has already seen later times), and each end event (`answered`, `abandoned`,
 * `completed`), with probability 0.5%, lost. Scores `auto`'s mean told on joining against the
 * wait each caller who waited and was answered really had (from the records), on the clean and
 * the perturbed feed. Seeded, so runs repeat. Nothing here is fitted to the data.
 *
 * With --sorted, the perturbed feed is delivered in the order of its stamps instead (an answer
 * stamped early then comes before the events it was stamped before, its own caller's join among
 * them when that caller waited less than the shift: the tracker holds it until that join, and
 * `unmatched` counts those whose join did not come within `reorderTolerance`).
 *
 * Run: npm run bench:replay-perturbed  (add --seed N for another draw)
 */

import type { QueueEvent, QueueTracker } from '../src/index.js';
import { createQueueTracker } from '../src/index.js';
import { callLogEvents } from '../src/realtime/replay/callLogEvents.js';
import { rng } from '../test/helpers/rng.js';
import { loadBankLog } from './realData/bankLog.js';

const { calls } = loadBankLog();
const seedAt = process.argv.indexOf('--seed');
const seed = seedAt > 0 ? Number(process.argv[seedAt + 1]) : 1;
const sorted = process.argv.includes('--sorted');

const clean = callLogEvents(calls, undefined, 900);
const uniform = rng(seed);
let early = 0;
let dropped = 0;
const perturbed: QueueEvent[] = [];
for (const event of clean) {
  const end = event.type === 'answered' || event.type === 'abandoned' || event.type === 'completed';
  if (end && uniform() < 0.005) {
    dropped += 1;
    continue;
  }
  if (event.type === 'answered' && uniform() < 0.01) {
    early += 1;
    perturbed.push({ ...event, time: event.time - 0.5 - 1.5 * uniform() });
  } else perturbed.push(event);
}

/** RMSE of `auto`'s mean told on joining, over the callers who waited and were answered (their true waits). */
const score = (events: readonly QueueEvent[]) => {
  const tracker: QueueTracker = createQueueTracker();
  const told = new Float64Array(calls.length).fill(Number.NaN);
  let peakWaiting = 0;
  for (const event of events) {
    tracker.record(event);
    if (event.type === 'joined') told[event.id as number] = tracker.estimate(event.id)?.mean ?? Number.NaN;
    peakWaiting = Math.max(peakWaiting, tracker.stats().waiting);
  }
  let squares = 0;
  let count = 0;
  calls.forEach((c, i) => {
    if (c.answeredAt === undefined || !(c.answeredAt > c.offeredAt) || Number.isNaN(told[i] as number)) return;
    squares += ((told[i] as number) - (c.answeredAt - c.offeredAt)) ** 2;
    count += 1;
  });
  const s = tracker.stats() as ReturnType<QueueTracker['stats']> & { lost?: number; late?: number; unmatched?: number };
  return {
    rmse: Math.round(10 * Math.sqrt(squares / count)) / 10,
    callers: count,
    rejected: s.rejected,
    late: s.late ?? 0,
    lost: s.lost ?? 0,
    unmatched: s.unmatched ?? 0,
    waitingAtEnd: s.waiting,
    peakWaiting,
  };
};

// stable: events at one instant keep the order the log gives them
if (sorted) perturbed.sort((a, b) => a.time - b.time);
console.log(
  JSON.stringify(
    { seed, sorted, events: clean.length, stampedEarly: early, dropped, clean: score(clean), perturbed: score(perturbed) },
    null,
    2,
  ),
);
