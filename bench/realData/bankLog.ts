/**
 * Reads the "Anonymous Bank" call log (../shared/data/, see its README) for the real-data
 * benchmark and validation scripts, through the library's reader of the SEE lab's format
 * (`parseCallLog(text, { format: 'see' })`, whose doc gives the mapping), with the internet
 * queue (`IN`) left out unless `includeInternet`.
 *
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

import { type CallRecord, parseCallLog } from '../../src/index.js';

/** The default location: shared/data beside the repository. QUEUECAST_BANK_LOG overrides it. */
export const BANK_LOG_PATH: string =
  process.env.QUEUECAST_BANK_LOG ?? fileURLToPath(new URL('../../../shared/data/anonymous-bank-1999-02-01-to-14.tsv.gz', import.meta.url));

export interface BankLog {
  /** Calls offered to the agents, sorted by offeredAt. */
  readonly calls: readonly CallRecord[];
  /** Rows left out, by reason (the reader's `ignored` and `skipped`). */
  readonly skipped: Readonly<Record<string, number>>;
  /**
   * When every call reached the centre (its entry into the voice-response unit), sorted: the
   * volume a forecaster forecasts, including callers the VRU served or lost (phantom rows, and
   * internet calls unless `includeInternet`, left out).
   */
  readonly arrivals: readonly number[];
}

export interface BankLogOptions {
  /** Keep internet (IN) calls. @defaultValue false */
  includeInternet?: boolean;
  /** Another file (gzip or plain TSV of the same columns). */
  path?: string;
}

/** Reads the bank's log (default: shared/data) into sorted CallRecords. */
export function loadBankLog(options: BankLogOptions = {}): BankLog {
  const path = options.path ?? BANK_LOG_PATH;
  const raw = readFileSync(path);
  const text = (path.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
  const log = parseCallLog(text, { format: 'see', ignoreTypes: options.includeInternet ? [] : ['IN'] });
  return { calls: log.calls, skipped: { ...log.ignored, ...log.skipped }, arrivals: log.arrivals };
}
