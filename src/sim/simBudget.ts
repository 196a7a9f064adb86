import { QueueInputError } from '../math/QueueInputError.js';

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

/**
 * Refuses a run expected to simulate `total` calls above {@link MAX_SIMULATED_CALLS} (naming the
 * budget option `name` and its `value`), or above {@link MAX_RECORDED_CALLS} with records asked for.
 */
export function checkBudget(name: string, value: number, total: number, records: boolean): void {
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
export function hardStop(expected: number): number {
  return Math.ceil(1.5 * expected + 1e6);
}
