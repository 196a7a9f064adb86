import type { QueueEvent } from '../../src/index.js';

import { rng } from '../helpers/rng.js';

export interface StreamOptions {
  seed: number;
  hours: number;
  agents: number;
  /** Mean arrival rate per second; the rate swings ±swing around it over `period` seconds. */
  rate: number;
  swing: number;
  period: number;
  /** Mean handle time; lognormal with coefficient of variation `cv`. */
  handleTime: number;
  cv: number;
  /** Mean patience (exponential). */
  patience: number;
  /** Share of callers of priority 1, served before the others (non-preemptive); none when omitted. */
  priorityShare?: number;
}

/**
 * A seeded multi-agent call stream with time-varying (sinusoidal) arrivals, lognormal handle
 * times and exponential patience, as the events a telephony backend would see: first come, first
 * served, or with a share of priority callers served first (non-preemptive priority).
 */
export function simulateStream(o: StreamOptions): QueueEvent[] {
  const u = rng(o.seed);
  const exp = (mean: number) => -mean * Math.log(1 - u());
  const normal = () => Math.sqrt(-2 * Math.log(1 - u())) * Math.cos(2 * Math.PI * u());
  const s2 = Math.log(1 + o.cv * o.cv);
  const mu = Math.log(o.handleTime) - s2 / 2;
  const handle = () => Math.exp(mu + Math.sqrt(s2) * normal());
  const end = o.hours * 3600;
  const peak = o.rate * (1 + o.swing);
  const events: QueueEvent[] = [{ type: 'login', time: 0, count: o.agents }];
  const busyUntil: (number | null)[] = new Array(o.agents).fill(null);
  const busyId: number[] = new Array(o.agents).fill(-1);
  const queue: { id: number; deadline: number; priority: number }[] = [];
  let t = 0;
  let nextArrival = 0;
  let id = 0;
  const drawArrival = (from: number) => {
    let x = from;
    for (;;) {
      x += exp(1 / peak);
      const r = o.rate * (1 + o.swing * Math.sin((2 * Math.PI * x) / o.period));
      if (u() * peak <= r) return x;
    }
  };
  nextArrival = drawArrival(0);
  while (t < end || queue.length > 0 || busyUntil.some((b) => b !== null)) {
    // Next event: arrival (until the end), a completion, or an abandonment.
    let next = t < end ? nextArrival : Infinity;
    let kind = 0;
    let which = -1;
    for (let i = 0; i < o.agents; i++) {
      const b = busyUntil[i];
      if (b !== null && b !== undefined && b < next) {
        next = b;
        kind = 1;
        which = i;
      }
    }
    for (let i = 0; i < queue.length; i++) {
      if (queue[i]!.deadline < next) {
        next = queue[i]!.deadline;
        kind = 2;
        which = i;
      }
    }
    if (next === Infinity) break;
    t = next;
    if (kind === 0) {
      const priority = o.priorityShare !== undefined && u() < o.priorityShare ? 1 : 0;
      const c = { id: id++, deadline: t + exp(o.patience), priority };
      events.push(priority === 0 ? { type: 'joined', time: t, id: c.id } : { type: 'joined', time: t, id: c.id, priority });
      queue.push(c);
      nextArrival = drawArrival(t);
    } else if (kind === 1) {
      events.push({ type: 'completed', time: t, id: busyId[which]! });
      busyUntil[which] = null;
    } else {
      events.push({ type: 'abandoned', time: t, id: queue[which]!.id });
      queue.splice(which, 1);
    }
    // Free agents take callers from the head.
    for (let i = 0; i < o.agents && queue.length > 0; i++) {
      if (busyUntil[i] === null) {
        const first = queue.findIndex((q) => q.priority === 1);
        const c = queue.splice(Math.max(first, 0), 1)[0]!;
        events.push({ type: 'answered', time: t, id: c.id });
        busyUntil[i] = t + handle();
        busyId[i] = c.id;
      }
    }
  }
  return events;
}
