/**
 * Reads the "Anonymous Bank" call log (../shared/data/, see its README) into the library's
 * CallRecord form, for the real-data benchmark and validation scripts. Not part of the library:
 * the log's own format (times of day beside a date, `0:00:00` for "none") is specific to it.
 *
 * Mapping, fixed once and fitted to nothing:
 * - PHANTOM rows, `AGENT` rows with `NO_SERVER` (not a real service) and callers who hung up in
 *   the voice-response unit without joining the agents' queue are skipped (counted by reason).
 * - Internet (`IN`) calls are skipped unless `includeInternet` (a separate queue).
 * - Queued calls: offeredAt = q_start, answeredAt / abandonedAt = q_start + q_time.
 *   Calls answered without queueing: offeredAt = answeredAt = ser_start.
 * - endedAt = the end of service (a call crossing midnight gets the next day).
 * - priority as the log writes it (higher is served first): 2 priority customers, 1 identified
 *   regular customers, 0 unidentified or prospective ones. The log's README groups 0 and 1 as
 *   regular, but the ACD served 1 ahead of 0: among answered queued callers, a priority-1 caller
 *   who joined later was answered first 465 times over a waiting priority-0 caller, and the
 *   reverse 7 times (against 1,151 and 719 overtakes by priority 2 of 0 and 1).
 * - Times: seconds since 1970-01-01 with the centre's local time written as UTC, so
 *   `new Date(t * 1000).getUTCHours()` is the local hour and `getUTCDay()` the weekday.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

import type { CallRecord } from '../../src/index.js';

/** The default location: shared/data beside the repository. QUEUECAST_BANK_LOG overrides it. */
export const BANK_LOG_PATH: string =
  process.env.QUEUECAST_BANK_LOG ?? fileURLToPath(new URL('../../../shared/data/anonymous-bank-1999-02-01-to-14.tsv.gz', import.meta.url));

export interface BankLog {
  /** Calls offered to the agents, sorted by offeredAt. */
  readonly calls: CallRecord[];
  /** Rows left out, by reason. */
  readonly skipped: Readonly<Record<string, number>>;
  /**
   * When every call reached the centre (its entry into the voice-response unit), sorted: the
   * volume a forecaster forecasts, including callers the VRU served or lost (phantom rows, and
   * internet calls unless `includeInternet`, left out).
   */
  readonly arrivals: number[];
}

export interface BankLogOptions {
  /** Keep internet (IN) calls. @defaultValue false */
  includeInternet?: boolean;
  /** Another file (gzip or plain TSV of the same columns). */
  path?: string;
}

function clock(text: string): number {
  const [h, m, s] = text.split(':').map(Number);
  return (h ?? 0) * 3600 + (m ?? 0) * 60 + (s ?? 0);
}

/** Seconds at local midnight of a YYMMDD date, written as UTC. */
function midnight(yymmdd: string): number {
  const yy = Number(yymmdd.slice(0, 2));
  const year = yy < 70 ? 2000 + yy : 1900 + yy;
  return Date.UTC(year, Number(yymmdd.slice(2, 4)) - 1, Number(yymmdd.slice(4, 6))) / 1000;
}

/** Reads the bank's log (default: shared/data) into sorted CallRecords. */
export function loadBankLog(options: BankLogOptions = {}): BankLog {
  const path = options.path ?? BANK_LOG_PATH;
  const raw = readFileSync(path);
  const text = (path.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
  const lines = text.split(/\r?\n/);
  const header = (lines[0] ?? '').split('\t');
  const col = (name: string): number => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`${path}: no column ${name}`);
    return i;
  };
  const c = {
    id: col('call_id'),
    priority: col('priority'),
    type: col('type'),
    date: col('date'),
    vruEntry: col('vru_entry'),
    qStart: col('q_start'),
    qTime: col('q_time'),
    outcome: col('outcome'),
    serStart: col('ser_start'),
    serExit: col('ser_exit'),
    server: col('server'),
  };
  const skipped: Record<string, number> = {};
  const skip = (reason: string) => {
    skipped[reason] = (skipped[reason] ?? 0) + 1;
  };
  const calls: CallRecord[] = [];
  const arrivals: number[] = [];
  for (let li = 1; li < lines.length; li++) {
    const line = lines[li];
    if (!line) continue;
    const f = line.split('\t');
    const get = (i: number) => f[i] ?? '';
    const outcome = get(c.outcome);
    const type = get(c.type);
    const queued = get(c.qStart) !== '0:00:00';
    if (outcome === 'PHANTOM') {
      skip('phantom');
      continue;
    }
    if (type === 'IN' && !options.includeInternet) {
      skip('internet');
      continue;
    }
    arrivals.push(midnight(get(c.date)) + clock(get(c.vruEntry)));
    if (outcome === 'AGENT' && get(c.server) === 'NO_SERVER') {
      skip('no real agent');
      continue;
    }
    if (outcome === 'HANG' && !queued) {
      skip('left in the voice-response unit');
      continue;
    }
    if (outcome !== 'AGENT' && outcome !== 'HANG') {
      skip(`outcome ${outcome}`);
      continue;
    }
    const day = midnight(get(c.date));
    const base = {
      id: get(c.id),
      priority: Number(get(c.priority)),
      callType: type,
    };
    if (outcome === 'HANG') {
      const offeredAt = day + clock(get(c.qStart));
      calls.push({ ...base, offeredAt, abandonedAt: offeredAt + Number(get(c.qTime)) });
      continue;
    }
    const serStart = day + clock(get(c.serStart));
    const offeredAt = queued ? day + clock(get(c.qStart)) : serStart;
    const answeredAt = queued ? offeredAt + Number(get(c.qTime)) : serStart;
    let endedAt = day + clock(get(c.serExit));
    while (endedAt < serStart) endedAt += 86_400;
    calls.push({ ...base, offeredAt, answeredAt, endedAt: Math.max(endedAt, answeredAt), agent: get(c.server) });
  }
  calls.sort((a, b) => a.offeredAt - b.offeredAt);
  arrivals.sort((a, b) => a - b);
  return { calls, skipped, arrivals };
}
