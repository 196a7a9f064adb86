import { deterministicLog } from './deterministicLog.js';
import type { EventReplay } from './EventReplay.js';
import { blankSimulatedCall, reportCall } from './reportCall.js';
import {
  ABANDONED,
  ABANDONED_ON_TIME,
  AGENT_TIME,
  ANSWERED,
  ANSWERED_ON_TIME,
  BUSY_TIME,
  CALLS,
  FIELDS,
  OFFERED_ON_TIME,
  QUEUE_TIME,
  type SampleStats,
  SPAN,
  SUM_ANSWERED_WAIT,
  SUM_WAIT,
  WAITED,
} from './SampleStats.js';
import type { SimCallRecord } from './SimEvent.js';
import { siftDown } from './siftDown.js';
import type { Xoshiro128 } from './Xoshiro128.js';

/** A checked steady-state run. Internal. */
export interface SteadyRun {
  arrivalRate: number;
  agents: number;
  service: () => number;
  /** null: callers never hang up. */
  patience: (() => number) | null;
  rng: Xoshiro128;
  /** Budget: measured calls, or measured seconds (exactly one is finite). */
  calls: number;
  duration: number;
  warmUpCalls: number;
  warmUpTime: number;
  /** Answer time for the service levels (−1: none). */
  answerTime: number;
  stats: SampleStats;
  records: SimCallRecord[] | null;
  replay: EventReplay | null;
  /** Hard stop on calls simulated (never reached by a valid budget). */
  maxCalls: number;
}

/**
 * Steady-state FCFS M/G/n+G by the Kiefer–Wolfowitz workload recursion extended to abandonment:
 * agents' next-free times sit in a min-heap; a caller arriving at t has offered wait
 * V = max(0, min free − t), fixed at arrival because FCFS never lets a later caller go first; it
 * is answered iff V ≤ patience, and only then takes the earliest-free agent (free time ← t + V +
 * handle time). A caller who hangs up never holds an agent, so no per-caller events are needed
 * (Baccelli & Hébuterne 1981 for one server). One heap replace per answered call. Batch means
 * over `stats.samples` batches of equal calls (or equal time for a duration budget).
 * Returns calls simulated and time measured. Internal: input is checked by `simulate`.
 */
