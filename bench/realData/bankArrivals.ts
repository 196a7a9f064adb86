/**
 * Reads the bank's arrivals per 6 minutes, January–June 1999 (../shared/data/, see its README),
 * summed to longer intervals, for the real-data forecast benchmark. Not part of the library.
 * Times: seconds since 1970 with the centre's local time written as UTC.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

/** The default location: shared/data beside the repository. QUEUECAST_BANK_ARRIVALS overrides it. */
export const BANK_ARRIVALS_PATH: string =
  process.env.QUEUECAST_BANK_ARRIVALS ??
  fileURLToPath(new URL('../../../shared/data/anonymous-bank-1999-arrivals-6min-jan-jun.csv.gz', import.meta.url));

/** Calls per interval of `intervalSeconds` (a multiple of 360), from the first day's midnight. */
export interface BankArrivals {
  /** Midnight of the first day, seconds. */
  readonly firstDay: number;
  /** Interval length, seconds. */
  readonly intervalSeconds: number;
  /** Calls per interval, day-major. */
  readonly counts: Float64Array;
  /** Days covered. */
  readonly days: number;
}

/** Reads the file (gzip or plain CSV `date,interval,calls`) summed to intervals of `intervalSeconds`. */
export function loadBankArrivals(intervalSeconds = 1800, path: string = BANK_ARRIVALS_PATH): BankArrivals {
  const raw = readFileSync(path);
  const text = (path.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
  const rows = text.trim().split(/\r?\n/).slice(1);
  const parsed = rows.map((line) => {
    const [date = '', interval = '', calls = ''] = line.split(',');
    return {
      start:
        Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 1000 + (Number(interval) - 1) * 360,
      calls: Number(calls),
    };
  });
  const firstDay = Math.min(...parsed.map((r) => r.start));
  const last = Math.max(...parsed.map((r) => r.start));
  const days = Math.floor((last - firstDay) / 86_400) + 1;
  const counts = new Float64Array((days * 86_400) / intervalSeconds);
  for (const r of parsed) {
    const k = Math.floor((r.start - firstDay) / intervalSeconds);
    counts[k] = (counts[k] as number) + r.calls;
  }
  return { firstDay, intervalSeconds, counts, days };
}
