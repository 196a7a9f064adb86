import { describe, expect, it } from 'vitest';
import type { PredictorName } from '../../src/index.js';
import { createQueueTracker } from '../../src/index.js';
import { simulateStream } from './simulatedStream.js';

type Method = PredictorName | 'auto' | 'ema' | 'naive';
const METHODS: Method[] = ['auto', 'model', 'les', 'hol', 'history', 'ema', 'naive'];

/**
 * Feeds a simulated stream to a tracker and scores, for every answered caller, the wait predicted
 * when it joined by each predictor and by the platforms' usual methods: an exponential moving
 * average of completed hold times (α = 0.1) and handle time × position ÷ agents (live AHT,
 * position counted from 1).
 */
export function score(events: ReturnType<typeof simulateStream>, warmup: number): Record<Method, { mse: number; n: number }> {
  const tracker = createQueueTracker({ handleTime: 300, halfLife: 1800 });
  const predictions = new Map<number, Record<Method, number>>();
  const joinTime = new Map<number, number>();
  let ema = NaN;
  const sq: Record<Method, number> = { auto: 0, model: 0, les: 0, hol: 0, history: 0, ema: 0, naive: 0 };
  let n = 0;
  for (const e of events) {
    if (e.type === 'joined') {
      const s = tracker.stats();
      const k = s.waiting;
      const free = s.agents - s.busy;
      const p = {} as Record<Method, number>;
      for (const m of ['auto', 'model', 'les', 'hol', 'history'] as const) p[m] = tracker.predict({ ahead: k, predictor: m }).mean;
      p.ema = Number.isNaN(ema) ? p.model : ema;
      p.naive = k < free ? 0 : (s.handleTime * (k + 1)) / Math.max(s.agents, 1);
      predictions.set(e.id as number, p);
      joinTime.set(e.id as number, e.time);
    }
    expect(tracker.record(e).ok).toBe(true);
    if (e.type === 'answered') {
      const wait = e.time - joinTime.get(e.id as number)!;
      ema = Number.isNaN(ema) ? wait : 0.9 * ema + 0.1 * wait;
      const p = predictions.get(e.id as number)!;
      if (e.time > warmup) {
        for (const m of METHODS) sq[m] += (p[m] - wait) ** 2;
        n++;
      }
    }
    if (e.type === 'answered' || e.type === 'abandoned') {
      predictions.delete(e.id as number);
      joinTime.delete(e.id as number);
    }
  }
  const out = {} as Record<Method, { mse: number; n: number }>;
  for (const m of METHODS) out[m] = { mse: sq[m] / n, n };
  return out;
}

const SCENARIOS = [
  // Time-varying arrivals around 95 % load, lognormal handle times (cv 1.5), impatient callers.
  {
    name: 'lognormal cv 1.5, ±40 % arrivals, patience 5 min',
    seed: 11,
    hours: 24,
    agents: 20,
    rate: (20 / 240) * 0.95,
    swing: 0.4,
    period: 4 * 3600,
    handleTime: 240,
    cv: 1.5,
    patience: 300,
  },
  // Lighter variance, patient callers, overloaded peaks.
  {
    name: 'lognormal cv 0.5, ±30 % arrivals, patience 15 min',
    seed: 23,
    hours: 24,
    agents: 50,
    rate: (50 / 300) * 0.97,
    swing: 0.3,
    period: 6 * 3600,
    handleTime: 300,
    cv: 0.5,
    patience: 900,
  },
  // Full average load with overloaded peaks (mean wait ≈ 30 s).
  {
    name: 'lognormal cv 1.2, ±40 % arrivals at 100 % mean load, patience 4 min',
    seed: 31,
    hours: 24,
    agents: 30,
    rate: (30 / 240) * 1.0,
    swing: 0.4,
    period: 4 * 3600,
    handleTime: 240,
    cv: 1.2,
    patience: 240,
  },
  // Small team, strong swings.
  {
    name: 'lognormal cv 1, ±50 % arrivals, 5 agents, patience 3 min',
    seed: 5,
    hours: 48,
    agents: 5,
    rate: (5 / 180) * 0.9,
    swing: 0.5,
    period: 3 * 3600,
    handleTime: 180,
    cv: 1,
    patience: 180,
  },
];

