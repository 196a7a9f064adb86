import { describe, expect, it } from 'vitest';
import { forecastInterval, QueueInputError } from '../../src/index.js';
import { rng } from '../helpers/rng.js';

/**
 * Replicates the rest of an interval from a given state (Poisson arrivals, exponential handle
 * times and patience, FCFS): the share of calls answered within T and the share abandoning.
 */
function simulate(
  o: { agents: number; busy: number; waiting: number[]; handleTime: number; patience: number; rate: number; seconds: number; T: number },
  reps: number,
  seed: number,
) {
  const u = rng(seed);
  const exp = (m: number) => -m * Math.log(1 - u());
  let within = 0;
  let abandoned = 0;
  let calls = 0;
  for (let r = 0; r < reps; r++) {
    // Callers: elapsed wait so far (negative = arrives later), patience left.
    const queue = [...o.waiting].sort((a, b) => b - a).map((w) => ({ waited: w, joinAt: -w, deadline: exp(o.patience) }));
    let busyEnds: number[] = Array.from({ length: o.busy }, () => exp(o.handleTime));
    let t = 0;
    let nextArrival = exp(1 / o.rate);
    calls += queue.length;
    for (;;) {
      // Serve from the head while agents are free.
      while (busyEnds.length < o.agents && queue.length > 0) {
        const c = queue.shift()!;
        if (t - c.joinAt <= o.T) within++;
        busyEnds.push(t + exp(o.handleTime));
      }
      let next = nextArrival < o.seconds ? nextArrival : Infinity;
      let kind = 0;
      let which = -1;
      for (let i = 0; i < busyEnds.length; i++) if (busyEnds[i]! < next) [next, kind, which] = [busyEnds[i]!, 1, i];
      for (let i = 0; i < queue.length; i++) if (queue[i]!.deadline < next) [next, kind, which] = [queue[i]!.deadline, 2, i];
      if (next === Infinity) break;
      t = next;
      if (kind === 0) {
        queue.push({ waited: 0, joinAt: t, deadline: t + exp(o.patience) });
        calls++;
        nextArrival = t + exp(1 / o.rate);
      } else if (kind === 1) {
        busyEnds = busyEnds.filter((_, i) => i !== which);
      } else {
        queue.splice(which, 1);
        abandoned++;
      }
    }
  }
  return { sl: within / calls, ab: abandoned / calls, calls };
}

