import { plainObject } from '../math/checks.js';
import { checkPlanRun } from './checkPlanRun.js';
import { checkSimCommon, type SimCommon } from './checkSimCommon.js';
import { checkSteadyRun } from './checkSteadyRun.js';
import { runPlan } from './runPlan.js';
import { runSteady } from './runSteady.js';
import type { PlanSimResult, SimResult, SteadySimResult } from './SimResult.js';
import type { PlanScenario, SimScenario, SteadyScenario } from './SimScenario.js';
import type { PlanSimOptions, SimulateOptions, SteadySimOptions } from './SimulateOptions.js';

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
 * @param options - {@link SteadySimOptions} (budget `calls` or `duration` s, warm-up, `batches`) or
 *   {@link PlanSimOptions} (`replications`, `warmUpTime`), both with seed, `answerTime` (s),
 *   `quantiles`, `records`, `onEvent`
 * @returns estimates with 95% confidence intervals; per interval for plans
 * @throws {QueueInputError} on bad fields (naming them), non-positive means, CV < 0, empty
 *   empirical samples, a calls budget with no arrivals, more than 10⁷ agents, or budgets above
 *   {@link MAX_SIMULATED_CALLS} simulated calls (or {@link MAX_RECORDED_CALLS} with records)
 * @example
 * simulate({ arrivalRate: 0.5, handleTime: 180, agents: 95 }, { calls: 20000, seed: 7 }).calls; // => 20000
 * simulate({ arrivalRate: 0.5, handleTime: 180, agents: 95 }, { calls: 20000, seed: 7 }).probWait.value; // => 0.51875
 */
export function simulate(scenario: PlanScenario, options?: PlanSimOptions): PlanSimResult;
export function simulate(scenario: SteadyScenario, options?: SteadySimOptions): SteadySimResult;
export function simulate(scenario: SimScenario, options?: SimulateOptions): SimResult;
export function simulate(scenario: SimScenario, options: SimulateOptions = {}): SimResult {
  const scenarioObject = plainObject('scenario', scenario);
  const optionsObject = plainObject('options', options);
  const common = checkSimCommon(scenarioObject, optionsObject);
  return scenarioObject.intervals === undefined
    ? simulateSteady(scenarioObject, optionsObject, common)
    : simulatePlan(scenarioObject, optionsObject, common);
}

/** A day plan: check, run the replications, summarize the day and each interval. */
function simulatePlan(scenario: Record<string, unknown>, options: Record<string, unknown>, common: SimCommon): PlanSimResult {
  const plan = checkPlanRun(scenario, options, common);
  const run = runPlan(plan);
  const { starts, ends, rates, agents, records } = plan;
  return {
    ...plan.day.summarize(common.answerTime),
    method: 'replications',
    samples: plan.replications,
    seed: common.seed,
    simulatedCalls: run.simulatedCalls,
    simulatedTime: run.simulatedTime,
    intervals: plan.cells.map((cell, k) => ({
      start: starts[k] as number,
      length: (ends[k] as number) - (starts[k] as number),
      agents: agents[k] as number,
      arrivalRate: rates[k] as number,
      ...cell.summarize(common.answerTime),
    })),
    ...(records ? { records } : {}),
  };
}

/** A steady-state queue: check, run the batches, summarize. */
function simulateSteady(scenario: Record<string, unknown>, options: Record<string, unknown>, common: SimCommon): SteadySimResult {
  const steady = checkSteadyRun(scenario, options, common);
  const run = runSteady(steady);
  const { records } = steady;
  return {
    ...steady.stats.summarize(common.answerTime),
    method: 'batch-means',
    samples: steady.stats.samples,
    seed: common.seed,
    simulatedCalls: run.simulatedCalls,
    simulatedTime: run.simulatedTime,
    ...(records ? { records } : {}),
  };
}
