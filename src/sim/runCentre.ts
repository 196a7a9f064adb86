import { QueueInputError } from '../math/QueueInputError.js';
import type { CentreCallRecord, CentreEvent } from './CentreEvent.js';
import type { CentreFigures, CentreGroupFigures, CentreQueueFigures } from './CentreResult.js';
import { CentreTally } from './CentreTally.js';
import type { CentreRun } from './checkCentre.js';
import { deterministicLog } from './deterministicLog.js';
import { TimedHeap } from './TimedHeap.js';

// States of a call slot.
const WAITING = 0;
const IN_SERVICE = 1;
const ABANDONED = 2;
const RELEASED = 3;

/**
 * Most calls a centre run holds at once beyond one per agent (about 40 bytes each): only an
 * overloaded centre whose callers never hang up reaches it, and the run is refused there.
 */
const MAX_CALLS_HELD = 1_000_000;

/** A call's record while the run goes on (frozen into a {@link CentreCallRecord} by the type). */
type OpenRecord = { -readonly [K in keyof CentreCallRecord]: CentreCallRecord[K] };

/** What a centre run produced. Internal. */
export interface CentreRunResult {
  queues: CentreQueueFigures[];
  overall: CentreFigures;
  groups: CentreGroupFigures[];
  simulatedCalls: number;
  records: CentreCallRecord[] | null;
}

/**
 * Discrete-event simulation of a centre of queues with overlapping agent groups (M/G/n+G per
 * queue, shared agents). Arrivals are one Poisson stream of rate Σλ, each call's queue drawn by
 * the rates' shares (thinning: the same law as independent streams); a call's patience and handle
 * time are drawn when it arrives. A free agent of a group serving its queue takes it at once (the
 * group order of {@link checkCentre}; within a group the agent idle longest); else it waits in its
 * queue, first come first served. An agent who frees takes the longest-waiting caller among the
 * queues of its lowest penalty level that has one, else becomes available. Completions and
 * hang-ups sit in one heap; a hang-up of a call already answered is dropped when it comes up.
 * Internal: input is checked by `simulateCentre`.
 */
export function runCentre(run: CentreRun): CentreRunResult {
  return new CentreKernel(run).run();
}

class CentreKernel {
  private readonly heap = new TimedHeap();
  private readonly tally: CentreTally;
  // call slots, reused once a call has left (its queue or its agent)
  private readonly slotCall: number[] = [];
  private readonly slotQueue: number[] = [];
  private readonly slotArrival: number[] = [];
  private readonly slotHandle: number[] = [];
  private readonly slotState: number[] = [];
  private readonly freeSlots: number[] = [];
  // per queue, its waiting slots (first come first served) and the index of its head
  private readonly lines: number[][];
  private readonly lineHeads: number[];
  // agents: group, call slot in hand, names; per group a ring of available agents (idle longest first)
  private readonly agentGroup: Int32Array;
  private readonly agentSlot: Int32Array;
  private readonly agentNames: string[];
  private readonly ring: Int32Array;
  private readonly ringStart: number[] = [];
  private readonly ringHead: number[] = [];
  private readonly ringSize: number[] = [];
  private readonly records: OpenRecord[] | null;
  private readonly emit: ((event: CentreEvent) => void) | null;
  private readonly maxSlots: number;
  private calls = 0;

  constructor(private readonly r: CentreRun) {
    const queues = r.queueNames.length;
    this.tally = new CentreTally(queues, r.counts.length, r.answerTime, r.warmUpTime, r.endTime);
    this.lines = r.queueNames.map(() => []);
    this.lineHeads = r.queueNames.map(() => 0);
    const agents = r.counts.reduce((sum, count) => sum + count, 0);
    this.maxSlots = agents + MAX_CALLS_HELD;
    this.agentGroup = new Int32Array(agents);
    this.agentSlot = new Int32Array(agents);
    this.ring = new Int32Array(agents);
    this.agentNames = [];
    let agent = 0;
    r.counts.forEach((count, g) => {
      this.ringStart.push(agent);
      this.ringHead.push(0);
      this.ringSize.push(count);
      for (let k = 0; k < count; k++, agent++) {
        this.agentGroup[agent] = g;
        this.ring[agent] = agent;
        this.agentNames.push(`${r.groupNames[g]}:${k}`);
      }
    });
    this.records = r.wantRecords ? [] : null;
    this.emit = r.onEvent;
  }

