import type { CallRecord } from './CallRecord.js';
import { CallLogError } from './CallLogError.js';
import { callRecordProblem } from './callRecordProblem.js';
import { parseCsv } from './parseCsv.js';
import { parseDate, parseTimestamp } from './parseTimestamp.js';
import type { RowTally } from './RowTally.js';

type Field = 'offeredAt' | 'answeredAt' | 'abandonedAt' | 'exitedAt' | 'endedAt' | 'priority' | 'agent' | 'callType' | 'id' | 'date';

/** Accepted header names per field, after normalisation (lower case, other characters → `_`). */
export const CALL_COLUMN_ALIASES: Readonly<Record<Field, readonly string[]>> = {
  offeredAt: ['offered_at', 'offered', 'offer_time', 'queued_at', 'queued', 'queue_start', 'q_start', 'enqueued_at', 'entered_at', 'enter_time', 'joined_at', 'arrival', 'arrival_time', 'arrived_at', 'start', 'start_time', 'call_start', 'time', 'timestamp'],
  answeredAt: ['answered_at', 'answered', 'answer_time', 'answered_time', 'connected_at', 'connect_time', 'service_start', 'ser_start', 'picked_up_at', 'pickup_time'],
  abandonedAt: ['abandoned_at', 'abandoned', 'abandon_time', 'abandoned_time', 'hung_up_at', 'hangup_at', 'hang_up_time'],
  exitedAt: ['exited_at', 'exit_time', 'timed_out_at', 'timeout_at', 'left_at'],
  endedAt: ['ended_at', 'ended', 'end', 'end_time', 'ended_time', 'completed_at', 'completion_time', 'service_end', 'ser_exit', 'ser_end', 'call_end'],
  priority: ['priority', 'prio', 'priority_class', 'class'],
  agent: ['agent', 'agent_id', 'agent_name', 'server', 'member', 'operator', 'answered_by'],
  callType: ['type', 'call_type', 'queue', 'queue_name', 'skill', 'service', 'category'],
  id: ['id', 'call_id', 'callid', 'uniqueid', 'unique_id'],
  date: ['date', 'day', 'call_date'],
};

const TIME_FIELDS = ['offeredAt', 'answeredAt', 'abandonedAt', 'exitedAt', 'endedAt'] as const;
const ABSENT = new Set(['', '-', 'null', 'none', 'na', 'n/a', 'nan']);
const TIME_OF_DAY = /^\d{1,2}:\d{2}/;

function normalise(name: string): string {
  return name.trim().toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '');
}

/**
 * Reads the per-call CSV (format in docs/call-log.md) into call records, skipping and counting
 * rows it cannot use. Internal: {@link parseCallLog} is the public entry.
 * @throws {CallLogError} when the header has no offered-at column (nothing can be read), or in
 *   strict mode at the first bad row
 */
export function parseCallCsv(text: string, tally: RowTally): { calls: CallRecord[]; columns: Record<string, string> } {
  const table = parseCsv(text);
  if (!table) return { calls: [], columns: {} };
  const names = table.header.map(normalise);
  const index: Partial<Record<Field, number>> = {};
  for (const field of Object.keys(CALL_COLUMN_ALIASES) as Field[]) {
    for (const alias of CALL_COLUMN_ALIASES[field]) {
      const i = names.indexOf(alias);
      if (i >= 0 && !Object.values(index).includes(i)) {
        index[field] = i;
        break;
      }
    }
  }
  const offeredColumn = index.offeredAt;
  if (offeredColumn === undefined) {
    throw new CallLogError(table.headerLine, 0, 'header', table.header.join(table.delimiter), `a header with an offered-at column (one of ${CALL_COLUMN_ALIASES.offeredAt.slice(0, 6).join(', ')}, ...)`);
  }
  const columns: Record<string, string> = {};
  for (const [field, i] of Object.entries(index)) columns[field] = table.header[i] ?? '';
  // With no abandoned column, an unanswered call with an end time ended by hanging up.
  const endMeansAbandon = index.abandonedAt === undefined;
  const calls: CallRecord[] = [];
  rows: for (const row of table.rows) {
    const cell = (field: Field): string | undefined => {
      const i = index[field];
      const value = i === undefined ? undefined : row.cells[i]?.trim();
      return value === undefined || ABSENT.has(value.toLowerCase()) ? undefined : value;
    };
    const skip = (field: Field, reason: string, value: unknown, expected: string): void =>
      tally.skip(reason, row.line, (index[field] ?? -1) + 1, table.header[index[field] ?? -1] ?? field, value, expected);
    let midnight = 0;
    const dateText = cell('date');
    if (dateText !== undefined) {
      const day = parseDate(dateText);
      if (day === undefined) {
        skip('date', 'bad date', dateText, 'a date such as 2026-12-03');
        continue;
      }
      midnight = day;
    }
    const times: Partial<Record<(typeof TIME_FIELDS)[number], number>> = {};
    for (const field of TIME_FIELDS) {
      const text = cell(field);
      if (text === undefined) continue;
      let t = parseTimestamp(text, midnight);
      if (t === undefined) {
        skip(field, `bad ${field}`, text, 'a date-time (2026-12-03T08:00:05), a time of day (08:00:05) or seconds');
        continue rows;
      }
      // A time of day earlier than the offer is on the next day (a call crossing midnight).
      if (field !== 'offeredAt' && times.offeredAt !== undefined && t < times.offeredAt && TIME_OF_DAY.test(text)) t += 86_400;
      times[field] = t;
    }
    const offeredAt = times.offeredAt;
    if (offeredAt === undefined) {
      skip('offeredAt', 'no offered time', '', 'the time the call was offered or queued');
      continue;
    }
    if (endMeansAbandon && times.answeredAt === undefined && times.exitedAt === undefined && times.endedAt !== undefined) {
      times.abandonedAt = times.endedAt;
      delete times.endedAt;
    }
    let priority: number | undefined;
    const priorityText = cell('priority');
    if (priorityText !== undefined) {
      priority = Number(priorityText);
      if (!Number.isInteger(priority)) {
        skip('priority', 'bad priority', priorityText, 'an integer (higher is served first)');
        continue;
      }
    }
    const call: CallRecord = { offeredAt, ...times };
    const problem = callRecordProblem(call);
    if (problem) {
      skip(problem.field as Field, problem.reason, call[problem.field], problem.expected);
      continue;
    }
    const agent = cell('agent');
    const callType = cell('callType');
    const id = cell('id');
    calls.push({
      ...call,
      ...(priority !== undefined && { priority }),
      ...(agent !== undefined && { agent }),
      ...(callType !== undefined && { callType }),
      ...(id !== undefined && { id }),
    });
  }
  return { calls, columns };
}
