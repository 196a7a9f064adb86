import {
  booleanFlag,
  finite,
  integerInRange,
  nonNegative,
  nonNegativeInteger,
  openUnit,
  plainObject,
  positive,
  safeInteger,
} from '../math/checks.js';
import { QueueInputError } from '../math/QueueInputError.js';
import { type CheckedDistribution, checkDistribution } from './checkDistribution.js';
import { EventReplay } from './EventReplay.js';
import { makeSampler } from './makeSampler.js';
import { runPlan } from './runPlan.js';
import { runSteady } from './runSteady.js';
import { SampleStats } from './SampleStats.js';
import type { SimCallRecord } from './SimEvent.js';
import type { PlanSimResult, SimResult, SteadySimResult } from './SimResult.js';
import type { PlanScenario, SimScenario, SteadyScenario } from './SimScenario.js';
import type { SimulateOptions } from './SimulateOptions.js';
import { Xoshiro128 } from './Xoshiro128.js';

/**
 * Most calls one `simulate` run may simulate (warm-up and replications included): a few minutes
 * of CPU; larger budgets throw a `QueueInputError`.
 * @example
 * MAX_SIMULATED_CALLS; // => 1000000000
 */
export const MAX_SIMULATED_CALLS = 1e9;
/**
 * Most calls whose records one `simulate` run may return (`records: true`).
 * @example
 * MAX_RECORDED_CALLS; // => 10000000
 */
export const MAX_RECORDED_CALLS = 1e7;
/** Most agents a simulated queue may have. */
const MAX_AGENTS = 10_000_000;
const DEFAULT_QUANTILES = [0.5, 0.8, 0.9, 0.95, 0.99];

/**
 * Discrete-event simulation of one first-come-first-served call queue: Poisson arrivals, constant
 * or piecewise constant per interval; agents constant or per interval; handle times and patience
 * exponential, deterministic, gamma/Erlang, log-normal or empirical. Returns every metric of
 * `analyze` (same definitions) with 95% confidence intervals — batch means for a steady-state run
 * after warm-up, independent replications per interval for a plan — and optionally every call's
 * record and the event stream (joined, answered, abandoned, completed) through `onEvent`.
 *
 * Exact FCFS dynamics with abandonment without a per-caller event list: a caller's offered wait
 * is fixed when it arrives (Kiefer & Wolfowitz 1955 workload recursion; Baccelli & Hébuterne
 * 1981 for abandonment), and it is answered iff that wait ≤ its patience. Seeded xoshiro128**
 * (Blackman & Vigna 2018) and bit-exact log/exp: a seed gives the same result on every runtime.
 * Memory is independent of the run length unless `records` are asked for.
 *
 * @param scenario - `{ arrivalRate (calls/s), agents, handleTime, patience? }` or
 *   `{ intervals: [{ length (s), calls | arrivalRate, agents, … }], handleTime, patience? }`;
 *   distributions in seconds (a number = exponential mean)
 * @param options - seed, budget (`calls` or `duration` s; `replications` for plans), warm-up,
 *   `answerTime` (s), `quantiles`, `records`, `onEvent`
 * @returns estimates with 95% confidence intervals; per interval for plans
 * @throws {QueueInputError} on bad fields (naming them), non-positive means, CV < 0, empty
 *   empirical samples, a calls budget with no arrivals, more than 10⁷ agents, or budgets above
 *   {@link MAX_SIMULATED_CALLS} simulated calls (or {@link MAX_RECORDED_CALLS} with records)
 * @example
 * simulate({ arrivalRate: 0.5, handleTime: 180, agents: 95 }, { calls: 20000, seed: 7 }).calls; // => 20000
 * simulate({ arrivalRate: 0.5, handleTime: 180, agents: 95 }, { calls: 20000, seed: 7 }).probWait.value; // => 0.51875
 */
