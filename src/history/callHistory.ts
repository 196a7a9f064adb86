import type { CallRecord } from '../calllog/CallRecord.js';
import { checkCallRecords } from '../calllog/checkCallRecords.js';
import { nonNegative, plainObject, positive } from '../math/checks.js';
import { QueueInputError } from '../math/QueueInputError.js';
import type { CallHistory, CallHistoryOptions, HistoryInterval } from './HistoryInterval.js';
import { emptyTally, type IntervalTally } from './IntervalTally.js';
import { summariseInterval } from './summariseInterval.js';

const DAY = 86_400;
const WEEK = 7 * DAY;
/** 1970-01-01 was a Thursday: shifting by four days puts week starts on Sunday 00:00. */
const SUNDAY_SHIFT = 4 * DAY;

/**
 * The most intervals a result may hold (a year of 5-minute intervals is 105,120; the rows take
 * about 5 µs each): the log's span unpooled, a day or a week pooled. Bounds the work and memory.
 */
const MAX_INTERVALS = 250_000;

/**
 * What really happened in a centre, interval by interval, from its call log: calls offered,
 * answered and abandoned, P(abandon), P(wait), ASA, mean wait, the four service levels at an
 * answer time, mean handle time, patience by the censored estimator with its confidence interval
 * (Brown et al. 2005), time-average busy agents and distinct agents seen; optionally per call type
 * and priority, and pooled per interval of the day or week. Times are read as UTC wall clock
 * (write the centre's local time as if it were UTC, as {@link parseCallLog} does).
 *
 * @param calls - the log's calls (any order), e.g. `parseCallLog(text).calls`
 * @param options - `{ intervalSeconds?, pool?, answerTime?, by?, logEnd? }`
 * @returns `{ intervals, groups, intervalSeconds, pool, answerTime }`, rows sorted by start
 * @throws {QueueInputError} when a record is inconsistent (see {@link checkCallRecords}), or
 *   `intervalSeconds` is not > 0 (or does not divide the pooling period), or (code `limit-reached`) it
 *   cuts the log's span, or the pooling period, into more than 250,000 intervals, or a call's
 *   talk spans more than 250,000 of them
 * @example
 * const h = callHistory([{ offeredAt: 0, answeredAt: 30, endedAt: 330 }, { offeredAt: 60, abandonedAt: 120 }], { intervalSeconds: 3600 });
 * h.intervals[0].probAbandon; // => 0.5
 * h.intervals[0].patience; // => 90
 */