export function runSteady(r: SteadyRun): { simulatedCalls: number; simulatedTime: number } {
  const { agents: n, service, patience, rng, stats, records, replay } = r;
  const meanGap = 1 / r.arrivalRate;
  const heap = new Float64Array(n);
  const tAns = r.answerTime;
  const B = stats.samples;
  const byCalls = Number.isFinite(r.calls);
  let t = 0;
  let id = 0;
  let measuring = false;
  let t0 = 0; // start of measurement
  let batch = 0;
  let batchStart = 0; // time the current batch began
  let measured = 0;
  let batchEndCall = byCalls ? r.calls / B : 0; // measured index at which the batch ends (fractional)
  let batchEndTime = 0;
  const batchLength = byCalls ? 0 : r.duration / B;
  // Per-batch sums in plain locals: they must not be captured by a closure (V8 would box every
  // update of a captured double), so a batch is closed by the top-level `storeBatch`.
  let calls = 0;
  let waited = 0;
  let abandoned = 0;
  let sumWait = 0;
  let answered = 0;
  let sumAnsWait = 0;
  let onTime = 0;
  let offeredOnTime = 0;
  let abandonedOnTime = 0;
  let busy = 0;
  // Handle time is credited to the batch in which it is worked: a batch gets the service of its
  // own answered calls plus the work still pending when it began, minus the work pending when it
  // ends (each agent works without a gap from then until its free time: its later calls all
  // arrived earlier and start when it frees).
  let pendingAtStart = 0;
  let lastArrival = 0;
  if (replay && n > 0) replay.push({ type: 'login', time: 0, count: n });
  // one record reused for every reported call (reportCall copies what it keeps); a literal per
  // call in the loop slowed the plan kernel by about 10%
  const call = blankSimulatedCall();
  const maxCalls = r.maxCalls;
  for (;;) {
    // the hard stop (a bound on the calls drawn, whatever the input) closes every batch left
    const stopped = id >= maxCalls;
    const a = t - meanGap * deterministicLog(rng.uniform());
    if (!measuring && !stopped && id >= r.warmUpCalls && a >= r.warmUpTime) {
      measuring = true;
      t0 = Math.max(r.warmUpTime, t);
      batchStart = t0;
      pendingAtStart = pendingWork(heap, n, t0);
      if (!byCalls) batchEndTime = t0 + batchLength;
    }
    // close the batches that end before this arrival (by time) or with the previous call (by count)
    while (batch < B && (stopped || (measuring && (byCalls ? measured >= batchEndCall : a >= batchEndTime)))) {
      const end = byCalls ? lastArrival : stopped ? t0 + r.duration : batchEndTime;
      const pending = measuring ? pendingWork(heap, n, end) : 0;
      busy += pendingAtStart - pending;
      pendingAtStart = pending;
      storeBatch(stats, batch, n, end - batchStart, [
        calls,
        waited,
        abandoned,
        sumWait,
        answered,
        sumAnsWait,
        onTime,
        offeredOnTime,
        abandonedOnTime,
        busy,
      ]);
      calls = waited = abandoned = sumWait = answered = sumAnsWait = 0;
      onTime = offeredOnTime = abandonedOnTime = busy = 0;
      batch++;
      batchStart = end;
      if (byCalls) batchEndCall = batch === B - 1 ? r.calls : ((batch + 1) * r.calls) / B;
      else batchEndTime = batch === B - 1 ? t0 + r.duration : t0 + (batch + 1) * batchLength;
    }
    if (batch >= B || stopped) break;
    t = a;
    const free = n > 0 ? (heap[0] as number) : Infinity;
    const start = Math.max(free, a);
    const v = start - a;
    const tau = patience === null ? Infinity : patience();
    const served = v <= tau && v !== Infinity;
    let serviceTime = 0;
    if (served) {
      serviceTime = service();
      // replace the heap's top (earliest free agent) by start + serviceTime and sift down
      siftDown(heap, n, start + serviceTime);
    }
    if (records || replay) {
      call.id = id;
      call.interval = measuring ? 0 : -1;
      call.arrival = a;
      call.start = start;
      call.offeredWait = v;
      call.patience = tau;
      call.answered = served;
      call.handleTime = serviceTime;
      reportCall(records, replay, call);
    }
    id++;
    if (!measuring) continue;
    calls++;
    if (v > 0) waited++;
    if (v <= tAns) offeredOnTime++;
    if (served) {
      answered++;
      sumAnsWait += v;
      sumWait += v;
      busy += serviceTime;
      if (v <= tAns) onTime++;
    } else {
      sumWait += tau;
      if (tau !== Infinity) {
        abandoned++;
        if (tau <= tAns) abandonedOnTime++;
      }
    }
    stats.addWait(v);
    lastArrival = a;
    if (byCalls) measured++;
  }
  if (replay) replay.flush(Infinity);
  return { simulatedCalls: id, simulatedTime: (byCalls ? lastArrival : t0 + r.duration) - t0 };
}

/** Agent-seconds of work assigned but not yet done at time `t`: Σ (free time − t)⁺ over agents. */
function pendingWork(heap: Float64Array, n: number, t: number): number {
  let sum = 0;
  for (let j = 0; j < n; j++) {
    const left = (heap[j] as number) - t;
    if (left > 0) sum += left;
  }
  return sum;
}

/** Writes one batch's sums (in the order of the kernel's locals) into sample b and closes it. */
function storeBatch(stats: SampleStats, b: number, agents: number, span: number, v: number[]): void {
  const [calls, waited, abandoned, sumWait, answered, sumAnsWait, onTime, offeredOnTime, abandonedOnTime, busy] = v as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const o = b * FIELDS;
  const sums = stats.sums;
  sums[o + CALLS] = calls;
  sums[o + WAITED] = waited;
  sums[o + ABANDONED] = abandoned;
  sums[o + SUM_WAIT] = sumWait;
  sums[o + ANSWERED] = answered;
  sums[o + SUM_ANSWERED_WAIT] = sumAnsWait;
  sums[o + ANSWERED_ON_TIME] = onTime;
  sums[o + OFFERED_ON_TIME] = offeredOnTime;
  sums[o + ABANDONED_ON_TIME] = abandonedOnTime;
  sums[o + QUEUE_TIME] = sumWait; // Little's law: ∫ queue dt over the batch ≈ Σ waits of its arrivals
  // Work credited to a batch lies in [0, agents × span]; outside it only by rounding (the pending
  // work before and after a batch of a tiny span nearly cancel).
  sums[o + BUSY_TIME] = busy > 0 ? Math.min(busy, agents * span) : 0;
  sums[o + SPAN] = span;
  sums[o + AGENT_TIME] = agents * span;
  stats.closeSample(b);
}
