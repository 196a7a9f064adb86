import { CallLogError } from './CallLogError.js';
import type { CallRecord } from './CallRecord.js';
import { headerKey } from './headerKey.js';
import { parseCsv } from './parseCsv.js';
import { parseDate, parseTimestamp } from './parseTimestamp.js';
import type { RowTally } from './RowTally.js';

/** Columns that identify the SEE lab's per-call log (after {@link headerKey}). */
export const SEE_COLUMNS = ['vru_entry', 'q_start', 'q_time', 'outcome', 'ser_start', 'ser_exit'] as const;

const READ = [
  'call_id',
  'priority',
  'type',
  'date',
  'vru_entry',
  'q_start',
  'q_time',
  'outcome',
  'ser_start',
  'ser_exit',
  'server',
] as const;
type SeeColumn = (typeof READ)[number];
type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** What {@link parseSeeLog} read. */
export interface SeeLog {
  calls: CallRecord[];
  arrivals: number[];
  columns: Record<string, string>;
}

/**
 * Reads the per-call log of the Technion's Service Enterprise Engineering lab (the "Anonymous
 * Bank" data of Brown et al. 2005, JASA 100:36–50), one row per call that reached the centre's
 * voice-response unit (VRU). Internal: {@link parseCallLog} is the public entry. The mapping,
 * fixed once and fitted to nothing:
 * - `PHANTOM` rows (virtual calls), `AGENT` rows with `server = NO_SERVER` (a few seconds of
 *   "service" by no agent) and `HANG` rows that never joined the queue (`q_start = 0:00:00`: the
 *   caller left in the VRU) are skipped, counted by reason.
 * - Queued calls: offeredAt = q_start, answeredAt or abandonedAt = q_start + q_time (`ser_start`
 *   is often a second before the queue exit). Calls answered without queueing: offeredAt =
 *   answeredAt = ser_start. endedAt = ser_exit (never before the answer). The few `AGENT` rows
 *   with no service times (`ser_start` and `ser_exit` 0:00:00) are answered with no end when
 *   queued, and left out otherwise.
 * - Times are H:MM:SS on `date` (YYMMDD); a time more than half a day earlier than the VRU entry
 *   is on the next day (a call crossing midnight). `priority` as written (higher is served first), `type` as the call
 *   type, `server` as the agent, `call_id` as the id.
 * @throws {CallLogError} when the header lacks a column the mapping reads, or in strict mode at
 *   the first bad row
 */
export function parseSeeLog(text: string, tally: RowTally, ignoreTypes: ReadonlySet<string>): SeeLog {
  const table = parseCsv(text);
  const calls: CallRecord[] = [];
  const arrivals: number[] = [];
  if (!table) return { calls, arrivals, columns: {} };
  const names = table.header.map(headerKey);
  const index = {} as Record<SeeColumn, number>;
  for (const name of READ) {
    const i = names.indexOf(name);
    if (i < 0) {
      throw new CallLogError(
        table.headerLine,
        0,
        'header',
        table.header.join(table.delimiter),
        `the SEE lab's columns (${READ.join(', ')})`,
      );
    }
    index[name] = i;
  }
  const header = (name: SeeColumn): string => table.header[index[name]] ?? name;
  const columns: Record<string, string> = {
    offeredAt: header('q_start'),
    answeredAt: `${header('q_start')} + ${header('q_time')}`,
    abandonedAt: `${header('q_start')} + ${header('q_time')}`,
    endedAt: header('ser_exit'),
    priority: header('priority'),
    agent: header('server'),
    callType: header('type'),
    id: header('call_id'),
    date: header('date'),
  };
  rows: for (const { line, cells } of table.rows) {
    const raw = (name: SeeColumn): string => (cells[index[name]] ?? '').trim();
    const skip = (reason: string, name: SeeColumn, expected: string): void =>
      tally.skip(reason, line, index[name] + 1, header(name), raw(name), expected);
    const outcome = raw('outcome');
    if (outcome === 'PHANTOM') {
      tally.ignore('phantom');
      continue;
    }
    const callType = raw('type');
    if (ignoreTypes.has(callType)) {
      tally.ignore('ignored type');
      continue;
    }
    const day = parseDate(raw('date'));
    if (day === undefined) {
      skip('bad date', 'date', 'a date such as 990201 (YYMMDD)');
      continue;
    }
    const times = {} as Record<'vru_entry' | 'q_start' | 'ser_start' | 'ser_exit', number>;
    for (const name of ['vru_entry', 'q_start', 'ser_start', 'ser_exit'] as const) {
      const t = parseTimestamp(raw(name), day);
      if (t === undefined || !raw(name).includes(':')) {
        skip(`bad ${name}`, name, 'a time of day such as 7:02:47');
        continue rows;
      }
      times[name] = t;
    }
    const vruEntry = times.vru_entry;
    arrivals.push(vruEntry);
    const queueTime = Number(raw('q_time'));
    if (raw('q_time') === '' || !(queueTime >= 0 && queueTime < 86_400)) {
      skip('bad q_time', 'q_time', 'seconds queued (0 or more, under a day)');
      continue;
    }
    const queued = raw('q_start') !== '0:00:00' || queueTime > 0;
    const server = raw('server');
    if (outcome === 'AGENT' && server === 'NO_SERVER') {
      tally.ignore('served by NO_SERVER');
      continue;
    }
    if (outcome === 'HANG' && !queued) {
      tally.ignore('left in the voice-response unit');
      continue;
    }
    if (outcome !== 'AGENT' && outcome !== 'HANG') {
      skip('bad outcome', 'outcome', 'AGENT, HANG or PHANTOM');
      continue;
    }
    // A few AGENT rows have no service times (ser_start and ser_exit 0:00:00): the answer is known
    // only for a queued call, and the handle time for none.
    const unrecorded = outcome === 'AGENT' && raw('ser_start') === '0:00:00' && raw('ser_exit') === '0:00:00';
    if (unrecorded && !queued) {
      tally.ignore('no service times');
      continue;
    }
    const priority = Number(raw('priority'));
    if (raw('priority') === '' || !Number.isInteger(priority)) {
      skip('bad priority', 'priority', 'an integer (higher is served first)');
      continue;
    }
    // A time more than half a day before the VRU entry is on the next day (a call crossing
    // midnight); one a second or two before it is the log's rounding.
    const after = (t: number, from: number): number => (t < from - 43_200 ? t + 86_400 : t);
    const offeredAt = queued ? after(times.q_start, vruEntry) : after(times.ser_start, vruEntry);
    const call: Mutable<CallRecord> = { offeredAt, priority, callType, id: raw('call_id') };
    if (outcome === 'HANG') call.abandonedAt = offeredAt + queueTime;
    else {
      const serviceStart = after(times.ser_start, vruEntry);
      call.answeredAt = queued ? offeredAt + queueTime : offeredAt;
      if (!unrecorded) call.endedAt = Math.max(after(times.ser_exit, serviceStart), call.answeredAt);
      call.agent = server;
    }
    calls.push(call);
  }
  return { calls, arrivals, columns };
}
