import { describe, expect, it } from 'vitest';
import { analyze, requiredChatAgents } from '../../src/index.js';
import { rng as rngFrom } from '../helpers/rng.js';

/** Seeded uniform on the open interval (0, 1). */
const rng = (seed: number): (() => number) => rngFrom(seed, 0.5);

/**
 * Chat centre as it really runs (a continuous-time Markov chain, simulated event by event):
 * `agents` agents hold up to `c` chats each; a new chat goes to a least-loaded agent with a free
 * slot, otherwise queues (first come, first served) and leaves after an exponential patience; a
 * chat at an agent currently holding k chats ends at rate 1/durationAt(k). Returns the fraction
 * of all chats answered within `t` seconds.
 */
function simulateChat(o: {
  arrivalRate: number;
  agents: number;
  c: number;
  durationAt: (k: number) => number;
  patience: number;
  t: number;
  chats: number;
  seed: number;
}): number {
  const u = rng(o.seed);
  const m = new Array<number>(o.c + 1).fill(0); // m[k]: agents holding k chats
  m[0] = o.agents;
  const rateAt = Array.from({ length: o.c + 1 }, (_, k) => (k === 0 ? 0 : k / o.durationAt(k)));
  const queue: number[] = []; // arrival times, FCFS
  let head = 0;
  let now = 0;
  let arrivals = 0;
  let onTime = 0;
  const warm = Math.floor(o.chats / 10);
  const theta = 1 / o.patience;
  const take = (from: number): void => {
    m[from] = (m[from] as number) - 1;
    m[from + 1] = (m[from + 1] as number) + 1;
  };
  while (arrivals < o.chats + warm) {
    let service = 0;
    for (let k = 1; k <= o.c; k++) service += (m[k] as number) * (rateAt[k] as number);
    const waiting = queue.length - head;
    const total = o.arrivalRate + service + theta * waiting;
    now += -Math.log(u()) / total;
    let x = u() * total;
    if (x < o.arrivalRate) {
      arrivals++;
      const counted = arrivals > warm;
      let k = 0;
      while (k < o.c && m[k] === 0) k++;
      if (k < o.c) {
        take(k);
        if (counted) onTime++;
      } else {
        queue.push(counted ? now : Number.NaN);
      }
      continue;
    }
    x -= o.arrivalRate;
    if (x < service) {
      let k = 1;
      for (; k < o.c; k++) {
        const r = (m[k] as number) * (rateAt[k] as number);
        if (x < r) break;
        x -= r;
      }
      // a chat ends at an agent with k chats; the freed slot takes the head of the queue
      m[k] = (m[k] as number) - 1;
      m[k - 1] = (m[k - 1] as number) + 1;
      if (head < queue.length) {
        const arrived = queue[head++] as number;
        take(k - 1);
        if (!Number.isNaN(arrived) && now - arrived <= o.t) onTime++;
      }
      continue;
    }
    // a waiting chat (uniformly among them) leaves
    const j = head + Math.floor(u() * waiting);
    queue[j] = queue[head] as number;
    head++;
  }
  return onTime / o.chats;
}

describe('requiredChatAgents slot model, validated by simulating agents with concurrent chats', () => {
  const demand = { arrivalRate: 300 / 1800, handleTime: 600, patience: 240 };
  const target = { serviceLevel: 0.8, answerTime: 60 };
  const staffed = requiredChatAgents(demand, target, { concurrency: 3 });

  it('is exact when a chat lasts as long whatever the concurrency (M/M/cN+M over slots)', () => {
    const sl = simulateChat({
      arrivalRate: demand.arrivalRate,
      agents: staffed.agents,
      c: 3,
      durationAt: () => 600,
      patience: 240,
      t: 60,
      chats: 200_000,
      seed: 7,
    });
    const model = analyze({ ...demand, agents: staffed.slots }, { answerTime: 60 }).serviceLevel as number;
    expect(Math.abs(sl - model)).toBeLessThan(0.01); // ≈ 4 standard errors at 200,000 chats
  });

  it('is conservative when agents with fewer chats work them faster (duration grows with concurrency)', () => {
    // 600 s at 3 chats, 480 s at 2, 360 s at 1: the staffing still meets 80% in 60 s
    const sl = simulateChat({
      arrivalRate: demand.arrivalRate,
      agents: staffed.agents,
      c: 3,
      durationAt: (k) => 240 + 120 * k,
      patience: 240,
      t: 60,
      chats: 200_000,
      seed: 8,
    });
    expect(sl).toBeGreaterThanOrEqual(0.8);
    expect(sl).toBeGreaterThanOrEqual((staffed.metrics.serviceLevel as number) - 0.005);
  });
});
