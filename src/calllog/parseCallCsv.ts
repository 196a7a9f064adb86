import { QueueInputError } from '../math/QueueInputError.js';
import { CallLogError } from './CallLogError.js';
import type { CallRecord } from './CallRecord.js';
import type { MidnightCounts } from './callLogWarnings.js';
import { callRecordProblem } from './callRecordProblem.js';
import { headerKey } from './headerKey.js';
import { otherFileKind } from './otherFileKind.js';
import { parseCsv } from './parseCsv.js';
import { parseDate, parseTimestamp } from './parseTimestamp.js';
import type { RowTally } from './RowTally.js';

/** A field a call-log CSV column can fill. */
export type Field = 'offeredAt' | 'answeredAt' | 'abandonedAt' | 'exitedAt' | 'endedAt' | 'priority' | 'agent' | 'callType' | 'id' | 'date';

/** Accepted header names per field, after normalisation (lower case, other characters → `_`). */
export const CALL_COLUMN_ALIASES: Readonly<Record<Field, readonly string[]>> = {
  offeredAt: [
    'offered_at',
    'offered',
    'offer_time',
    'queued_at',
    'queued',
    'queue_start',
    'q_start',
    'enqueued_at',
    'entered_at',
    'enter_time',
    'joined_at',
    'arrival',
    'arrival_time',
    'arrived_at',
    'start',
    'start_time',
    'call_start',
    'time',
    'timestamp',
  ],
  answeredAt: [
    'answered_at',
    'answered',
    'answer_time',
    'answered_time',
    'connected_at',
    'connect_time',
    'service_start',
    'ser_start',
    'picked_up_at',
    'pickup_time',
  ],
  abandonedAt: ['abandoned_at', 'abandoned', 'abandon_time', 'abandoned_time', 'hung_up_at', 'hangup_at', 'hang_up_time'],
  exitedAt: ['exited_at', 'exit_time', 'timed_out_at', 'timeout_at', 'left_at'],
  endedAt: [
    'ended_at',
    'ended',
    'end',
    'end_time',
    'ended_time',
    'completed_at',
    'completion_time',
    'service_end',
    'ser_exit',
    'ser_end',
    'call_end',
  ],
  priority: ['priority', 'prio', 'priority_class', 'class'],
  agent: ['agent', 'agent_id', 'agent_name', 'server', 'member', 'operator', 'answered_by'],
  callType: ['type', 'call_type', 'queue', 'queue_name', 'skill', 'service', 'category'],
  id: ['id', 'call_id', 'callid', 'uniqueid', 'unique_id'],
  date: ['date', 'day', 'call_date'],
};

const TIME_FIELDS = ['offeredAt', 'answeredAt', 'abandonedAt', 'exitedAt', 'endedAt'] as const;
type Mutable<T> = { -readonly [K in keyof T]: T[K] };
const ABSENT = new Set(['', '-', 'null', 'none', 'na', 'n/a', 'nan']);
const TIME_OF_DAY = /^\d{1,2}:\d{2}/;
const MIDNIGHT = /(^|[T ])0?0:00(:00(\.0*)?)?$/;

/** How {@link parseCallCsv} reads the cells: values meaning none, mapped headers, types left out. */
export interface CallCsvOptions {
  /** Extra cell values meaning "none", lower case. */
  readonly none: ReadonlySet<string>;
  /** Field (or its snake_case name) → header, for headers the aliases miss. */
  readonly columns: Readonly<Record<string, string>>;
  /** Call types left out. */
  readonly ignoreTypes: ReadonlySet<string>;
  /** Whether the caller named the offered-at column (then the file is read whatever it looks like). */
  readonly mapped: boolean;
}

/** What {@link parseCallCsv} read. */
export interface CallCsv {
  calls: CallRecord[];
  columns: Record<string, string>;
  midnights: MidnightCounts;
  outcomeColumns: boolean;
}

