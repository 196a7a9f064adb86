import { QueueInputError } from '../../index.js';
import { UsageError } from '../UsageError.js';
import type { FlagValues } from './flags.js';

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

/**
 * `--flag: expected …, got …` from the error's fields (never from its message); `typed`, when
 * given, is shown instead of the library's value (the flag as the user wrote it, `"1ms"` rather
 * than `0.001`).
 */
export function usageErrorFor(where: string, e: QueueInputError, typed?: string): UsageError {
  const v = e.value;
  const shown =
    typed !== undefined
      ? JSON.stringify(typed)
      : typeof v === 'number' || typeof v === 'string'
        ? JSON.stringify(String(v))
        : typeof v === 'object' && v !== null
          ? typeof v
          : String(v);
  return new UsageError(`${where}: expected ${e.expected}, got ${shown}`);
}

/**
 * Rethrows a QueueInputError whose parameter has a flag in `flags` as a UsageError naming that
 * flag, showing the flag's text from `values` when given.
 */
export function rethrowAsFlag(e: unknown, flags: Readonly<Record<string, string>>, values?: Readonly<FlagValues>): never {
  if (e instanceof QueueInputError) {
    const flag = flagFor(e.parameter, flags);
    if (flag !== undefined) {
      const typed = values?.[flag.replace(/^--/, '')];
      throw usageErrorFor(flag, e, typeof typed === 'string' ? typed : undefined);
    }
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