describe('forecastInterval(state, forecast, target) against simulation', () => {
  const cases = [
    {
      name: 'backlog of 8, 10 agents, 110 % load',
      agents: 10,
      busy: 10,
      waiting: [95, 80, 62, 50, 33, 20, 9, 2],
      handleTime: 180,
      patience: 300,
      rate: (10 / 180) * 1.1,
      seconds: 1200,
      T: 20,
    },
    {
      name: 'empty queue, 5 free of 12 agents, 80 % load',
      agents: 12,
      busy: 7,
      waiting: [],
      handleTime: 240,
      patience: 200,
      rate: (12 / 240) * 0.8,
      seconds: 900,
      T: 30,
    },
  ];
  for (const c of cases) {
    it(`forecastInterval matches a 3000-replication simulation within 4 standard errors: ${c.name}`, () => {
      const o = forecastInterval(
        { agents: c.agents, busy: c.busy, waiting: c.waiting, handleTime: c.handleTime, patience: c.patience },
        { calls: c.rate * c.seconds, seconds: c.seconds },
        { serviceLevel: 0.8, answerTime: c.T },
      );
      const sim = simulate(c, 3000, 17);
      // Ratio-of-means estimates: standard error from the per-call binomial bound with replication clustering (×3).
      const se = (p: number) => 3 * Math.sqrt((p * (1 - p)) / sim.calls);
      console.log(
        `[forecastInterval] ${c.name}: SL forecast ${o.serviceLevel.toFixed(4)} vs simulated ${sim.sl.toFixed(4)}; abandon ${o.probAbandon.toFixed(4)} vs ${sim.ab.toFixed(4)}`,
      );
      expect(Math.abs(o.serviceLevel - sim.sl)).toBeLessThan(4 * se(sim.sl) + 0.005);
      expect(Math.abs(o.probAbandon - sim.ab)).toBeLessThan(4 * se(sim.ab) + 0.005);
    });
  }

  it('forecastInterval: agentsNeeded meets the target and one fewer does not', () => {
    const state = { agents: 10, busy: 10, waiting: [60, 45, 30, 12, 3], handleTime: 180, patience: 300 };
    const forecast = { calls: 100, seconds: 1500 };
    const target = { serviceLevel: 0.8, answerTime: 20 };
    const o = forecastInterval(state, forecast, target);
    expect(o.alert).toBe('critical');
    const at = forecastInterval({ ...state, agents: o.agentsNeeded }, forecast, target);
    const below = forecastInterval({ ...state, agents: o.agentsNeeded - 1 }, forecast, target);
    expect(at.serviceLevel).toBeGreaterThanOrEqual(0.8);
    expect(below.serviceLevel).toBeLessThan(0.8);
    expect(at.alert).toBe('none');
    expect(at.agentsNeeded).toBe(o.agentsNeeded);
  });

  it('forecastInterval: a bigger backlog lowers the forecast service level', () => {
    const f = { calls: 60, seconds: 1200 };
    const t = { serviceLevel: 0.8, answerTime: 20 };
    const a = forecastInterval({ agents: 10, waiting: [10], handleTime: 180, patience: 300 }, f, t);
    const b = forecastInterval({ agents: 10, waiting: [50, 40, 30, 20, 10], handleTime: 180, patience: 300 }, f, t);
    expect(b.serviceLevel).toBeLessThan(a.serviceLevel);
    expect(b.abandoned).toBeGreaterThan(a.abandoned);
  });

  it('forecastInterval keeps abandonRate, deprecated, as the same share as probAbandon', () => {
    const o = forecastInterval(
      { agents: 10, waiting: [40, 25, 5], handleTime: 180, patience: 300 },
      { calls: 90, seconds: 1500 },
      { serviceLevel: 0.8, answerTime: 20 },
    );
    expect(o.probAbandon).toBeGreaterThan(0);
    expect(o.abandonRate).toBe(o.probAbandon);
  });

  it('forecastInterval without abandonment and no arrivals reduces to the waiting callers', () => {
    const o = forecastInterval(
      { agents: 2, waiting: [5, 30], handleTime: 100 },
      { calls: 0, seconds: 600 },
      { serviceLevel: 0.5, answerTime: 20 },
    );
    expect(o.calls).toBe(2);
    expect(o.probAbandon).toBe(0);
    // The 30 s caller (head) already missed; the 5 s one has 1 ahead: P(Gamma(2, 2/100) ≤ 15).
    expect(o.answeredWithin).toBeCloseTo(1 - Math.exp(-0.3) * 1.3, 12);
  });

  it('forecastInterval throws QueueInputError for bad fields', () => {
    const s = { agents: 2, handleTime: 100 };
    const f = { calls: 10, seconds: 600 };
    const t = { serviceLevel: 0.8, answerTime: 20 };
    expect(() => forecastInterval({ ...s, agents: -1 }, f, t)).toThrow(QueueInputError);
    expect(() => forecastInterval({ ...s, waiting: [-1] }, f, t)).toThrow(QueueInputError);
    expect(() => forecastInterval({ ...s, busy: 3 }, f, t)).toThrow(QueueInputError);
    expect(() => forecastInterval(s, { ...f, seconds: 0 }, t)).toThrow(QueueInputError);
    expect(() => forecastInterval(s, f, { ...t, serviceLevel: 2 })).toThrow(QueueInputError);
  });
});

describe('forecastInterval methods', () => {
  it("forecastInterval: the 'ode' (Crank–Nicolson) result is within 5e-6 of exact uniformization", () => {
    const cases: Parameters<typeof forecastInterval>[] = [
      [
        { agents: 10, busy: 10, waiting: [95, 80, 62, 50, 33, 20, 9, 2], handleTime: 180, patience: 300 },
        { calls: 66, seconds: 1200 },
        { serviceLevel: 0.8, answerTime: 20 },
      ],
      [
        { agents: 40, busy: 30, waiting: [], handleTime: 300, patience: 120 },
        { calls: 250, seconds: 1800 },
        { serviceLevel: 0.9, answerTime: 30 },
      ],
      [
        { agents: 3, busy: 3, waiting: [5], handleTime: 200 },
        { calls: 20, seconds: 1800 },
        { serviceLevel: 0.5, answerTime: 60 },
      ],
    ];
    for (const [s, f, t] of cases) {
      const ode = forecastInterval(s, f, t);
      const exact = forecastInterval(s, f, t, { method: 'uniformization' });
      expect(Math.abs(ode.serviceLevel - exact.serviceLevel)).toBeLessThan(5e-6);
      expect(Math.abs(ode.probAbandon - exact.probAbandon)).toBeLessThan(5e-6);
      expect(ode.agentsNeeded).toBe(exact.agentsNeeded);
    }
  });
});
