import type { CallRecord } from './CallRecord.js';
import { callRecordProblem } from './callRecordProblem.js';
import { parseTimestamp } from './parseTimestamp.js';
import type { RowTally } from './RowTally.js';

/** A call being assembled from its queue_log lines. */
interface OpenCall {
  id: string;
  queue: string;
  line: number;
  offeredAt?: number;
  answeredAt?: number;
  abandonedAt?: number;
  exitedAt?: number;
  endedAt?: number;
  agent?: string;
}

/** Events that end a caller's wait without an answer: the caller left the queue, not hung up. */
const EXITS = new Set(['EXITWITHTIMEOUT', 'EXITWITHKEY', 'EXITEMPTY']);
/** Events that end an answered call (the agent's part of it). */
const ENDS = new Set(['COMPLETECALLER', 'COMPLETEAGENT', 'TRANSFER', 'BLINDTRANSFER', 'ATTENDEDTRANSFER']);

/** Seconds in data field `k` (1-based after the event), or undefined. */
function secondsField(fields: readonly string[], k: number): number | undefined {
  const text = fields[4 + k];
  if (text === undefined || !/^\d+(\.\d+)?$/.test(text.trim())) return undefined;
  return Number(text);
}

/**
 * Reads an Asterisk `queue_log` (`time|callid|queue|agent|EVENT|data1|data2|...`, one line per
 * event) into call records, one per caller's stay in a queue (keyed by callid and queue):
 * ENTERQUEUE offers the call; CONNECT answers it (the line's agent answered); COMPLETECALLER,
 * COMPLETEAGENT and the TRANSFER events end it; ABANDON is a hang-up while waiting;
 * EXITWITHTIMEOUT, EXITWITHKEY and EXITEMPTY leave the queue unanswered (`exitedAt`). When the log
 * starts after a call entered, its offer time is taken from the wait the event reports (CONNECT's
 * holdtime, ABANDON's waittime). Every other event (agent and system events, RINGNOANSWER, DID, ...)
 * is counted in `ignored`. Internal: {@link parseCallLog} is the public entry.
 */
export function parseQueueLog(text: string, tally: RowTally): CallRecord[] {
  const open = new Map<string, OpenCall>();
  const calls: CallRecord[] = [];
  const finish = (call: OpenCall): void => {
    open.delete(`${call.id}|${call.queue}`);
    if (call.offeredAt === undefined) return;
    const { line, queue, offeredAt, ...rest } = call;
    const record: CallRecord = { offeredAt, ...rest, callType: queue };
    const problem = callRecordProblem(record);
    if (problem) {
      tally.skip(problem.reason, line, 5, problem.field, record[problem.field], problem.expected);
      return;
    }
    calls.push(record);
  };
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const lineNumber = i + 1;
    const raw = (lines[i] as string).replace(/\r$/, '');
    if (raw.trim() === '' || raw.startsWith('#')) continue;
    const fields = raw.split('|');
    if (fields.length < 5) {
      tally.skip('malformed line', lineNumber, 0, 'line', raw, 'time|callid|queue|agent|EVENT|data...');
      continue;
    }
    const [timeText = '', id = '', queue = '', agent = '', eventText = ''] = fields;
    const event = eventText.trim().toUpperCase();
    const time = parseTimestamp(timeText);
    if (time === undefined) {
      tally.skip('bad time', lineNumber, 1, 'time', timeText, 'Unix seconds or a date-time');
      continue;
    }
    const key = `${id}|${queue}`;
    const isCall = event === 'ENTERQUEUE' || event === 'CONNECT' || event === 'ABANDON' || EXITS.has(event) || ENDS.has(event);
    if (!isCall || id === 'NONE' || id === '') {
      tally.ignore(event || 'no event');
      continue;
    }
    let call = open.get(key);
    if (event === 'ENTERQUEUE') {
      if (call)
        tally.skip(
          'entered again before leaving',
          call.line,
          5,
          'event',
          'ENTERQUEUE',
          'an outcome before the caller enters the same queue again',
        );
      call = { id, queue, line: lineNumber, offeredAt: time };
      open.set(key, call);
      continue;
    }
    if (!call) {
      call = { id, queue, line: lineNumber };
      open.set(key, call);
    }
    if (event === 'CONNECT') {
      call.answeredAt = time;
      if (agent && agent !== 'NONE') call.agent = agent;
      call.offeredAt ??= time - (secondsField(fields, 1) ?? 0);
    } else if (event === 'ABANDON' || EXITS.has(event)) {
      if (event === 'ABANDON') call.abandonedAt = time;
      else call.exitedAt = time;
      call.offeredAt ??= time - (secondsField(fields, event === 'EXITWITHKEY' ? 4 : 3) ?? 0);
      finish(call);
    } else {
      // COMPLETE*/TRANSFER: data holdtime|calltime (TRANSFER: extension|context|holdtime|calltime).
      const shift = event === 'COMPLETECALLER' || event === 'COMPLETEAGENT' ? 0 : 2;
      const talk = secondsField(fields, 2 + shift) ?? 0;
      call.answeredAt ??= time - talk;
      call.offeredAt ??= call.answeredAt - (secondsField(fields, 1 + shift) ?? 0);
      if (agent && agent !== 'NONE') call.agent ??= agent;
      call.endedAt = time;
      finish(call);
    }
  }
  // Calls still open at the end of the log: waiting, or answered and still talking.
  for (const call of [...open.values()]) finish(call);
  return calls;
}