/** The field a key of `options.columns` names (`offered_at` and `offeredAt` both name `offeredAt`). */
function mappedField(key: string): Field {
  const wanted = key.toLowerCase().replace(/[^a-z]/g, '');
  const field = (Object.keys(CALL_COLUMN_ALIASES) as Field[]).find((f) => f.toLowerCase() === wanted);
  if (field === undefined)
    throw new QueueInputError('options.columns', key, `keys among ${Object.keys(CALL_COLUMN_ALIASES).join(', ')} (or offered_at, ...)`);
  return field;
}

/** Which column each field is read from: the mapping first, then the first alias found. */
function columnIndex(header: readonly string[], mapping: Readonly<Record<string, string>>): Partial<Record<Field, number>> {
  const names = header.map(headerKey);
  const index: Partial<Record<Field, number>> = {};
  for (const [key, name] of Object.entries(mapping)) {
    const i = names.indexOf(headerKey(String(name)));
    if (i < 0) throw new QueueInputError(`options.columns.${key}`, name, `a header of the file (found: ${header.join(', ')})`);
    index[mappedField(key)] = i;
  }
  for (const field of Object.keys(CALL_COLUMN_ALIASES) as Field[]) {
    if (index[field] !== undefined) continue;
    for (const alias of CALL_COLUMN_ALIASES[field]) {
      const i = names.indexOf(alias);
      if (i >= 0 && !Object.values(index).includes(i)) {
        index[field] = i;
        break;
      }
    }
  }
  return index;
}

/**
 * Reads the per-call CSV (format in docs/call-log.md) into call records, skipping and counting
 * rows it cannot use. Internal: {@link parseCallLog} is the public entry.
 * @throws {CallLogError} when the header has no offered-at column (nothing can be read) or looks
 *   like another kind of file (a forecast, a plan, a history), or in strict mode at the first bad row
 * @throws {QueueInputError} when a mapped header is not in the file
 */
