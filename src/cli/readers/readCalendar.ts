import { parseCsv } from '../../calllog/parseCsv.js';
import type { CalendarDay } from '../../index.js';
import { parseTimeSeconds } from '../flags/parseTimeSeconds.js';
import { UsageError } from '../UsageError.js';

/**
 * Reads a calendar of known days: a CSV with a `date` column (2024-05-06), a `label` column
 * (holiday, holiday eve, campaign…) and optionally `multiplier` (the day's forecast × this while
 * the label has not been seen in the history). Errors name file:line:column.
 */
export function readCalendar(file: string, text: string): CalendarDay[] {
  const table = parseCsv(text);
  if (table === undefined)
    throw new UsageError(`${file}: the file is empty; expected a header line "date,label" and one row per known day`);
  const header = table.header.map((h) => h.toLowerCase());
  const column = (name: string, required: boolean): number => {
    const i = header.indexOf(name);
    if (i < 0 && required)
      throw new UsageError(
        `${file}:${table.headerLine}: no ${name} column; expected date,label[,multiplier]; found: ${table.header.join(', ')}`,
      );
    return i;
  };
  const date = column('date', true);
  const label = column('label', true);
  const multiplier = column('multiplier', false);
  return table.rows.map((row) => {
    const at = (i: number): string => `${file}:${row.line}:${i + 1}`;
    const text = (row.cells[date] ?? '').trim();
    const day = parseTimeSeconds(text);
    if (day === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(text))
      throw new UsageError(`${at(date)}: expected a date such as 2024-05-06, got ${JSON.stringify(text)}`);
    const name = (row.cells[label] ?? '').trim();
    if (name === '') throw new UsageError(`${at(label)}: expected a label such as "holiday", got an empty cell`);
    const entry: CalendarDay = { day, label: name };
    const factor = multiplier < 0 ? '' : (row.cells[multiplier] ?? '').trim();
    if (factor !== '') {
      const value = Number(factor);
      if (!(value > 0 && value < Infinity))
        throw new UsageError(`${at(multiplier)}: expected a multiplier > 0 such as 0.4, got ${JSON.stringify(factor)}`);
      entry.multiplier = value;
    }
    return entry;
  });
}
