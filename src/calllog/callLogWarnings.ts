import type { CallLogWarning } from './CallLog.js';
import type { CallRecord } from './CallRecord.js';

/** Per time field: how many cells were written as a time and how many of those read exactly 00:00:00. */
export type MidnightCounts = Record<string, { readonly times: number; readonly midnights: number }>;

/** A share at or above which a column looks wrong (with at least {@link MIN_CASES} cases). */
const SHARE = 0.01;
const MIN_CASES = 3;
/** A wait no call centre's caller sits through: two hours. */
const LONG_WAIT = 7200;

const percent = (share: number): string => `${(100 * share).toFixed(share < 0.1 ? 1 : 0)}%`;

/**
 * What looks implausible for a call centre in a log that read without error: many cells of one
 * time column at exactly 00:00:00 (a placeholder for "none" read as midnight), many waits of
 * hours, or no outcome column at all. Internal to {@link parseCallLog}: see {@link CallLogWarning}.
 *
 * @param calls - the calls read
 * @param columns - the header each field was read from (field → header)
 * @param midnights - per time field, cells written as a time and those at exactly 00:00:00
 * @param outcomeColumns - whether the log has any answered, abandoned, exited or ended column
 */
export function callLogWarnings(
  calls: readonly CallRecord[],
  columns: Readonly<Record<string, string>>,
  midnights: MidnightCounts,
  outcomeColumns: boolean,
): CallLogWarning[] {
  const warnings: CallLogWarning[] = [];
  const header = (field: string): string => columns[field] ?? field;
  for (const [field, { times, midnights: count }] of Object.entries(midnights)) {
    if (count >= MIN_CASES && count >= SHARE * times) {
      warnings.push({
        code: 'midnight',
        column: header(field),
        message: `${percent(count / times)} of the times in column "${header(field)}" (${count} of ${times}) are exactly 00:00:00: the log probably writes 0:00:00 for "none"; name it as a value meaning none (option none, --none 0:00:00).`,
      });
    }
  }
  if (!outcomeColumns) {
    warnings.push({
      code: 'no-outcomes',
      column: header('offeredAt'),
      message: `no answered, abandoned, exited or ended column beside "${header('offeredAt')}": every call reads as still waiting; name the columns (option columns, --columns answered_at=HEADER,...) or check that this file is a call log.`,
    });
  }
  let long = 0;
  let outcomes = 0;
  let worst = 0;
  for (const call of calls) {
    const left = call.answeredAt ?? call.abandonedAt ?? call.exitedAt;
    if (left === undefined) continue;
    outcomes++;
    const wait = left - call.offeredAt;
    if (wait > LONG_WAIT) long++;
    if (wait > worst) worst = wait;
  }
  if (long >= MIN_CASES && long >= SHARE * outcomes) {
    warnings.push({
      code: 'long-waits',
      column: header('offeredAt'),
      message: `${percent(long / outcomes)} of the calls (${long} of ${outcomes}) waited more than 2 hours after "${header('offeredAt')}" (up to ${(worst / 3600).toFixed(1)} h): the time columns are probably on different clocks or days, or one holds a placeholder for "none".`,
    });
  }
  return warnings;
}
