const DAY = 86_400;

function dayName(day: number, dated: boolean): string {
  return dated ? new Date(day * DAY * 1000).toISOString().slice(0, 10) : `day ${day}`;
}

/**
 * The warning for the days of a flag (`--exclude`, `--events`) on which `rows` (the history's or
 * the forecast's) have no interval, so the forecast ignores them: the days and the rows' range
 * (undefined: every day has rows).
 */
export function unusedDaysWarning(
  flag: string,
  times: readonly number[],
  rows: readonly { start: number }[],
  what: string,
  dated: boolean,
): string | undefined {
  const have = new Set(rows.map((r) => Math.floor(r.start / DAY)));
  const unused = [...new Set(times.map((t) => Math.floor(t / DAY)))].filter((day) => !have.has(day));
  if (unused.length === 0) return undefined;
  const first = Math.min(...have);
  const last = Math.max(...have);
  const range = have.size === 0 ? `the ${what} has no rows` : `the ${what} runs ${dayName(first, dated)} to ${dayName(last, dated)}`;
  const days = unused.map((day) => dayName(day, dated)).join(', ');
  return `warning: --${flag} ${days}: no ${what} rows on ${unused.length === 1 ? 'that day' : 'those days'} (${range}); ignored\n`;
}
