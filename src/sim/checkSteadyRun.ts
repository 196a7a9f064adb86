import { integerInRange, nonNegative, nonNegativeInteger, positive } from '../math/checks.js';
import { QueueInputError } from '../math/QueueInputError.js';
import { checkSimAgents, type SimCommon } from './checkSimCommon.js';
import { makeSampler } from './makeSampler.js';
import type { SteadyRun } from './runSteady.js';
import { SampleStats } from './SampleStats.js';
import { checkBudget, hardStop, MAX_SIMULATED_CALLS } from './simBudget.js';

/**
 * Checks a steady-state queue (`scenario.arrivalRate`, `agents`) and its options and prepares its
 * run: the budget (`calls` or `duration`), the warm-up (by default a tenth of the budget) and the
 * batches. Internal: the steady-state half of `simulate`'s boundary check.
 */
export function checkSteadyRun(scenario: Record<string, unknown>, options: Record<string, unknown>, common: SimCommon): SteadyRun {
  if (options.replications !== undefined) {
    throw new QueueInputError('options.replications', options.replications, 'omitted for a steady-state run (use batches)');
  }
  const arrivalRate = nonNegative('scenario.arrivalRate', scenario.arrivalRate);
  const agents = checkSimAgents('scenario.agents', scenario.agents);
  if (options.calls !== undefined && options.duration !== undefined) {
    throw new QueueInputError('options.duration', options.duration, 'omitted when calls is given (one budget)');
  }
  const byTime = options.duration !== undefined;
  const duration = byTime ? positive('options.duration', options.duration) : Infinity;
  const calls = byTime
    ? Infinity
    : options.calls === undefined
      ? 200_000
      : integerInRange('options.calls', options.calls, 1, MAX_SIMULATED_CALLS);
  const batches = options.batches === undefined ? 20 : integerInRange('options.batches', options.batches, 2, 1000);
  if (!byTime && calls < batches) {
    throw new QueueInputError('options.calls', calls, `at least batches (${batches})`);
  }
  if (!byTime && !(calls / arrivalRate < 1e300)) {
    throw new QueueInputError('scenario.arrivalRate', arrivalRate, '> 0 when the budget is a number of calls (or give a duration)');
  }
  const warmUpCalls =
    options.warmUpCalls !== undefined
      ? nonNegativeInteger('options.warmUpCalls', options.warmUpCalls)
      : byTime || options.warmUpTime !== undefined
        ? 0
        : Math.ceil(calls / 10);
  if (warmUpCalls > 0 && !(warmUpCalls / arrivalRate < 1e300)) {
    throw new QueueInputError('options.warmUpCalls', warmUpCalls, '0 when no calls arrive (or use warmUpTime)');
  }
  const warmUpTime =
    options.warmUpTime !== undefined
      ? nonNegative('options.warmUpTime', options.warmUpTime)
      : byTime && options.warmUpCalls === undefined
        ? duration / 10
        : 0;
  const total = (byTime ? arrivalRate * duration : calls) + warmUpCalls + arrivalRate * warmUpTime;
  checkBudget(byTime ? 'options.duration' : 'options.calls', byTime ? duration : calls, total, common.records !== null);
  const { rng, patience } = common;
  return {
    arrivalRate,
    agents,
    service: makeSampler(common.handle, rng),
    patience: patience === null ? null : makeSampler(patience, rng),
    rng,
    calls,
    duration,
    warmUpCalls,
    warmUpTime,
    answerTime: common.kernelAnswerTime,
    stats: new SampleStats(batches, common.quantiles, common.kernelAnswerTime),
    records: common.records,
    replay: common.replay,
    maxCalls: hardStop(total),
  };
}