describe('createQueueTracker on simulated streams (time-varying arrivals, non-exponential handle times)', () => {
  for (const s of SCENARIOS) {
    it(`auto beats EMA-of-hold-times and handle time × position ÷ agents in MSE: ${s.name}`, () => {
      const r = score(simulateStream(s), 3600);
      const rmse = Object.fromEntries(Object.entries(r).map(([m, v]) => [m, Math.round(100 * Math.sqrt(v.mse)) / 100]));
      console.log(`[realtime validation] ${s.name}: answered ${r.auto.n}, RMSE (s) ${JSON.stringify(rmse)}`);
      expect(r.auto.n).toBeGreaterThan(1000);
      expect(r.auto.mse).toBeLessThan(r.ema.mse);
      expect(r.auto.mse).toBeLessThan(r.naive.mse);
      // The model is right in distribution here: auto leaves it only on significant evidence, so it
      // loses at most about 1% of RMSE to it (choosing by the lowest recent error lost 4%).
      expect(r.auto.mse).toBeLessThan(1.02 * r.model.mse);
    });
  }
});

describe('createQueueTracker on simulated streams with priority callers (served first, non-preemptive)', () => {
  const PRIORITY_SCENARIOS = [
    { name: 'half priority, 20 agents, 95 % load, patience 10 min', seed: 7, agents: 20, load: 0.95, priorityShare: 0.5, patience: 600 },
    { name: 'a third priority, 10 agents, 90 % load, patience 5 min', seed: 8, agents: 10, load: 0.9, priorityShare: 0.3, patience: 300 },
  ];
  for (const p of PRIORITY_SCENARIOS) {
    it(`positions and overtaking: auto beats the EMA of hold times in each class and is within 10 % of handle time × position ÷ agents; the model's bias for regular callers is under 20 % of their wait: ${p.name}`, () => {
      const events = simulateStream({
        seed: p.seed,
        hours: 48,
        agents: p.agents,
        rate: (p.agents / 240) * p.load,
        swing: 0.3,
        period: 4 * 3600,
        handleTime: 240,
        cv: 1,
        patience: p.patience,
        priorityShare: p.priorityShare,
      });
      const tracker = createQueueTracker({ handleTime: 300 });
      const told = new Map<number, { time: number; priority: number; auto: number; model: number; naive: number; ema: number }>();
      const tally = [0, 1].map(() => ({ n: 0, wait: 0, modelBias: 0, auto: 0, naive: 0, ema: 0 }));
      let ema = NaN;
      for (const e of events) {
        expect(tracker.record(e).ok).toBe(true);
        if (e.type === 'joined') {
          const s = tracker.stats();
          const ahead = tracker.position(e.id) as number;
          const model = (tracker.estimate(e.id, { predictor: 'model' }) as { mean: number }).mean;
          told.set(e.id as number, {
            time: e.time,
            priority: e.priority ?? 0,
            auto: (tracker.estimate(e.id) as { mean: number }).mean,
            model,
            naive: ahead < s.agents - s.busy ? 0 : (s.handleTime * (ahead + 1)) / Math.max(s.agents, 1),
            ema: Number.isNaN(ema) ? model : ema,
          });
        } else if (e.type === 'answered') {
          const t = told.get(e.id as number) as NonNullable<ReturnType<typeof told.get>>;
          const wait = e.time - t.time;
          ema = Number.isNaN(ema) ? wait : 0.9 * ema + 0.1 * wait;
          if (e.time <= 3600) continue;
          const c = tally[t.priority] as (typeof tally)[number];
          c.n += 1;
          c.wait += wait;
          c.modelBias += t.model - wait;
          c.auto += (t.auto - wait) ** 2;
          c.naive += (t.naive - wait) ** 2;
          c.ema += (t.ema - wait) ** 2;
        }
      }
      const rmse = (x: number, n: number) => Math.round(100 * Math.sqrt(x / n)) / 100;
      console.log(
        `[realtime validation, priorities] ${p.name}: ${JSON.stringify(tally.map((c) => ({ n: c.n, wait: rmse(c.wait ** 2, c.n ** 2), modelBias: rmse(c.modelBias ** 2, c.n ** 2), auto: rmse(c.auto, c.n), naive: rmse(c.naive, c.n), ema: rmse(c.ema, c.n) })))}`,
      );
      for (const c of tally) {
        expect(c.n).toBeGreaterThan(1000);
        expect(c.auto).toBeLessThan(c.ema);
      }
      // With a priority-aware position, the Genesys-style formula is close on a textbook priority
      // queue (seed 8: regular callers 35.2 s against auto's 36.3 s; it ignores the overtaking,
      // which the model over-counts by about 13 % of the regular callers' wait there).
      const [regularCalls, priorityCalls] = tally as [(typeof tally)[number], (typeof tally)[number]];
      expect(regularCalls.auto + priorityCalls.auto).toBeLessThan(1.1 * (regularCalls.naive + priorityCalls.naive));
      const regular = tally[0] as (typeof tally)[number];
      expect(Math.abs(regular.modelBias / regular.n)).toBeLessThan(0.2 * (regular.wait / regular.n));
    });
  }
});
