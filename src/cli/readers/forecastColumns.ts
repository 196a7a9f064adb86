import { headerKey } from '../../calllog/headerKey.js';

/** A field of a forecast row, found under one of its {@link COLUMN_ALIASES}. */
export type Field = 'start' | 'end' | 'length' | 'calls' | 'aht' | 'patience' | 'channel' | 'concurrency' | 'deadline';

/** Accepted header names per field, after normalisation (lower case, non-alphanumerics → `_`). */
export const COLUMN_ALIASES: Readonly<Record<Field, readonly string[]>> = {
  start: ['start', 'interval_start', 'start_time', 'time', 'interval', 'datetime', 'date_time', 'timestamp', 'period', 'from'],
  end: ['end', 'interval_end', 'end_time', 'to', 'until'],
  // `seconds`: the interval length of the history CSV `queuecast history --csv` writes
  length: ['length', 'interval_length', 'duration', 'interval_duration', 'seconds'],
  calls: [
    'calls',
    'volume',
    'offered',
    'calls_offered',
    'offered_calls',
    'contacts',
    'arrivals',
    'forecast',
    'items',
    'chats',
    'emails',
    'count',
    'n',
  ],
  aht: ['aht', 'handle_time', 'handling_time', 'average_handle_time', 'avg_handle_time', 'mean_handle_time', 'handle', 'service_time'],
  patience: ['patience', 'mean_patience', 'avg_patience', 'average_patience'],
  channel: ['channel', 'media', 'medium', 'media_type', 'type'],
  concurrency: ['concurrency', 'max_concurrency', 'slots', 'sessions'],
  deadline: ['deadline', 'response_time', 'due', 'sla_time', 'target_response'],
};

const DURATION_FIELDS = new Set<Field>(['length', 'aht', 'patience', 'deadline']);
const UNIT_SUFFIX: readonly [RegExp, number][] = [
  [/_(s|sec|secs|second|seconds)$/, 1],
  [/_(m|min|mins|minute|minutes)$/, 60],
  [/_(h|hr|hrs|hour|hours)$/, 3600],
];

/** Where a field was found: its 0-based index, the header as written and the unit of its numbers (s). */
export interface Column {
  index: number;
  header: string;
  unit: number;
}

/**
 * The column of each field in a forecast header: an alias of the field, or for durations an alias
 * with a unit suffix (`aht_min`, `length_seconds`); the first column wins.
 */
export function findColumns(header: readonly string[]): Partial<Record<Field, Column>> {
  const found: Partial<Record<Field, Column>> = {};
  const fields = Object.keys(COLUMN_ALIASES) as Field[];
  header.forEach((raw, index) => {
    const norm = headerKey(raw);
    for (const field of fields) {
      if (found[field] !== undefined) continue;
      const aliases = COLUMN_ALIASES[field];
      if (aliases.includes(norm)) {
        found[field] = { index, header: raw, unit: 1 };
        return;
      }
      if (DURATION_FIELDS.has(field)) {
        for (const [suffix, unit] of UNIT_SUFFIX) {
          const base = norm.replace(suffix, '');
          if (base !== norm && aliases.includes(base)) {
            found[field] = { index, header: raw, unit };
            return;
          }
        }
      }
    }
  });
  return found;
}
