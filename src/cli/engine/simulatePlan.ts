import type { PlanSimResult } from '../../index.js';
import type { Output } from '../Command.js';
import { type FlagValues, MAX_BUDGET, seedFrom, stringFlag } from '../flags/flags.js';
import { numberFlag } from '../flags/parseNumberFlag.js';
import { formatNumber } from '../output/formatValue.js';
import { UsageError } from '../UsageError.js';
import type { PlanRow } from './PlanRow.js';
import type { Plan } from './planForecast.js';
import { simulateWithProgress } from './simulateWithProgress.js';

/** Simulates the plan (each interval at its required agents) from an empty queue, replicated, with progress on a terminal. */
export async function simulatePlan(plan: Plan, answerTime: number, values: FlagValues, io: Output): Promise<PlanSimResult> {
  const reps = stringFlag(values, 'replications');
  const replications = reps === undefined ? 10 : numberFlag('replications', reps, { integer: true });
  if (replications < 2 || replications > 1000) {
    throw new UsageError(`--replications: expected an integer from 2 to 1000, got ${JSON.stringify(reps)}`);
  }
  const rows = plan.rows.filter((r) => r.channel === 'voice');
  if (rows.length === 0) throw new UsageError('--simulate: the forecast has no voice rows to simulate');
  // The same budget as `queuecast simulate`: a run of seconds, not hours.
  const perDay = rows.reduce((sum, r) => sum + r.calls, 0);
  if (!(perDay * replications <= MAX_BUDGET)) {
    throw new UsageError(
      `--simulate: expected at most ${MAX_BUDGET} calls to simulate (calls of the voice rows × --replications), got ${formatNumber(perDay, 0)} × ${replications}; lower --replications or simulate part of the day`,
    );
  }
  const contiguous = rows.every(
    (r, i) => i === 0 || Math.abs((rows[i - 1] as PlanRow).startSeconds + (rows[i - 1] as PlanRow).length - r.startSeconds) < 1e-6,
  );
  const intervals = rows.map((r) => {
    const interval: { start?: number; length: number; calls: number; agents: number; handleTime: number; patience?: number } = {
      length: r.length,
      calls: r.calls,
      agents: r.required,
      handleTime: r.handleTime,
    };
    if (contiguous) interval.start = r.startSeconds - (rows[0] as PlanRow).startSeconds;
    if (r.patience !== null) interval.patience = r.patience;
    return interval;
  });
  const task = {
    scenario: { handleTime: (rows[0] as PlanRow).handleTime, intervals },
    options: { seed: seedFrom(values), replications, answerTime },
  };
  const label = `simulating ${replications} replications of the day (${formatNumber(perDay * replications, 0)} calls)`;
  return (await simulateWithProgress(task, label, io.progress, io.workerUrl)) as PlanSimResult;
}
