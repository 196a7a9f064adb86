import { integerInRange, plainObject } from '../math/checks.js';
import { QueueInputError } from '../math/QueueInputError.js';
import { analyze } from '../models/analyze.js';
import type { QueueMetrics } from '../models/QueueMetrics.js';
import type { Demand } from './Demand.js';
import { requiredAgentsKernel } from './requiredAgentsKernel.js';
import type { StaffingResult } from './StaffingResult.js';
import { checkDemand, checkTarget, type StaffingTarget } from './StaffingTarget.js';

/** Options for {@link staffingSensitivity}. */
export interface SensitivityOptions {
  /**
   * k: the agent table covers n − k .. n + k around the answer n (rows below 0 are left out).
   * @defaultValue 3
   */
  range?: number;
  /**
   * Relative forecast errors for calls and handle time (−0.1 = 10% below forecast), each > −1.
   * @defaultValue `[-0.1, -0.05, 0, 0.05, 0.1]`
   */
  changes?: readonly number[];
}

/** A row of the agents table: a team size and its metrics. */
export interface AgentsRow {
  /** Team size: agents on the phones (an integer ≥ 0). */
  readonly agents: number;
  /** Queue metrics with this many agents (service level only when the target has an answer time). */
  readonly metrics: QueueMetrics;
}

/** A row of a forecast-error table: the changed input and the agents it needs. */
export interface ForecastRow {
  /** Relative change applied (0.05 = 5% more). */
  readonly change: number;
  /** The changed value (calls per second, or handle time in seconds). */
  readonly value: number;
  /** Fewest agents meeting the target with the changed input (an integer). */
  readonly agents: number;
  /** The continuous version of `agents` (see `requiredAgents`). */
  readonly fractionalAgents: number;
}

/** The answer of {@link staffingSensitivity}. */
export interface StaffingSensitivity {
  /** The answer for the forecast itself. */
  readonly result: StaffingResult;
  /** Metrics for n − k .. n + k agents. */
  readonly agents: readonly AgentsRow[];
  /** Required agents when calls are off forecast by each change. */
  readonly calls: readonly ForecastRow[];
  /** Required agents when the handle time is off forecast by each change. */
  readonly handleTime: readonly ForecastRow[];
}

/**
 * How fragile a staffing answer is: metrics for teams of n − k .. n + k agents around the
 * fewest agents n meeting the target (what one agent more or less does), and the agents needed
 * when calls or handle time miss the forecast by each relative change.
 *
 * @param demand - `{ arrivalRate (calls/s), handleTime (s), patience? (s) }`
 * @param target - as for `requiredAgents`
 * @param options - `{ range?, changes? }`
 * @returns `{ result, agents, calls, handleTime }`
 * @throws {QueueInputError} on bad input
 * @example
 * staffingSensitivity({ arrivalRate: 100 / 1800, handleTime: 180 }, { serviceLevel: 0.8, answerTime: 20 }, { range: 1 }).agents.map((r) => r.agents); // => [13, 14, 15]
 * staffingSensitivity({ arrivalRate: 100 / 1800, handleTime: 180 }, { serviceLevel: 0.8, answerTime: 20 }, { changes: [0.1] }).calls[0]?.agents; // => 15
 */
export function staffingSensitivity(demand: Demand, target: StaffingTarget, options: SensitivityOptions = {}): StaffingSensitivity {
  const d = checkDemand(demand);
  const t = checkTarget(target);
  const o = plainObject('options', options);
  const k = integerInRange('options.range', o.range ?? 3, 0, 10_000);
  const changes = o.changes ?? [-0.1, -0.05, 0, 0.05, 0.1];
  if (!Array.isArray(changes)) throw new QueueInputError('options.changes', changes, 'an array of relative changes');
  changes.forEach((c, i) => {
    if (typeof c !== 'number' || !(c > -1) || !Number.isFinite(c)) {
      throw new QueueInputError(`options.changes[${i}]`, c, 'a finite number > −1');
    }
  });
  const result = requiredAgentsKernel(d, t, 1e9, 'target');
  const answerTime = Number.isNaN(t.answerTime) ? undefined : t.answerTime;
  const agents: AgentsRow[] = [];
  for (let n = Math.max(0, result.agents - k); n <= result.agents + k; n++) {
    const q = { arrivalRate: d.arrivalRate, handleTime: d.handleTime, agents: n, patience: d.patience };
    agents.push({ agents: n, metrics: answerTime === undefined ? analyze(q) : analyze(q, { answerTime }) });
  }
  const row = (change: number, value: number, r: StaffingResult): ForecastRow => ({
    change,
    value,
    agents: r.agents,
    fractionalAgents: r.fractionalAgents,
  });
  const calls = (changes as number[]).map((c) => {
    const rate = d.arrivalRate * (1 + c);
    return row(c, rate, requiredAgentsKernel({ ...d, arrivalRate: rate }, t, 1e9, 'target'));
  });
  const handleTime = (changes as number[]).map((c) => {
    const h = d.handleTime * (1 + c);
    return row(c, h, requiredAgentsKernel({ ...d, handleTime: h }, t, 1e9, 'target'));
  });
  return { result, agents, calls, handleTime };
}
