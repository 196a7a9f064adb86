import type { SimEvent } from './SimEvent.js';

/**
 * Puts the events of calls, produced in arrival order, back in time order for an `onEvent`
 * hook: pending events wait in a binary min-heap on (time, sequence) and are released once the
 * simulation has passed their time. Holds only the calls in the system. Internal.
 */
export class EventReplay {
  private readonly heap: { time: number; seq: number; event: SimEvent }[] = [];
  private seq = 0;

  constructor(private readonly hook: (event: SimEvent) => void) {}

  /** Schedules an event. */
  push(event: SimEvent): void {
    const h = this.heap;
    const item = { time: event.time, seq: this.seq++, event };
    let i = h.length;
    h.push(item);
    while (i > 0) {
      const p = (i - 1) >> 1;
      const parent = h[p] as (typeof h)[number];
      if (parent.time < item.time || (parent.time === item.time && parent.seq < item.seq)) break;
      h[i] = parent;
      i = p;
    }
    h[i] = item;
  }

  /** Emits every pending event with time ≤ `time` (all of them for `Infinity`), in order. */
  flush(time: number): void {
    const h = this.heap;
    while (h.length > 0 && (h[0] as (typeof h)[number]).time <= time) {
      const top = h[0] as (typeof h)[number];
      const last = h.pop() as (typeof h)[number];
      if (h.length > 0) {
        let i = 0;
        const n = h.length;
        for (;;) {
          const l = 2 * i + 1;
          if (l >= n) break;
          const r = l + 1;
          const left = h[l] as (typeof h)[number];
          const right = h[r];
          const c = right !== undefined && (right.time < left.time || (right.time === left.time && right.seq < left.seq)) ? r : l;
          const child = h[c] as (typeof h)[number];
          if (last.time < child.time || (last.time === child.time && last.seq < child.seq)) break;
          h[i] = child;
          i = c;
        }
        h[i] = last;
      }
      this.hook(top.event);
    }
  }
}
