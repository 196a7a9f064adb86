/**
 * Header columns (after `headerKey`) that mark a file as something other than a call log, by what
 * it looks like, first match wins (a plan also has a forecast's columns, and a history's service
 * level). Only queuecast's own outputs and the usual planning files are listed.
 */
const KINDS: readonly { readonly kind: string; readonly marks: readonly string[] }[] = [
  {
    kind: 'a staffing plan (queuecast plan --csv)',
    marks: ['required', 'fractional_agents', 'scheduled', 'scheduled_agents', 'staffed_agents', 'occupancy', 'binding', 'fte'],
  },
  {
    kind: 'an interval history (queuecast history --csv)',
    marks: ['asa_s', 'wait_prob', 'mean_wait_s', 'service_level', 'busy_agents', 'agents_seen', 'periods'],
  },
  { kind: 'a forecast (calls per interval)', marks: ['calls', 'aht', 'aht_s', 'volume', 'handle_time', 'handle_time_s', 'lower', 'upper'] },
];

/**
 * What a CSV header looks like when it is not a call log: `{ kind, columns }` naming the kind of
 * file and the header cells that show it, or `undefined` when nothing marks it. Internal to the
 * call-log readers.
 */
export function otherFileKind(keys: readonly string[], header: readonly string[]): { kind: string; columns: string[] } | undefined {
  for (const { kind, marks } of KINDS) {
    const columns = header.filter((_cell, i) => marks.includes(keys[i] ?? ''));
    if (columns.length > 0) return { kind, columns };
  }
  return undefined;
}
