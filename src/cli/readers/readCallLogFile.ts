import { type CallLog, CallLogError, parseCallLog } from '../../index.js';
import type { Output } from '../Command.js';
import { type FlagValues, stringFlag } from '../flags/flags.js';
import { readInputFile } from './readInputFile.js';
import { UsageError } from '../UsageError.js';

/**
 * Reads the call log named on the command line (`--format`, `--strict`): a bad row stops with
 * file:line:column under `--strict`; otherwise skipped rows are counted on stderr. No calls at all
 * is a user error.
 */
export function readCallLogFile(file: string, values: FlagValues, io: Output): CallLog {
  const formatText = stringFlag(values, 'format') ?? 'auto';
  if (formatText !== 'auto' && formatText !== 'csv' && formatText !== 'queue_log')
    throw new UsageError(`--format: expected csv, queue_log or auto, got ${JSON.stringify(formatText)}`);
  let log: CallLog;
  try {
    log = parseCallLog(readInputFile(file), { format: formatText, strict: values.strict === true });
  } catch (e) {
    if (e instanceof CallLogError) throw new UsageError(`${file}:${e.line}:${e.column}: ${e.problem}`);
    throw e;
  }
  const skippedCount = Object.values(log.skipped).reduce((s, n) => s + n, 0);
  if (log.calls.length === 0) {
    const first = log.problems[0];
    const why = first === undefined ? '' : `; first: ${file}:${first.line}:${first.column}: ${first.message}`;
    throw new UsageError(`${file}: no calls read (${skippedCount} rows skipped${why})`);
  }
  if (skippedCount > 0) {
    io.err(
      `${file}: ${skippedCount} rows skipped (${Object.entries(log.skipped)
        .map(([k, v]) => `${v} ${k}`)
        .join(
          ', ',
        )}); first: ${file}:${log.problems[0]?.line}:${log.problems[0]?.column}: ${log.problems[0]?.message}; --strict stops at the first\n`,
    );
  }
  return log;
}