export function parseCallCsv(text: string, tally: RowTally, options: CallCsvOptions): CallCsv {
  const table = parseCsv(text);
  if (!table) return { calls: [], columns: {}, midnights: {}, outcomeColumns: true };
  const headerText = table.header.join(table.delimiter);
  const other = options.mapped ? undefined : otherFileKind(table.header.map(headerKey), table.header);
  if (other !== undefined) {
    throw new CallLogError(
      table.headerLine,
      0,
      'header',
      headerText,
      `the header of a call log (one row per call: when it was offered, answered or abandoned); this looks like ${other.kind}, with columns ${other.columns.join(', ')}`,
    );
  }
  const index = columnIndex(table.header, options.columns);
  const offeredColumn = index.offeredAt;
  if (offeredColumn === undefined) {
    throw new CallLogError(
      table.headerLine,
      0,
      'header',
      headerText,
      `a header with an offered-at column (one of ${CALL_COLUMN_ALIASES.offeredAt.slice(0, 6).join(', ')}, ...)`,
    );
  }
  const columns: Record<string, string> = {};
  for (const [field, i] of Object.entries(index)) columns[field] = table.header[i] ?? '';
  // With no abandoned column, an unanswered call with an end time ended by hanging up.
  const endMeansAbandon = index.abandonedAt === undefined;
  const calls: CallRecord[] = [];
  const timeColumns = TIME_FIELDS.map((field) => index[field]);
  const times = TIME_FIELDS.map(() => 0);
  const midnightTimes = TIME_FIELDS.map(() => 0);
  const cell = (cells: readonly string[], i: number | undefined): string | undefined => {
    if (i === undefined) return undefined;
    const value = cells[i]?.trim();
    if (value === undefined) return undefined;
    if (value.length <= 4 && ABSENT.has(value.toLowerCase())) return undefined;
    return options.none.size > 0 && options.none.has(value.toLowerCase()) ? undefined : value;
  };
  // The column a field was read from: an abandon read from the end column when there is no abandoned column.
  const source = (field: keyof CallRecord): Field => (field === 'abandonedAt' && endMeansAbandon ? 'endedAt' : (field as Field));
  const header = (field: Field): string => table.header[index[field] ?? -1] ?? field;
  const skip = (line: number, field: Field, reason: string, value: unknown, expected: string): void =>
    tally.skip(reason, line, (index[field] ?? -1) + 1, header(field), value, expected);
  rows: for (const { line, cells } of table.rows) {
    let midnight = 0;
    const dateText = cell(cells, index.date);
    if (dateText !== undefined) {
      const day = parseDate(dateText);
      if (day === undefined) {
        skip(line, 'date', 'bad date', dateText, 'a date such as 2026-12-03');
        continue;
      }
      midnight = day;
    }
    const call: Mutable<CallRecord> = { offeredAt: Number.NaN };
    const written: Partial<Record<Field, string>> = {};
    for (let k = 0; k < TIME_FIELDS.length; k++) {
      const field = TIME_FIELDS[k] as (typeof TIME_FIELDS)[number];
      const text = cell(cells, timeColumns[k]);
      if (text === undefined) continue;
      let t = parseTimestamp(text, midnight);
      if (t === undefined) {
        skip(line, field, `bad ${field}`, text, 'a date-time (2026-12-03T08:00:05), a time of day (08:00:05) or seconds');
        continue rows;
      }
      if (text.includes(':')) {
        times[k] = (times[k] ?? 0) + 1;
        if (text.endsWith('00') && MIDNIGHT.test(text)) midnightTimes[k] = (midnightTimes[k] ?? 0) + 1;
      }
      // A time of day earlier than the offer is on the next day (a call crossing midnight).
      if (k > 0 && t < call.offeredAt && TIME_OF_DAY.test(text)) t += 86_400;
      written[field] = text;
      if (k === 0) call.offeredAt = t;
      else if (k === 1) call.answeredAt = t;
      else if (k === 2) call.abandonedAt = t;
      else if (k === 3) call.exitedAt = t;
      else call.endedAt = t;
    }
    if (Number.isNaN(call.offeredAt)) {
      const written = cells[offeredColumn]?.trim() ?? '';
      const expected = written === '' ? '' : ', not a value meaning none';
      skip(line, 'offeredAt', 'no offered time', written, `the time the call was offered or queued${expected}`);
      continue;
    }
    if (endMeansAbandon && call.answeredAt === undefined && call.exitedAt === undefined && call.endedAt !== undefined) {
      call.abandonedAt = call.endedAt;
      delete call.endedAt;
    }
    const priorityText = cell(cells, index.priority);
    if (priorityText !== undefined) {
      const priority = Number(priorityText);
      if (!Number.isInteger(priority)) {
        skip(line, 'priority', 'bad priority', priorityText, 'an integer (higher is served first)');
        continue;
      }
      call.priority = priority;
    }
    const problem = callRecordProblem(
      call,
      (field) => header(source(field)),
      (field) => `${header(source(field))} (${written[source(field)]})`,
    );
    if (problem) {
      const field = source(problem.field);
      skip(line, field, problem.reason, written[field], problem.expected);
      continue;
    }
    const callType = cell(cells, index.callType);
    if (callType !== undefined && options.ignoreTypes.has(callType)) {
      tally.ignore('ignored type');
      continue;
    }
    if (callType !== undefined) call.callType = callType;
    const agent = cell(cells, index.agent);
    if (agent !== undefined) call.agent = agent;
    const id = cell(cells, index.id);
    if (id !== undefined) call.id = id;
    calls.push(call);
  }
  const midnights: MidnightCounts = {};
  TIME_FIELDS.forEach((field, k) => {
    if (timeColumns[k] !== undefined) midnights[field] = { times: times[k] ?? 0, midnights: midnightTimes[k] ?? 0 };
  });
  const outcomeColumns = TIME_FIELDS.some((field, k) => k > 0 && index[field] !== undefined);
  return { calls, columns, midnights, outcomeColumns };
}
