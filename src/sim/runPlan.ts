import { deterministicLog } from './deterministicLog.js';
import type { EventReplay } from './EventReplay.js';
import { blankSimulatedCall, reportCall } from './reportCall.js';
import { AGENT_TIME, BUSY_TIME, FIELDS, QUEUE_TIME, type SampleStats, SPAN } from './SampleStats.js';
import type { SimCallRecord } from './SimEvent.js';
import { siftDown } from './siftDown.js';
import type { Xoshiro128 } from './Xoshiro128.js';

/** A checked plan run. Internal. */
export interface PlanRun {
  /** Interval starts (s), consecutive; ends[k] = starts[k] + length. */
  starts: Float64Array;
  ends: Float64Array;
  rates: Float64Array;
  agents: Int32Array;
  service: (() => number)[];
  /** null entries: those callers never hang up. */
  patience: ((() => number) | null)[];
  rng: Xoshiro128;
  replications: number;
  warmUpTime: number;
  answerTime: number;
  /** One cell per interval, and one for the whole plan. */
  cells: SampleStats[];
  day: SampleStats;
  records: SimCallRecord[] | null;
  replay: EventReplay | null;
  maxCalls: number;
}

/**
 * Time-varying FCFS queue (piecewise-constant Poisson arrivals and agents) replicated
 * independently from an empty system. Agents work non-preemptively: a call starts at the earliest
 * time t ≥ arrival, not before the previous caller's start, at which the calls in progress number
 * fewer than the agents on duty at t; agents leaving at an interval's end finish their calls.
 * Because callers start in arrival order this start is fixed at arrival, as in the steady
 * kernel; the heap holds the end times of calls in progress. After the last interval its agents
 * stay until the queue is empty; arrivals stop. Calls are counted in the interval they arrive in;
 * queue length and occupancy are exact time averages over each interval. Internal.
 */