export function simulate(scenario: PlanScenario, options?: SimulateOptions): PlanSimResult;
export function simulate(scenario: SteadyScenario, options?: SimulateOptions): SteadySimResult;
export function simulate(scenario: SimScenario, options?: SimulateOptions): SimResult;
export function simulate(scenario: SimScenario, options: SimulateOptions = {}): SimResult {
  const scenarioObject = plainObject('scenario', scenario);
  const o = plainObject('options', options);
  const seed = o.seed === undefined ? 1 : safeInteger('options.seed', o.seed);
  const rng = new Xoshiro128(seed);
  const answerTime = o.answerTime === undefined ? undefined : nonNegative('options.answerTime', o.answerTime);
  const percentiles = o.quantiles === undefined ? DEFAULT_QUANTILES : checkQuantiles(o.quantiles);
  const wantRecords = o.records === undefined ? false : booleanFlag('options.records', o.records);
  if (o.onEvent !== undefined && typeof o.onEvent !== 'function') {
    throw new QueueInputError('options.onEvent', o.onEvent, 'a function');
  }
  const replay = o.onEvent === undefined ? null : new EventReplay(o.onEvent as SimulateOptions['onEvent'] & {});
  const records: SimCallRecord[] | null = wantRecords ? [] : null;
  const handle = checkDistribution('scenario.handleTime', scenarioObject.handleTime);
  const patience = checkPatience('scenario.patience', scenarioObject.patience);
  const tAns = answerTime ?? -1;

  if (scenarioObject.intervals !== undefined) {
    for (const f of ['arrivalRate', 'agents'] as const) {
      if (scenarioObject[f] !== undefined)
        throw new QueueInputError(`scenario.${f}`, scenarioObject[f], 'omitted when intervals are given');
    }
    for (const f of ['calls', 'duration', 'batches', 'warmUpCalls'] as const) {
      if (o[f] !== undefined) throw new QueueInputError(`options.${f}`, o[f], 'omitted for a plan (use replications, warmUpTime)');
    }
    const list = scenarioObject.intervals;
    if (!Array.isArray(list) || list.length === 0 || list.length > 100_000) {
      throw new QueueInputError('scenario.intervals', list, 'a non-empty array of at most 100000 intervals');
    }
    const K = list.length;
    const starts = new Float64Array(K);
    const ends = new Float64Array(K);
    const rates = new Float64Array(K);
    const agents = new Int32Array(K);
    const service: (() => number)[] = [];
    const pats: ((() => number) | null)[] = [];
    const samplerOf = new Map<CheckedDistribution, () => number>();
    const sampler = (d: CheckedDistribution): (() => number) => {
      let f = samplerOf.get(d);
      if (f === undefined) {
        f = makeSampler(d, rng);
        samplerOf.set(d, f);
      }
      return f;
    };
    let expected = 0;
    for (let k = 0; k < K; k++) {
      const name = `scenario.intervals[${k}]`;
      const iteration = plainObject(name, list[k]);
      const length = positive(`${name}.length`, iteration.length);
      let start = k === 0 ? 0 : (ends[k - 1] as number);
      if (iteration.start !== undefined) {
        const s = finite(`${name}.start`, iteration.start);
        if (k > 0 && Math.abs(s - start) > 1e-9 * Math.max(1, Math.abs(start))) {
          throw new QueueInputError(`${name}.start`, s, `the previous interval's end, ${start} (intervals are consecutive)`);
        }
        start = k === 0 ? s : start;
      }
      if ((iteration.calls === undefined) === (iteration.arrivalRate === undefined)) {
        throw new QueueInputError(`${name}.calls`, iteration.calls, 'given, or arrivalRate given instead (exactly one of them)');
      }
      const rate =
        iteration.calls !== undefined
          ? nonNegative(`${name}.calls`, iteration.calls) / length
          : nonNegative(`${name}.arrivalRate`, iteration.arrivalRate);
      starts[k] = start;
      ends[k] = start + length;
      rates[k] = rate;
      agents[k] = agentCount(`${name}.agents`, iteration.agents);
      const h = iteration.handleTime === undefined ? handle : checkDistribution(`${name}.handleTime`, iteration.handleTime);
      const p = iteration.patience === undefined ? patience : checkPatience(`${name}.patience`, iteration.patience);
      service.push(sampler(h));
      pats.push(p === null ? null : sampler(p));
      expected += rate * length;
    }
    const replications = o.replications === undefined ? 10 : integerInRange('options.replications', o.replications, 2, 1000);
    const warmUpTime = o.warmUpTime === undefined ? 0 : nonNegative('options.warmUpTime', o.warmUpTime);
    const total = replications * (expected + (rates[0] as number) * warmUpTime);
    checkBudget('options.replications', replications, total, wantRecords);
    const cells = Array.from({ length: K }, () => new SampleStats(replications, percentiles, tAns));
    const day = new SampleStats(replications, percentiles, tAns);
    const run = runPlan({
      starts,
      ends,
      rates,
      agents,
      service,
      patience: pats,
      rng,
      replications,
      warmUpTime,
      answerTime: tAns,
      cells,
      day,
      records,
      replay,
      maxCalls: hardStop(total),
    });
    return {
      ...day.summarize(answerTime),
      method: 'replications' as const,
      samples: replications,
      seed,
      simulatedCalls: run.simulatedCalls,
      simulatedTime: run.simulatedTime,
      intervals: cells.map((c, k) => ({
        start: starts[k] as number,
        length: (ends[k] as number) - (starts[k] as number),
        agents: agents[k] as number,
        arrivalRate: rates[k] as number,
        ...c.summarize(answerTime),
      })),
      ...(records ? { records } : {}),
    };
  }

  if (o.replications !== undefined) {
    throw new QueueInputError('options.replications', o.replications, 'omitted for a steady-state run (use batches)');
  }
  const arrivalRate = nonNegative('scenario.arrivalRate', scenarioObject.arrivalRate);
  const agents = agentCount('scenario.agents', scenarioObject.agents);
  if (o.calls !== undefined && o.duration !== undefined) {
    throw new QueueInputError('options.duration', o.duration, 'omitted when calls is given (one budget)');
  }
  const byTime = o.duration !== undefined;
  const duration = byTime ? positive('options.duration', o.duration) : Infinity;
  const calls = byTime ? Infinity : o.calls === undefined ? 200_000 : integerInRange('options.calls', o.calls, 1, MAX_SIMULATED_CALLS);
  const batches = o.batches === undefined ? 20 : integerInRange('options.batches', o.batches, 2, 1000);
  if (!byTime && calls < batches) {
    throw new QueueInputError('options.calls', calls, `at least batches (${batches})`);
  }
  if (!byTime && !(calls / arrivalRate < 1e300)) {
    throw new QueueInputError('scenario.arrivalRate', arrivalRate, '> 0 when the budget is a number of calls (or give a duration)');
  }
  const warmUpCalls =
    o.warmUpCalls !== undefined
      ? nonNegativeInteger('options.warmUpCalls', o.warmUpCalls)
      : byTime || o.warmUpTime !== undefined
        ? 0
        : Math.ceil(calls / 10);
  if (warmUpCalls > 0 && !(warmUpCalls / arrivalRate < 1e300)) {
    throw new QueueInputError('options.warmUpCalls', warmUpCalls, '0 when no calls arrive (or use warmUpTime)');
  }
  const warmUpTime =
    o.warmUpTime !== undefined
      ? nonNegative('options.warmUpTime', o.warmUpTime)
      : byTime && o.warmUpCalls === undefined
        ? duration / 10
        : 0;
  const total = (byTime ? arrivalRate * duration : calls) + warmUpCalls + arrivalRate * warmUpTime;
  checkBudget(byTime ? 'options.duration' : 'options.calls', byTime ? duration : calls, total, wantRecords);
  const stats = new SampleStats(batches, percentiles, tAns);
  const run = runSteady({
    arrivalRate,
    agents,
    service: makeSampler(handle, rng),
    patience: patience === null ? null : makeSampler(patience, rng),
    rng,
    calls,
    duration,
    warmUpCalls,
    warmUpTime,
    answerTime: tAns,
    stats,
    records,
    replay,
    maxCalls: hardStop(total),
  });
  return {
    ...stats.summarize(answerTime),
    method: 'batch-means',
    samples: batches,
    seed,
    simulatedCalls: run.simulatedCalls,
    simulatedTime: run.simulatedTime,
    ...(records ? { records } : {}),
  };
}

