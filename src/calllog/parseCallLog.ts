import { nonNegativeInteger, plainObject } from '../math/checks.js';
import { QueueInputError } from '../math/QueueInputError.js';
import type { CallLog, ParseCallLogOptions } from './CallLog.js';
import { parseCallCsv } from './parseCallCsv.js';
import { parseQueueLog } from './parseQueueLog.js';
import { RowTally } from './RowTally.js';

const QUEUE_LOG_LINE = /^\s*[\d.:T -]+\|[^|]*\|[^|]*\|[^|]*\|[A-Z_]+/;

/**
 * Reads a centre's call log, the documented per-call CSV (docs/call-log.md: comma, semicolon or
 * tab; forgiving column names; ISO date-times, times of day or seconds) or Asterisk's
 * `queue_log`, into {@link CallRecord}s sorted by offer time. Nothing is dropped silently: rows
 * that cannot become a call are counted by reason in `skipped` (the first ones located by line
 * and column in `problems`), or with `strict` the first one throws.
 *
 * @param text - the file's text
 * @param options - `{ format?, strict?, maxProblems? }`
 * @returns `{ calls, skipped, problems, ignored, format, columns }`
 * @throws {CallLogError} when a CSV header has no offered-at column, or with `strict` at the first
 *   bad row (its `line` and `column` say where)
 * @throws {QueueInputError} when `text` is not a string or an option is invalid
 * @example
 * parseCallLog('offered_at,answered_at,ended_at\n0,12,200\n5,,65').calls.length; // => 2
 * parseCallLog('offered_at,answered_at\n0,12\n5,x').skipped; // => { 'bad answeredAt': 1 }
 * parseCallLog('1700000000|1.1|sales|NONE|ENTERQUEUE||555\n1700000030|1.1|sales|PJSIP/7|CONNECT|30|1.2|4').calls[0].answeredAt; // => 1700000030
 */
export function parseCallLog(text: string, options: ParseCallLogOptions = {}): CallLog {
  if (typeof text !== 'string') throw new QueueInputError('text', text, 'a string (the call log file’s text)');
  plainObject('options', options);
  const maxProblems = nonNegativeInteger('options.maxProblems', options.maxProblems ?? 20);
  const format = options.format ?? 'auto';
  if (format !== 'auto' && format !== 'csv' && format !== 'queue_log') {
    throw new QueueInputError('options.format', format, "'auto', 'csv' or 'queue_log'");
  }
  const tally = new RowTally(options.strict === true, maxProblems);
  const firstLine = text.split('\n', 20).find((l) => l.trim() !== '' && !l.startsWith('#')) ?? '';
  const isQueueLog = format === 'queue_log' || (format === 'auto' && QUEUE_LOG_LINE.test(firstLine));
  let calls: ReturnType<typeof parseQueueLog>;
  let columns: Record<string, string> = {};
  if (isQueueLog) calls = parseQueueLog(text, tally);
  else ({ calls, columns } = parseCallCsv(text, tally));
  calls.sort((a, b) => a.offeredAt - b.offeredAt);
  return {
    calls,
    skipped: tally.skipped,
    problems: tally.problems,
    ignored: tally.ignored,
    format: isQueueLog ? 'queue_log' : 'csv',
    columns,
  };
}