  run(): CentreRunResult {
    const { rng, endTime, maxCalls } = this.r;
    const meanGap = 1 / this.r.totalRate;
    const heap = this.heap;
    if (this.emit) for (const agent of this.agentNames) this.emit({ type: 'agent', time: 0, agent, state: 'available' });
    let t = 0;
    let nextArrival = t - meanGap * deterministicLog(rng.uniform());
    for (;;) {
      const heapTime = heap.topTime();
      if (heapTime <= nextArrival) {
        if (heapTime >= endTime) break;
        const code = heap.topCode();
        const tag = heap.topTag();
        heap.removeTop();
        if (code >= 0) this.complete(code, heapTime);
        else this.hangUp(-code - 1, tag, heapTime);
      } else {
        if (nextArrival >= endTime || this.calls >= maxCalls) break;
        t = nextArrival;
        this.arrive(t);
        nextArrival = t - meanGap * deterministicLog(rng.uniform());
      }
    }
    const waiting = this.lines.map((_, q) => this.stillWaiting(q));
    return {
      ...this.tally.summarize(this.r.queueNames, this.r.groupNames, this.r.counts, waiting),
      simulatedCalls: this.calls,
      records: this.records,
    };
  }

  /** A call arrives at `t`: drawn queue, patience and handle time; answered at once or queued. */
  private arrive(t: number): void {
    const { rng, cumulativeShare } = this.r;
    const id = this.calls++;
    let q = 0;
    if (cumulativeShare.length > 1) {
      const u = rng.uniform();
      while ((cumulativeShare[q] as number) < u) q++;
    }
    const patience = this.r.patience[q];
    const tau = patience ? patience() : Infinity;
    const handle = (this.r.handle[q] as () => number)();
    const measured = t >= this.r.warmUpTime;
    const queue = this.r.queueNames[q] as string;
    this.emit?.({ type: 'joined', time: t, id, queue });
    this.records?.push({ callId: id, queue, arrival: t, measured, outcome: 'waiting', wait: 0 });
    const slot = this.allocate(id, q, t, handle);
    for (const g of this.r.candidates[q] as number[]) {
      if ((this.ringSize[g] as number) === 0) continue;
      if (measured) this.tally.offer(q, false);
      this.answer(slot, this.takeAvailable(g), t);
      return;
    }
    if (measured) this.tally.offer(q, true);
    (this.lines[q] as number[]).push(slot);
    if (tau !== Infinity) this.heap.push(t + tau, -slot - 1, id);
  }

  /** Agent `agent` takes the call in `slot` at `t`. */
  private answer(slot: number, agent: number, t: number): void {
    const q = this.slotQueue[slot] as number;
    const id = this.slotCall[slot] as number;
    const arrival = this.slotArrival[slot] as number;
    const handle = this.slotHandle[slot] as number;
    const g = this.agentGroup[agent] as number;
    const wait = t - arrival;
    this.slotState[slot] = IN_SERVICE;
    this.agentSlot[agent] = slot;
    if (arrival >= this.r.warmUpTime) this.tally.answer(q, g, wait);
    this.tally.work(g, t, t + handle);
    const record = this.records?.[id];
    if (record) {
      record.outcome = 'answered';
      record.wait = wait;
      record.agent = this.agentNames[agent] as string;
    }
    this.emit?.({ type: 'answered', time: t, id, queue: this.r.queueNames[q] as string, agent: this.agentNames[agent] as string, wait });
    this.heap.push(t + handle, agent, id);
  }