export function callHistory(calls: readonly CallRecord[], options: CallHistoryOptions = {}): CallHistory {
  checkCallRecords(calls);
  plainObject('options', options);
  const intervalSeconds = positive('options.intervalSeconds', options.intervalSeconds ?? 3600);
  const pool = options.pool ?? 'none';
  if (pool !== 'none' && pool !== 'day' && pool !== 'week') throw new QueueInputError('options.pool', pool, "'none', 'day' or 'week'");
  const periodLength = pool === 'day' ? DAY : pool === 'week' ? WEEK : Infinity;
  if (periodLength !== Infinity && (!Number.isInteger(periodLength / intervalSeconds) || periodLength / intervalSeconds < 1)) {
    throw new QueueInputError(
      'options.intervalSeconds',
      intervalSeconds,
      `a length that divides a ${pool} (${periodLength} s), e.g. 900, 1800 or 3600`,
    );
  }
  const answerTime = nonNegative('options.answerTime', options.answerTime ?? 20);
  const by = options.by ?? [];
  if (!Array.isArray(by) || by.some((b) => b !== 'callType' && b !== 'priority')) {
    throw new QueueInputError('options.by', by, "an array of 'callType' and/or 'priority'");
  }
  let logEnd = -Infinity;
  for (const c of calls)
    logEnd = Math.max(
      logEnd,
      c.offeredAt,
      c.answeredAt ?? -Infinity,
      c.abandonedAt ?? -Infinity,
      c.exitedAt ?? -Infinity,
      c.endedAt ?? -Infinity,
    );
  if (options.logEnd !== undefined) logEnd = Math.max(logEnd, nonNegative('options.logEnd', options.logEnd));
  let logStart = Infinity;
  for (const c of calls) logStart = Math.min(logStart, c.offeredAt);
  const cut = periodLength === Infinity ? `the log's span (${logEnd - logStart} s)` : `a ${pool} (${periodLength} s)`;
  if (Math.min(periodLength, logEnd - logStart) / intervalSeconds > MAX_INTERVALS) {
    throw new QueueInputError(
      'options.intervalSeconds',
      intervalSeconds,
      `an interval that cuts ${cut} into at most ${MAX_INTERVALS} intervals`,
      'limit-reached',
    );
  }

  const shift = pool === 'week' ? SUNDAY_SHIFT : 0;
  // The interval index and the period (day or week; 0 unpooled) of a time.
  let period = 0;
  const locate = (time: number): number => {
    if (periodLength === Infinity) return Math.floor(time / intervalSeconds);
    const shifted = time + shift;
    period = Math.floor(shifted / periodLength);
    return Math.floor((shifted - period * periodLength) / intervalSeconds);
  };
  const splitType = by.includes('callType');
  const splitPriority = by.includes('priority');
  const split = splitType || splitPriority;
  const all = new Map<number, IntervalTally>();
  const grouped = new Map<string, IntervalTally>();
  const whole = (index: number): IntervalTally => {
    let t = all.get(index);
    if (!t) {
      t = emptyTally(index, undefined, undefined);
      all.set(index, t);
    }
    return t;
  };
  const group = (index: number, call: CallRecord): IntervalTally => {
    const callType = splitType ? (call.callType ?? '') : undefined;
    const priority = splitPriority ? (call.priority ?? 0) : undefined;
    const key = `${index}|${callType ?? ''}|${priority ?? ''}`;
    let t = grouped.get(key);
    if (!t) {
      t = emptyTally(index, callType, priority);
      grouped.set(key, t);
    }
    return t;
  };
  const addCall = (t: IntervalTally, call: CallRecord, wait: number, p: number): void => {
    t.offered++;
    t.periods.add(p);
    t.totalWait += wait;
    if (wait > 0 || call.answeredAt === undefined) t.waited++;
    if (call.answeredAt !== undefined) {
      t.answered++;
      t.answeredWait += wait;
      if (wait <= answerTime) t.answeredWithin++;
      t.answeredWaits.push(wait);
      if (call.endedAt !== undefined) {
        t.handleSum += call.endedAt - call.answeredAt;
        t.handleCount++;
      }
      return;
    }
    t.censoredWaits.push(wait);
    if (call.abandonedAt !== undefined) {
      t.abandoned++;
      if (wait <= answerTime) t.abandonedWithin++;
    } else if (call.exitedAt !== undefined) t.exited++;
    else t.waiting++;
  };
  const addBusy = (t: IntervalTally, seconds: number, p: number, agent: string | undefined): void => {
    t.busySeconds += seconds;
    t.periods.add(p);
    // Agents seen: those who answered a call in the interval.
    if (agent !== undefined) {
      let set = t.agents.get(p);
      if (!set) {
        set = new Set();
        t.agents.set(p, set);
      }
      set.add(agent);
    }
  };

  calls.forEach((call, i) => {
    // The busy-time split below walks the intervals a call spans: bounded as the result is.
    if (call.answeredAt !== undefined && ((call.endedAt ?? call.answeredAt) - call.answeredAt) / intervalSeconds > MAX_INTERVALS) {
      throw new QueueInputError(
        `calls[${i}].endedAt`,
        call.endedAt,
        `a call that spans at most ${MAX_INTERVALS} intervals`,
        'limit-reached',
      );
    }
  });
  for (const call of calls) {
    const index = locate(call.offeredAt);
    const wait = (call.answeredAt ?? call.abandonedAt ?? call.exitedAt ?? logEnd) - call.offeredAt;
    addCall(whole(index), call, wait, period);
    if (split) addCall(group(index, call), call, wait, period);
    // Busy time: the call's talk, split over the intervals it spans (bounded by its length).
    if (call.answeredAt === undefined) continue;
    const from = call.answeredAt;
    const to = call.endedAt ?? from;
    let at = from;
    for (let guard = 0; guard <= (to - from) / intervalSeconds + 2; guard++) {
      const busyIndex = locate(at);
      const end = Math.min(to, (periodLength === Infinity ? 0 : period * periodLength - shift) + (busyIndex + 1) * intervalSeconds);
      const agent = at === from ? call.agent : undefined;
      addBusy(whole(busyIndex), end - at, period, agent);
      if (split) addBusy(group(busyIndex, call), end - at, period, agent);
      if (end >= to) break;
      at = end;
    }
  }
  const rows = (map: Map<unknown, IntervalTally>): HistoryInterval[] =>
    [...map.values()]
      .sort((a, b) => a.index - b.index || String(a.callType).localeCompare(String(b.callType)) || (a.priority ?? 0) - (b.priority ?? 0))
      .map((t) => summariseInterval(t, t.index * intervalSeconds, intervalSeconds, answerTime));
  return { intervals: rows(all), groups: rows(grouped), intervalSeconds, pool, answerTime };
}
