/**
 * A binary min-heap of timed entries for the centre kernel: each entry is a time (s), a code (an
 * integer: an agent's completion, or a waiting call's hang-up) and a tag (the call number, to
 * tell a stale entry from a live one). Ties in time go to the entry pushed first, so a run's
 * order of events is fixed by its seed alone. Grows by doubling. Internal.
 */
export class TimedHeap {
  private times = new Float64Array(64);
  private orders = new Float64Array(64);
  private codes = new Int32Array(64);
  private tags = new Float64Array(64);
  private pushed = 0;
  /** Entries in the heap. */
  size = 0;

  /** Time of the earliest entry (`Infinity` when empty). */
  topTime(): number {
    return this.size > 0 ? (this.times[0] as number) : Infinity;
  }

  /** Code of the earliest entry (the heap must not be empty). */
  topCode(): number {
    return this.codes[0] as number;
  }

  /** Tag of the earliest entry (the heap must not be empty). */
  topTag(): number {
    return this.tags[0] as number;
  }

  /** Adds an entry. */
  push(time: number, code: number, tag: number): void {
    if (this.size === this.times.length) this.grow();
    const order = this.pushed++;
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(time, order, parent)) break;
      this.move(parent, i);
      i = parent;
    }
    this.place(i, time, order, code, tag);
  }

  /** Removes the earliest entry (the heap must not be empty). */
  removeTop(): void {
    const last = --this.size;
    const time = this.times[last] as number;
    const order = this.orders[last] as number;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= last) break;
      const right = left + 1;
      const child = right < last && this.less(right, left) ? right : left;
      if (this.before(time, order, child)) break;
      this.move(child, i);
      i = child;
    }
    this.place(i, time, order, this.codes[last] as number, this.tags[last] as number);
  }

  /** Whether (time, order) comes before entry `at`. */
  private before(time: number, order: number, at: number): boolean {
    const other = this.times[at] as number;
    return time < other || (time === other && order < (this.orders[at] as number));
  }

  /** Whether entry `a` comes before entry `b`. */
  private less(a: number, b: number): boolean {
    return this.before(this.times[a] as number, this.orders[a] as number, b);
  }

  private move(from: number, to: number): void {
    this.place(to, this.times[from] as number, this.orders[from] as number, this.codes[from] as number, this.tags[from] as number);
  }

  private place(at: number, time: number, order: number, code: number, tag: number): void {
    this.times[at] = time;
    this.orders[at] = order;
    this.codes[at] = code;
    this.tags[at] = tag;
  }

  private grow(): void {
    const length = 2 * this.times.length;
    const times = new Float64Array(length);
    const orders = new Float64Array(length);
    const codes = new Int32Array(length);
    const tags = new Float64Array(length);
    times.set(this.times);
    orders.set(this.orders);
    codes.set(this.codes);
    tags.set(this.tags);
    this.times = times;
    this.orders = orders;
    this.codes = codes;
    this.tags = tags;
  }
}