  /** Agent `agent` ends its call at `t`, then takes the next caller it serves or becomes available. */
  private complete(agent: number, t: number): void {
    const slot = this.agentSlot[agent] as number;
    const q = this.slotQueue[slot] as number;
    const id = this.slotCall[slot] as number;
    this.emit?.({
      type: 'completed',
      time: t,
      id,
      queue: this.r.queueNames[q] as string,
      agent: this.agentNames[agent] as string,
      handleTime: this.slotHandle[slot] as number,
    });
    this.release(slot);
    const g = this.agentGroup[agent] as number;
    for (const level of this.r.levels[g] as number[][]) {
      let best = -1;
      let bestArrival = Infinity;
      for (const queue of level) {
        const head = this.headOf(queue);
        if (head >= 0 && (this.slotArrival[head] as number) < bestArrival) {
          best = queue;
          bestArrival = this.slotArrival[head] as number;
        }
      }
      if (best >= 0) {
        const line = this.lines[best] as number[];
        const head = this.lineHeads[best] as number;
        this.lineHeads[best] = head + 1;
        this.answer(line[head] as number, agent, t);
        return;
      }
    }
    const at = (this.ringHead[g] as number) + (this.ringSize[g] as number);
    this.ring[(this.ringStart[g] as number) + (at % (this.r.counts[g] as number))] = agent;
    this.ringSize[g] = (this.ringSize[g] as number) + 1;
  }

  /** The waiting call in `slot` (call `id`) hangs up at `t`, unless it has left already. */
  private hangUp(slot: number, id: number, t: number): void {
    if (this.slotCall[slot] !== id || this.slotState[slot] !== WAITING) return;
    this.slotState[slot] = ABANDONED; // released when its line reaches it
    const q = this.slotQueue[slot] as number;
    const arrival = this.slotArrival[slot] as number;
    const wait = t - arrival;
    if (arrival >= this.r.warmUpTime) this.tally.abandon(q, wait);
    const record = this.records?.[id];
    if (record) {
      record.outcome = 'abandoned';
      record.wait = wait;
    }
    this.emit?.({ type: 'abandoned', time: t, id, queue: this.r.queueNames[q] as string, wait });
  }

  /** The first caller still waiting in queue `q` (−1: none); drops those who hung up before it. */
  private headOf(q: number): number {
    const line = this.lines[q] as number[];
    let head = this.lineHeads[q] as number;
    while (head < line.length && this.slotState[line[head] as number] !== WAITING) this.release(line[head++] as number);
    if (head > 4096 && 2 * head > line.length) {
      line.splice(0, head);
      head = 0;
    }
    this.lineHeads[q] = head;
    return head < line.length ? (line[head] as number) : -1;
  }

  /** Measured callers of queue `q` still waiting at the end (their records say so). */
  private stillWaiting(q: number): number {
    const line = this.lines[q] as number[];
    let count = 0;
    for (let i = this.lineHeads[q] as number; i < line.length; i++) {
      const slot = line[i] as number;
      if (this.slotState[slot] !== WAITING) continue;
      const arrival = this.slotArrival[slot] as number;
      if (arrival >= this.r.warmUpTime) count++;
      const record = this.records?.[this.slotCall[slot] as number];
      if (record) record.wait = this.r.endTime - arrival;
    }
    return count;
  }

  /** The available agent of group `g` idle longest, taken off the ring. */
  private takeAvailable(g: number): number {
    const head = this.ringHead[g] as number;
    const agent = this.ring[(this.ringStart[g] as number) + head] as number;
    this.ringHead[g] = (head + 1) % (this.r.counts[g] as number);
    this.ringSize[g] = (this.ringSize[g] as number) - 1;
    return agent;
  }

  private allocate(id: number, q: number, arrival: number, handle: number): number {
    const slot = this.freeSlots.length > 0 ? (this.freeSlots.pop() as number) : this.slotCall.length;
    if (slot >= this.maxSlots) {
      const duration = this.r.endTime - this.r.warmUpTime;
      const expected = `a run in which fewer than ${MAX_CALLS_HELD} callers wait at once (at ${arrival.toFixed(0)} s this overloaded centre's callers, who never hang up, passed that): a shorter duration or a patience`;
      throw new QueueInputError('options.duration', duration, expected, 'limit-reached');
    }
    this.slotCall[slot] = id;
    this.slotQueue[slot] = q;
    this.slotArrival[slot] = arrival;
    this.slotHandle[slot] = handle;
    this.slotState[slot] = WAITING;
    return slot;
  }

  private release(slot: number): void {
    this.slotState[slot] = RELEASED;
    this.freeSlots.push(slot);
  }
}