export function runPlan(r: PlanRun): { simulatedCalls: number; simulatedTime: number } {
  const { starts, ends, rates, agents, rng, cells, day, records, replay } = r;
  const K = starts.length;
  const planStart = starts[0] as number;
  const planEnd = ends[K - 1] as number;
  let maxAgents = 0;
  for (let k = 0; k < K; k++) maxAgents = Math.max(maxAgents, agents[k] as number);
  let heap = new Float64Array(Math.min(1024, maxAgents + 1)); // grows with the calls in progress
  let id = 0;
  const spread = (field: number, from: number, to: number, hint: number): void => {
    if (!(to > from)) return;
    let lo = Math.max(from, planStart);
    let k = Math.max(hint, 0);
    while (k < K && (ends[k] as number) <= lo) k++;
    const daySums = day.sums;
    const dOff = replication * FIELDS + field;
    while (k < K && (starts[k] as number) < to) {
      const e = ends[k] as number;
      const overlap = Math.min(to, e) - lo;
      if (overlap > 0) {
        const c = cells[k] as SampleStats;
        c.sums[replication * FIELDS + field] = (c.sums[replication * FIELDS + field] as number) + overlap;
        daySums[dOff] = (daySums[dOff] as number) + overlap;
      }
      lo = e;
      k++;
    }
  };
  let replication = 0;
  // one record reused for every reported call (reportCall copies what it keeps); a literal per
  // call in the loop slowed this kernel by about 10%
  const call = blankSimulatedCall();
  for (replication = 0; replication < r.replications && id < r.maxCalls; replication++) {
    let size = 0; // calls in progress (end times in `heap`)
    let floor = -Infinity; // previous caller's (possibly hypothetical) start
    let capacityInterval = -1; // interval of the capacity search time (−1: warm-up)
    let k = -1; // interval of the current arrival (−1: warm-up)
    let t = planStart - r.warmUpTime;
    const replay0 = replication === 0 ? replay : null; // only the first replication is replayed
    if (replay0 && (agents[0] as number) > 0) replay0.push({ type: 'login', time: t, count: agents[0] as number });
    while (id < r.maxCalls) {
      // next Poisson arrival in a piecewise-constant rate (memoryless: restart at each boundary)
      const interval = Math.max(k, 0);
      const end = k < 0 ? planStart : (ends[k] as number);
      const rate = rates[interval] as number;
      const a = rate > 0 ? t - deterministicLog(rng.uniform()) / rate : Infinity;
      if (a >= end) {
        t = end;
        k++;
        if (k >= K) break;
        const change = (agents[k] as number) - (agents[Math.max(k - 1, 0)] as number);
        if (replay0 && change !== 0) {
          // agent changes are announced when arrivals reach them (events stay in time order)
          replay0.push(change > 0 ? { type: 'login', time: t, count: change } : { type: 'logout', time: t, count: -change });
        }
        continue;
      }
      t = a;
      // start time: earliest start ≥ max(a, floor) with calls in progress < agents on duty at start
      let start = Math.max(a, floor);
      for (;;) {
        while (size > 0 && (heap[0] as number) <= start) {
          // pop: the last end time replaces the root
          size--;
          siftDown(heap, size, heap[size] as number);
        }
        if (capacityInterval < 0 && start >= planStart) capacityInterval = 0;
        while (capacityInterval >= 0 && capacityInterval < K - 1 && start >= (ends[capacityInterval] as number)) capacityInterval++;
        const cap = agents[Math.max(capacityInterval, 0)] as number;
        if (size < cap) break;
        const boundary = capacityInterval < 0 ? planStart : capacityInterval < K - 1 ? (ends[capacityInterval] as number) : Infinity;
        const nextEnd = size > 0 ? (heap[0] as number) : Infinity;
        start = Math.min(nextEnd, boundary);
        if (start === Infinity) break;
      }
      floor = start;
      const v = start - a;
      const patienceSampler = r.patience[interval];
      const tau = patienceSampler === null || patienceSampler === undefined ? Infinity : patienceSampler();
      const served = v <= tau && v !== Infinity;
      let serviceTime = 0;
      if (served) {
        serviceTime = (r.service[interval] as () => number)();
        // push end time
        if (size === heap.length) {
          const heap2 = new Float64Array(heap.length * 2);
          heap2.set(heap);
          heap = heap2;
        }
        const x = start + serviceTime;
        let i = size++;
        while (i > 0) {
          const p = (i - 1) >> 1;
          const parent = heap[p] as number;
          if (parent <= x) break;
          heap[i] = parent;
          i = p;
        }
        heap[i] = x;
        spread(BUSY_TIME, start, x, capacityInterval);
        spread(QUEUE_TIME, a, start, k);
      } else {
        spread(QUEUE_TIME, a, a + tau, k);
      }
      if (records || replay0) {
        call.id = id;
        call.replication = replication;
        call.interval = k;
        call.arrival = a;
        call.start = start;
        call.offeredWait = v;
        call.patience = tau;
        call.answered = served;
        call.handleTime = serviceTime;
        reportCall(records, replay0, call);
      }
      id++;
      if (k < 0) continue;
      (cells[k] as SampleStats).addCall(replication, v, tau, served);
      day.addCall(replication, v, tau, served);
    }
    let agentTime = 0;
    for (let j = 0; j < K; j++) {
      const c = cells[j] as SampleStats;
      const length = (ends[j] as number) - (starts[j] as number);
      c.sums[replication * FIELDS + SPAN] = length;
      c.sums[replication * FIELDS + AGENT_TIME] = length * (agents[j] as number);
      agentTime += length * (agents[j] as number);
      c.closeSample(replication);
    }
    day.sums[replication * FIELDS + SPAN] = planEnd - planStart;
    day.sums[replication * FIELDS + AGENT_TIME] = agentTime;
    day.closeSample(replication);
    if (replay0) replay0.flush(Infinity);
  }
  return { simulatedCalls: id, simulatedTime: replication * (planEnd - planStart) };
}
