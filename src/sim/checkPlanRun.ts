import { finite, integerInRange, nonNegative, plainObject, positive } from '../math/checks.js';
import { QueueInputError } from '../math/QueueInputError.js';
import { type CheckedDistribution, checkDistribution } from './checkDistribution.js';
import { checkPatience, checkSimAgents, type SimCommon } from './checkSimCommon.js';
import { makeSampler } from './makeSampler.js';
import type { PlanRun } from './runPlan.js';
import { SampleStats } from './SampleStats.js';
import { checkBudget, hardStop } from './simBudget.js';

/** Most intervals a simulated plan may have. */
const MAX_INTERVALS = 100_000;

/**
 * Checks a day plan (`scenario.intervals` and the plan's options) and prepares its run: interval
 * starts, ends, rates and agents, one sampler per distinct distribution, and one sample cell per
 * interval and for the whole day. Internal: the plan half of `simulate`'s boundary check.
 */
export function checkPlanRun(scenario: Record<string, unknown>, options: Record<string, unknown>, common: SimCommon): PlanRun {
  for (const field of ['arrivalRate', 'agents'] as const) {
    if (scenario[field] !== undefined) {
      throw new QueueInputError(`scenario.${field}`, scenario[field], 'omitted when intervals are given');
    }
  }
  for (const field of ['calls', 'duration', 'batches', 'warmUpCalls'] as const) {
    if (options[field] !== undefined) {
      throw new QueueInputError(`options.${field}`, options[field], 'omitted for a plan (use replications, warmUpTime)');
    }
  }
  const list = scenario.intervals;
  if (!Array.isArray(list) || list.length === 0 || list.length > MAX_INTERVALS) {
    throw new QueueInputError('scenario.intervals', list, `a non-empty array of at most ${MAX_INTERVALS} intervals`);
  }
  const K = list.length;
  const starts = new Float64Array(K);
  const ends = new Float64Array(K);
  const rates = new Float64Array(K);
  const agents = new Int32Array(K);
  const service: (() => number)[] = [];
  const patience: ((() => number) | null)[] = [];
  const samplerOf = new Map<CheckedDistribution, () => number>();
  const sampler = (distribution: CheckedDistribution): (() => number) => {
    let draw = samplerOf.get(distribution);
    if (draw === undefined) {
      draw = makeSampler(distribution, common.rng);
      samplerOf.set(distribution, draw);
    }
    return draw;
  };
  let expected = 0;
  for (let k = 0; k < K; k++) {
    const name = `scenario.intervals[${k}]`;
    const interval = plainObject(name, list[k]);
    const length = positive(`${name}.length`, interval.length);
    const start = intervalStart(name, interval.start, k === 0 ? undefined : (ends[k - 1] as number));
    if ((interval.calls === undefined) === (interval.arrivalRate === undefined)) {
      throw new QueueInputError(`${name}.calls`, interval.calls, 'given, or arrivalRate given instead (exactly one of them)');
    }
    const rate =
      interval.calls !== undefined
        ? nonNegative(`${name}.calls`, interval.calls) / length
        : nonNegative(`${name}.arrivalRate`, interval.arrivalRate);
    starts[k] = start;
    ends[k] = start + length;
    rates[k] = rate;
    agents[k] = checkSimAgents(`${name}.agents`, interval.agents);
    const handle = interval.handleTime === undefined ? common.handle : checkDistribution(`${name}.handleTime`, interval.handleTime);
    const patienceOf = interval.patience === undefined ? common.patience : checkPatience(`${name}.patience`, interval.patience);
    service.push(sampler(handle));
    patience.push(patienceOf === null ? null : sampler(patienceOf));
    expected += rate * length;
  }
  const replications = options.replications === undefined ? 10 : integerInRange('options.replications', options.replications, 2, 1000);
  const warmUpTime = options.warmUpTime === undefined ? 0 : nonNegative('options.warmUpTime', options.warmUpTime);
  const total = replications * (expected + (rates[0] as number) * warmUpTime);
  checkBudget('options.replications', replications, total, common.records !== null);
  const { quantiles, kernelAnswerTime } = common;
  return {
    starts,
    ends,
    rates,
    agents,
    service,
    patience,
    rng: common.rng,
    replications,
    warmUpTime,
    answerTime: kernelAnswerTime,
    cells: Array.from({ length: K }, () => new SampleStats(replications, quantiles, kernelAnswerTime)),
    day: new SampleStats(replications, quantiles, kernelAnswerTime),
    records: common.records,
    replay: common.replay,
    maxCalls: hardStop(total),
  };
}

/**
 * An interval's start: the given one for the first interval (0 when absent), else the previous
 * interval's end, which a given start must match (intervals are consecutive).
 */
function intervalStart(name: string, value: unknown, previousEnd: number | undefined): number {
  if (value === undefined) return previousEnd ?? 0;
  const start = finite(`${name}.start`, value);
  if (previousEnd === undefined) return start;
  if (Math.abs(start - previousEnd) > 1e-9 * Math.max(1, Math.abs(previousEnd))) {
    throw new QueueInputError(`${name}.start`, start, `the previous interval's end, ${previousEnd} (intervals are consecutive)`);
  }
  return previousEnd;
}
