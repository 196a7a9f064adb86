import { type CallLog, CallLogError, type ParseCallLogOptions, parseCallLog } from '../../index.js';
import type { Output } from '../Command.js';
import { type FlagOptions, type FlagValues, stringFlag } from '../flags/flags.js';
import { rethrowAsFlag } from '../flags/libraryError.js';
import { UsageError } from '../UsageError.js';
import { readInputFile } from './readInputFile.js';

/** The flags of every command that reads a call log. */
export const CALL_LOG_FLAGS: FlagOptions = {
  format: { type: 'string' },
  none: { type: 'string' },
  columns: { type: 'string' },
  strict: { type: 'boolean' },
};

/** The `--help` lines of {@link CALL_LOG_FLAGS}. */
export const CALL_LOG_HELP = `      --format F        auto (default), csv, queue_log or see (the SEE lab's per-call log, as the
                        bank data of Brown et al. 2005 is published; auto-detected from its header)
      --none V,V,...    cell values that mean "none" besides empty, -, null, NA, e.g. 0:00:00
      --columns F=H,... headers the names miss, e.g. offered_at=q_start,answered_at=ser_start
                        (fields: offered_at, answered_at, abandoned_at, exited_at, ended_at,
                        priority, agent, call_type, id, date)
      --strict          stop at the first bad row (file:line:column) instead of counting it, and
                        exit 1 on a warning (a log implausible for a call centre)
`;

const FORMATS = ['auto', 'csv', 'queue_log', 'see'] as const;

/** `--columns offered_at=q_start,answered_at=ser_start` as a field → header mapping. */
function columnMapping(text: string): Record<string, string> {
  const mapping: Record<string, string> = {};
  for (const pair of text.split(',')) {
    const cut = pair.indexOf('=');
    const field = pair.slice(0, cut).trim();
    const header = pair.slice(cut + 1).trim();
    if (cut < 0 || field === '' || header === '')
      throw new UsageError(
        `--columns: expected FIELD=HEADER pairs such as offered_at=q_start,answered_at=ser_start, got ${JSON.stringify(text)}`,
      );
    mapping[field] = header;
  }
  return mapping;
}

/**
 * Reads the call log named on the command line (`--format`, `--none`, `--columns`, `--strict`;
 * gzip read as is): a bad row stops with file:line:column under `--strict`; otherwise skipped rows
 * are counted on stderr. Warnings (a log implausible for a call centre) go to stderr, and under
 * `--strict` end the command with exit 1. No calls at all is a user error.
 */
export function readCallLogFile(file: string, values: FlagValues, io: Output): CallLog {
  const formatText = stringFlag(values, 'format') ?? 'auto';
  const format = FORMATS.find((f) => f === formatText);
  if (format === undefined) throw new UsageError(`--format: expected auto, csv, queue_log or see, got ${JSON.stringify(formatText)}`);
  const options: { -readonly [K in keyof ParseCallLogOptions]: ParseCallLogOptions[K] } = {
    format,
    strict: values.strict === true,
    none: (stringFlag(values, 'none') ?? '').split(',').filter((v) => v.trim() !== ''),
  };
  const columns = stringFlag(values, 'columns');
  if (columns !== undefined) options.columns = columnMapping(columns);
  let log: CallLog;
  try {
    log = parseCallLog(readInputFile(file), options);
  } catch (e) {
    if (e instanceof CallLogError) throw new UsageError(`${file}:${e.line}${e.column > 0 ? `:${e.column}` : ''}: ${e.problem}`);
    return rethrowAsFlag(e, { 'options.columns': '--columns', 'options.none': '--none' });
  }
  for (const warning of log.warnings) io.err(`warning: ${file}: ${warning.message}\n`);
  const skippedCount = Object.values(log.skipped).reduce((s, n) => s + n, 0);
  if (log.calls.length === 0) {
    const first = log.problems[0];
    const why = first === undefined ? '' : `; first: ${file}, ${first.message}`;
    throw new UsageError(`${file}: no calls read (${skippedCount} rows skipped${why})`);
  }
  if (skippedCount > 0) {
    const reasons = Object.entries(log.skipped)
      .map(([k, v]) => `${v} ${k}`)
      .join(', ');
    io.err(
      `${file}: ${skippedCount} rows skipped (${reasons}); first: ${file}, ${log.problems[0]?.message}; --strict stops at the first\n`,
    );
  }
  if (values.strict === true && log.warnings.length > 0)
    throw new UsageError(`${file}: ${log.warnings.length} warning${log.warnings.length > 1 ? 's' : ''} (above) under --strict`, 1);
  return log;
}
