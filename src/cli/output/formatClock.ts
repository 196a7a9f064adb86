/**
 * A start time as the forecast and plan files write it: `HH:MM` for a time of day, or
 * `YYYY-MM-DD HH:MM` when `dated` (seconds since 1970, local time written as UTC).
 */
export function formatClock(seconds: number, dated: boolean): string {
  const d = new Date(Math.round(seconds) * 1000);
  const clock = `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
  if (!dated) return seconds >= 86_400 ? `${clock} (+${Math.floor(seconds / 86_400)}d)` : clock;
  return `${d.toISOString().slice(0, 10)} ${clock}`;
}
