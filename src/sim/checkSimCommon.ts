import { booleanFlag, nonNegative, nonNegativeInteger, openUnit, safeInteger } from '../math/checks.js';
import { QueueInputError } from '../math/QueueInputError.js';
import { type CheckedDistribution, checkDistribution } from './checkDistribution.js';
import { EventReplay } from './EventReplay.js';
import type { SimCallRecord } from './SimEvent.js';
import type { SimulateOptions } from './SimulateOptions.js';
import { Xoshiro128 } from './Xoshiro128.js';

/** Most agents a simulated queue may have. */
const MAX_AGENTS = 10_000_000;
const DEFAULT_QUANTILES = [0.5, 0.8, 0.9, 0.95, 0.99];

/** What a `simulate` run of either mode needs after the boundary check. Internal. */
export interface SimCommon {
  seed: number;
  rng: Xoshiro128;
  /** Answer time t in seconds; undefined when not asked for. */
  answerTime: number | undefined;
  /** The answer time as the kernels take it: −1 when not asked for. */
  kernelAnswerTime: number;
  quantiles: readonly number[];
  /** Every call's record, when asked for (else null). */
  records: SimCallRecord[] | null;
  /** The event stream, when asked for (else null). */
  replay: EventReplay | null;
  /** The scenario's handle time distribution. */
  handle: CheckedDistribution;
  /** The scenario's patience distribution (null: nobody hangs up). */
  patience: CheckedDistribution | null;
}

/** Checks the options and scenario fields that mean the same in both modes, in the order users read them. Internal. */
export function checkSimCommon(scenario: Record<string, unknown>, options: Record<string, unknown>): SimCommon {
  const seed = options.seed === undefined ? 1 : safeInteger('options.seed', options.seed);
  const rng = new Xoshiro128(seed);
  const answerTime = options.answerTime === undefined ? undefined : nonNegative('options.answerTime', options.answerTime);
  const quantiles = options.quantiles === undefined ? DEFAULT_QUANTILES : checkQuantiles(options.quantiles);
  const wantRecords = options.records === undefined ? false : booleanFlag('options.records', options.records);
  if (options.onEvent !== undefined && typeof options.onEvent !== 'function') {
    throw new QueueInputError('options.onEvent', options.onEvent, 'a function');
  }
  const replay = options.onEvent === undefined ? null : new EventReplay(options.onEvent as SimulateOptions['onEvent'] & {});
  return {
    seed,
    rng,
    answerTime,
    kernelAnswerTime: answerTime ?? -1,
    quantiles,
    records: wantRecords ? [] : null,
    replay,
    handle: checkDistribution('scenario.handleTime', scenario.handleTime),
    patience: checkPatience('scenario.patience', scenario.patience),
  };
}

/** A number of simulated agents: a non-negative integer of at most 10⁷ (they take memory). Internal. */
export function checkSimAgents(name: string, value: unknown): number {
  const n = nonNegativeInteger(name, value);
  if (n > MAX_AGENTS) throw new QueueInputError(name, n, `a non-negative integer of at most ${MAX_AGENTS} (simulated agents take memory)`);
  return n;
}

/** A patience distribution, or null when absent or `Infinity` (nobody hangs up). Internal. */
export function checkPatience(name: string, value: unknown): CheckedDistribution | null {
  if (value === undefined || value === Infinity) return null;
  return checkDistribution(name, value);
}

function checkQuantiles(value: unknown): number[] {
  if (!Array.isArray(value) || value.length > 100) {
    throw new QueueInputError('options.quantiles', value, 'an array of at most 100 probabilities');
  }
  return value.map((p, i) => openUnit(`options.quantiles[${i}]`, p));
}
