import { nonNegativeInteger, plainObject, stringList } from '../math/checks.js';
import { QueueInputError } from '../math/QueueInputError.js';
import type { CallLog, ParseCallLogOptions } from './CallLog.js';
import type { CallRecord } from './CallRecord.js';
import { callLogWarnings } from './callLogWarnings.js';
import { headerKey } from './headerKey.js';
import { parseCallCsv } from './parseCallCsv.js';
import { parseQueueLog } from './parseQueueLog.js';
import { parseSeeLog, SEE_COLUMNS } from './parseSeeLog.js';
import { RowTally } from './RowTally.js';

const QUEUE_LOG_LINE = /^\s*[\d.:T -]+\|[^|]*\|[^|]*\|[^|]*\|[A-Z_]+/;
const FORMATS = ['auto', 'csv', 'queue_log', 'see'] as const;

/**
 * Reads a centre's call log into {@link CallRecord}s sorted by offer time: the documented
 * per-call CSV (docs/call-log.md: comma, semicolon or tab; forgiving column names, or named with
 * `columns`; ISO date-times, times of day or seconds; placeholders for "none" named with `none`),
 * Asterisk's `queue_log`, or the Technion SEE lab's per-call log (the "Anonymous Bank" data of
 * Brown et al. 2005). Nothing is dropped silently: rows that cannot become a call are counted by
 * reason in `skipped` (the first ones located by line and column in `problems`, with the value as
 * written), or with `strict` the first one throws. A file that is not a call log (a forecast, a
 * plan, an interval history) is refused, and what reads but is implausible for a call centre
 * (times at exactly midnight, waits of hours, no outcome column) is listed in `warnings`.
 *
 * @param text - the file's text
 * @param options - `{ format?, strict?, maxProblems?, none?, columns?, ignoreTypes? }`
 * @returns `{ calls, skipped, problems, ignored, format, columns, warnings, arrivals }`
 * @throws {CallLogError} when a CSV header has no offered-at column or looks like another kind of
 *   file, or with `strict` at the first bad row (its `line` and `column` say where)
 * @throws {QueueInputError} when `text` is not a string or an option is invalid (a mapped header
 *   that the file does not have names `options.columns.<field>`)
 * @example
 * parseCallLog('offered_at,answered_at,ended_at\n0,12,200\n5,,65').calls.length; // => 2
 * parseCallLog('offered_at,answered_at\n0,12\n5,x').skipped; // => { 'bad answeredAt': 1 }
 * parseCallLog('q_start,ser_start\n8:00:00,0:00:00', { none: ['0:00:00'] }).calls[0].answeredAt; // => undefined
 * parseCallLog('joined,picked\n10,15', { columns: { offeredAt: 'joined', answeredAt: 'picked' } }).calls[0].answeredAt; // => 15
 * parseCallLog('1700000000|1.1|sales|NONE|ENTERQUEUE||555\n1700000030|1.1|sales|PJSIP/7|CONNECT|30|1.2|4').calls[0].answeredAt; // => 1700000030
 */
export function parseCallLog(text: string, options: ParseCallLogOptions = {}): CallLog {
  if (typeof text !== 'string') throw new QueueInputError('text', text, 'a string (the call log file’s text)');
  plainObject('options', options);
  const maxProblems = nonNegativeInteger('options.maxProblems', options.maxProblems ?? 20);
  const format = options.format ?? 'auto';
  if (!FORMATS.includes(format)) throw new QueueInputError('options.format', format, "'auto', 'csv', 'queue_log' or 'see'");
  const none = new Set(stringList('options.none', options.none).map((v) => v.trim().toLowerCase()));
  const ignoreTypes = new Set(stringList('options.ignoreTypes', options.ignoreTypes));
  const mapping = options.columns === undefined ? {} : plainObject('options.columns', options.columns);
  const tally = new RowTally(options.strict === true, maxProblems);
  const firstLine = text.split('\n', 20).find((l) => l.trim() !== '' && !l.startsWith('#')) ?? '';
  const headerKeys = firstLine.split(/[,;\t]/).map(headerKey);
  const read: CallLog['format'] =
    format !== 'auto'
      ? format
      : QUEUE_LOG_LINE.test(firstLine)
        ? 'queue_log'
        : SEE_COLUMNS.every((c) => headerKeys.includes(c)) && Object.keys(mapping).length === 0
          ? 'see'
          : 'csv';
  let calls: CallRecord[];
  let columns: Record<string, string> = {};
  let arrivals: number[] = [];
  let warnings: CallLog['warnings'] = [];
  if (read === 'see') {
    ({ calls, columns, arrivals } = parseSeeLog(text, tally, ignoreTypes));
    warnings = callLogWarnings(calls, columns, {}, true);
    arrivals.sort((a, b) => a - b);
  } else if (read === 'queue_log') {
    calls = parseQueueLog(text, tally).filter((call) => {
      if (call.callType === undefined || !ignoreTypes.has(call.callType)) return true;
      tally.ignore('ignored type');
      return false;
    });
    warnings = callLogWarnings(calls, columns, {}, true);
  } else {
    const mapped = Object.keys(mapping).some((key) => key.toLowerCase().replace(/[^a-z]/g, '') === 'offeredat');
    const table = parseCallCsv(text, tally, { none, columns: mapping as Record<string, string>, ignoreTypes, mapped });
    ({ calls, columns } = table);
    warnings = callLogWarnings(calls, columns, table.midnights, table.outcomeColumns || calls.length === 0);
  }
  calls.sort((a, b) => a.offeredAt - b.offeredAt);
  return { calls, skipped: tally.skipped, problems: tally.problems, ignored: tally.ignored, format: read, columns, warnings, arrivals };
}
