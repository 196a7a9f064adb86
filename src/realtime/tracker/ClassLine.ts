import type { CallId } from './QueueEvent.js';
import type { WaitingCaller } from './WaitingCaller.js';

/**
 * The waiting callers of one priority class, first come first served: a ring of slots indexed by
 * join sequence, each holding a {@link WaitingCaller} (its id and join time also side by side in
 * arrays, which the estimates of every caller run through without visiting the records; each
 * caller carries its sequence, so the line's one map of ids finds it here), and a
 * Fenwick tree over the slots for positions in O(log n). The ring grows by doubling while more than half full and is compacted
 * otherwise, so a caller who never leaves cannot lock later joins.
 */
export class ClassLine {
  /** The class's priority (higher is served first). */
  readonly priority: number;
  /** Index of the class in the tracker's per-class arrays (order of first appearance). */
  readonly index: number;
  private slots: number;
  private mask: number;
  private callers: (WaitingCaller | null)[];
  private ids: (CallId | null)[];
  private joins: Float64Array;
  private fenwick: Int32Array;
  private count = 0;
  private head = 0;
  private next = 0;

  constructor(priority: number, index: number) {
    this.priority = priority;
    this.index = index;
    this.slots = 16;
    this.mask = 15;
    this.callers = new Array<WaitingCaller | null>(16).fill(null);
    this.ids = new Array<CallId | null>(16).fill(null);
    this.joins = new Float64Array(16);
    this.fenwick = new Int32Array(17);
  }

  /** Callers waiting in this class. */
  get size(): number {
    return this.count;
  }

  /** Adds a caller at the back (its {@link WaitingCaller.sequence} set here). */
  push(caller: WaitingCaller): void {
    if (this.next - this.head >= this.slots) this.relayout(this.size * 2 >= this.slots ? this.slots * 2 : this.slots);
    const seq = this.next++;
    const slot = seq & this.mask;
    this.callers[slot] = caller;
    this.ids[slot] = caller.id;
    this.joins[slot] = caller.joinTime;
    this.fenwickAdd(slot, 1);
    caller.sequence = seq;
    this.count += 1;
  }

  /** Removes `caller`, waiting in this class. */
  remove(caller: WaitingCaller): void {
    const slot = caller.sequence & this.mask;
    this.count -= 1;
    this.fenwickAdd(slot, -1);
    this.callers[slot] = null;
    this.ids[slot] = null;
    while (this.head < this.next && this.ids[this.head & this.mask] === null) this.head++;
  }

  /** Callers of this class ahead of `caller`, waiting in it. */
  ahead(caller: WaitingCaller): number {
    const a = this.head & this.mask;
    const b = caller.sequence & this.mask;
    return a <= b ? this.prefix(b) - this.prefix(a) : this.prefix(this.slots) - this.prefix(a) + this.prefix(b);
  }

  /** The first caller in line (undefined when nobody waits). */
  first(): WaitingCaller | undefined {
    return this.count > 0 ? (this.callers[this.head & this.mask] as WaitingCaller) : undefined;
  }

  /** Join time of the first caller in line other than `except` (NaN when there is none). */
  headJoin(except?: CallId): number {
    for (let seq = this.head; seq < this.next; seq++) {
      const id = this.ids[seq & this.mask];
      if (id !== null && id !== undefined && id !== except) return this.joins[seq & this.mask] as number;
    }
    return NaN;
  }

  /** Calls `visit(id, joinTime)` for each waiting caller, first in line first. */
  forEachWaiting(visit: (id: CallId, joinTime: number) => void): void {
    for (let seq = this.head; seq < this.next; seq++) {
      const id = this.ids[seq & this.mask];
      if (id !== null && id !== undefined) visit(id, this.joins[seq & this.mask] as number);
    }
  }

  /** Calls `visit(caller)` for each waiting caller, first in line first. */
  forEach(visit: (caller: WaitingCaller) => void): void {
    for (let seq = this.head; seq < this.next; seq++) {
      const caller = this.callers[seq & this.mask];
      if (caller !== null && caller !== undefined) visit(caller);
    }
  }

  private fenwickAdd(slot: number, delta: number): void {
    for (let i = slot + 1; i <= this.slots; i += i & -i) (this.fenwick[i] as number) += delta;
  }

  private prefix(slot: number): number {
    let sum = 0;
    for (let i = slot; i > 0; i -= i & -i) sum += this.fenwick[i] as number;
    return sum;
  }

  /** Moves the waiting callers to the front of a ring of `slots` slots and rebuilds the tree in O(slots). */
  private relayout(slots: number): void {
    const callers = new Array<WaitingCaller | null>(slots).fill(null);
    const ids = new Array<CallId | null>(slots).fill(null);
    const joins = new Float64Array(slots);
    const fenwick = new Int32Array(slots + 1);
    let n = 0;
    this.forEach((caller) => {
      callers[n] = caller;
      ids[n] = caller.id;
      joins[n] = caller.joinTime;
      fenwick[n + 1] = 1;
      caller.sequence = n;
      n++;
    });
    for (let i = 1; i <= slots; i++) {
      const parent = i + (i & -i);
      if (parent <= slots) (fenwick[parent] as number) += fenwick[i] as number;
    }
    this.slots = slots;
    this.mask = slots - 1;
    this.callers = callers;
    this.ids = ids;
    this.joins = joins;
    this.fenwick = fenwick;
    this.head = 0;
    this.next = n;
  }
}
