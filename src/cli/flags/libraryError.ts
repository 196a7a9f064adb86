import { QueueInputError } from '../../index.js';
import { UsageError } from '../UsageError.js';

/**
 * The flag (or file position) that names a library parameter: the entry of `flags` for the
 * longest prefix of `parameter` at a `.` or `[` boundary (`scenario.handleTime.cv` finds
 * `scenario.handleTime.cv`, then `scenario.handleTime`, then `scenario`).
 */
export function flagFor(parameter: string, flags: Readonly<Record<string, string>>): string | undefined {
  let key = parameter;
  for (;;) {
    const flag = flags[key];
    if (flag !== undefined) return flag;
    const cut = Math.max(key.lastIndexOf('.'), key.lastIndexOf('['));
    if (cut <= 0) return undefined;
    key = key.slice(0, cut);
  }
}

/** `--flag: expected …, got …` from the error's fields (never from its message). */
export function usageErrorFor(where: string, e: QueueInputError): UsageError {
  const v = e.value;
  const shown =
    typeof v === 'number' || typeof v === 'string' ? JSON.stringify(String(v)) : typeof v === 'object' && v !== null ? typeof v : String(v);
  return new UsageError(`${where}: expected ${e.expected}, got ${shown}`);
}

/** Rethrows a QueueInputError whose parameter has a flag in `flags` as a UsageError naming that flag. */
export function rethrowAsFlag(e: unknown, flags: Readonly<Record<string, string>>): never {
  if (e instanceof QueueInputError) {
    const flag = flagFor(e.parameter, flags);
    if (flag !== undefined) throw usageErrorFor(flag, e);
  }
  throw e;
}

/** Command-line flag of each staffing-target field. */
export const TARGET_PARAMETER_FLAGS: Readonly<Record<string, string>> = {
  'target.serviceLevel': '--sl',
  'target.answerTime': '--sl',
  'target.asa': '--asa',
  'target.maxAbandon': '--max-abandon',
  'target.maxOccupancy': '--max-occupancy',
  'target.maxProbWait': '--max-wait-prob',
};

/**
 * Flags of the library parameters every command shares, for a QueueInputError that reaches
 * `main` (commands with parameters of their own map them first).
 */
export const COMMON_PARAMETER_FLAGS: Readonly<Record<string, string>> = {
  'queue.arrivalRate': '--rate',
  'queue.handleTime': '--aht',
  'queue.patience': '--patience',
  'queue.agents': '--agents',
  agents: '--agents',
  'input.ahead': '--ahead',
  'input.agents': '--agents',
  'input.handleTime': '--aht',
  'input.patience': '--patience',
  'input.freeAgents': '--free-agents',
  'options.locale': '--locale',
  'options.statistic': '--statistic',
  'options.floor': '--floor',
  'options.cap': '--cap',
  'options.concurrency': '--concurrency',
  'options.shrinkage': '--shrinkage',
  shrinkage: '--shrinkage',
  ...TARGET_PARAMETER_FLAGS,
};