function agentCount(name: string, v: unknown): number {
  const n = nonNegativeInteger(name, v);
  if (n > MAX_AGENTS) throw new QueueInputError(name, n, `a non-negative integer of at most ${MAX_AGENTS} (simulated agents take memory)`);
  return n;
}

function checkQuantiles(v: unknown): number[] {
  if (!Array.isArray(v) || v.length > 100) throw new QueueInputError('options.quantiles', v, 'an array of at most 100 probabilities');
  return v.map((p, i) => openUnit(`options.quantiles[${i}]`, p));
}

function checkPatience(name: string, v: unknown): CheckedDistribution | null {
  if (v === undefined || v === Infinity) return null;
  return checkDistribution(name, v);
}

function checkBudget(name: string, value: number, total: number, records: boolean): void {
  if (total > MAX_SIMULATED_CALLS) {
    throw new QueueInputError(
      name,
      value,
      `a budget of at most ${MAX_SIMULATED_CALLS} simulated calls (this one needs about ${total.toPrecision(3)}, hours of CPU)`,
    );
  }
  if (records && total > MAX_RECORDED_CALLS) {
    throw new QueueInputError(
      'options.records',
      true,
      `false for runs above ${MAX_RECORDED_CALLS} calls (this one needs about ${total.toPrecision(3)}); use onEvent to stream them`,
    );
  }
}

/** A bound on calls simulated that a valid budget never reaches (Poisson counts stay far below it). */
function hardStop(expected: number): number {
  return Math.ceil(1.5 * expected + 1e6);
}
