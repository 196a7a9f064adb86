import type { CallId } from './QueueEvent.js';

/**
 * The waiting callers of one priority class, first come first served: a ring of slots indexed by
 * join sequence, each with the caller's id, join time and a record of `stride` numbers (what was
 * predicted when it joined), and a Fenwick tree over the slots for positions in O(log n). The ring
 * grows by doubling while more than half full and is compacted otherwise, so a caller who never
 * leaves cannot lock later joins.
 */
export class ClassLine {
  /** The class's priority (higher is served first). */
  readonly priority: number;
  /** Index of the class in the tracker's per-class arrays (order of first appearance). */
  readonly index: number;
  /** Numbers kept per waiting caller. */
  readonly stride: number;
  private slots: number;
  private mask: number;
  private ids: (CallId | null)[];
  private joins: Float64Array;
  /** Per-caller records, `stride` numbers each, read and written through {@link ClassLine.recordAt}. */
  records: Float64Array;
  private fenwick: Int32Array;
  private readonly sequenceOf = new Map<CallId, number>();
  private head = 0;
  private next = 0;

  constructor(priority: number, index: number, stride: number) {
    this.priority = priority;
    this.index = index;
    this.stride = stride;
    this.slots = 16;
    this.mask = 15;
    this.ids = new Array<CallId | null>(16).fill(null);
    this.joins = new Float64Array(16);
    this.records = new Float64Array(16 * stride);
    this.fenwick = new Int32Array(17);
  }

  /** Callers waiting in this class. */
  get size(): number {
    return this.sequenceOf.size;
  }

  has(id: CallId): boolean {
    return this.sequenceOf.has(id);
  }

  /** Adds a caller at the back; returns the offset of its record in {@link ClassLine.records}. */
  push(id: CallId, joinTime: number): number {
    if (this.next - this.head >= this.slots) this.relayout(this.size * 2 >= this.slots ? this.slots * 2 : this.slots);
    const seq = this.next++;
    const slot = seq & this.mask;
    this.ids[slot] = id;
    this.joins[slot] = joinTime;
    this.records.fill(0, slot * this.stride, slot * this.stride + this.stride);
    this.fenwickAdd(slot, 1);
    this.sequenceOf.set(id, seq);
    return slot * this.stride;
  }

  /** Removes a waiting caller; returns its join time (NaN when it is not in this class). */
  remove(id: CallId): number {
    const seq = this.sequenceOf.get(id);
    if (seq === undefined) return NaN;
    const slot = seq & this.mask;
    this.sequenceOf.delete(id);
    this.fenwickAdd(slot, -1);
    this.ids[slot] = null;
    while (this.head < this.next && this.ids[this.head & this.mask] === null) this.head++;
    return this.joins[slot] as number;
  }

  /** Offset of a waiting caller's record in {@link ClassLine.records} (−1 when absent). */
  recordAt(id: CallId): number {
    const seq = this.sequenceOf.get(id);
    return seq === undefined ? -1 : (seq & this.mask) * this.stride;
  }

  /** Join time of a waiting caller (NaN when absent). */
  joinTime(id: CallId): number {
    const seq = this.sequenceOf.get(id);
    return seq === undefined ? NaN : (this.joins[seq & this.mask] as number);
  }

  /** Callers of this class ahead of `id` (−1 when absent). */
  ahead(id: CallId): number {
    const seq = this.sequenceOf.get(id);
    if (seq === undefined) return -1;
    const a = this.head & this.mask;
    const b = seq & this.mask;
    return a <= b ? this.prefix(b) - this.prefix(a) : this.prefix(this.slots) - this.prefix(a) + this.prefix(b);
  }

  /** Join time of the first caller in line other than `except` (NaN when there is none). */
  headJoin(except?: CallId): number {
    for (let seq = this.head; seq < this.next; seq++) {
      const id = this.ids[seq & this.mask];
      if (id !== null && id !== undefined && id !== except) return this.joins[seq & this.mask] as number;
    }
    return NaN;
  }

  /** Calls `visit(id, joinTime, recordOffset)` for each waiting caller, first in line first. */
  forEach(visit: (id: CallId, joinTime: number, record: number) => void): void {
    for (let seq = this.head; seq < this.next; seq++) {
      const slot = seq & this.mask;
      const id = this.ids[slot];
      if (id !== null && id !== undefined) visit(id, this.joins[slot] as number, slot * this.stride);
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
    const ids = new Array<CallId | null>(slots).fill(null);
    const joins = new Float64Array(slots);
    const records = new Float64Array(slots * this.stride);
    const fenwick = new Int32Array(slots + 1);
    let n = 0;
    this.forEach((id, join, record) => {
      ids[n] = id;
      joins[n] = join;
      records.set(this.records.subarray(record, record + this.stride), n * this.stride);
      fenwick[n + 1] = 1;
      this.sequenceOf.set(id, n);
      n++;
    });
    for (let i = 1; i <= slots; i++) {
      const parent = i + (i & -i);
      if (parent <= slots) (fenwick[parent] as number) += fenwick[i] as number;
    }
    this.slots = slots;
    this.mask = slots - 1;
    this.ids = ids;
    this.joins = joins;
    this.records = records;
    this.fenwick = fenwick;
    this.head = 0;
    this.next = n;
  }
}
