import { plainObject, positive } from '../math/checks.js';
import { QueueInputError } from '../math/QueueInputError.js';
import { gridDayOf, type HistoryGrid, optionList } from './historyGrid.js';

/**
 * Checks `options.calendar` and marks its days on the grid (`dayKind` = 7 + the label's index);
 * returns the multiplier each label takes until it has been seen.
 * @internal
 */
export function dayCalendar(grid: HistoryGrid, calendar: unknown): Map<number, number> {
  const labels = new Map<string, number>();
  const defaults = new Map<number, number>();
  optionList('options.calendar', calendar).forEach((entry, i) => {
    const e = plainObject(`options.calendar[${i}]`, entry);
    const day = gridDayOf(grid, `options.calendar[${i}].day`, e.day);
    if (typeof e.label !== 'string' || e.label.length === 0)
      throw new QueueInputError(`options.calendar[${i}].label`, e.label, 'a non-empty string such as "holiday"');
    const multiplier = e.multiplier === undefined ? undefined : positive(`options.calendar[${i}].multiplier`, e.multiplier);
    let kind = labels.get(e.label);
    if (kind === undefined) {
      if (labels.size >= 1000) throw new QueueInputError(`options.calendar[${i}].label`, e.label, 'at most 1000 different labels');
      kind = 7 + labels.size;
      labels.set(e.label, kind);
    }
    if (multiplier !== undefined) defaults.set(kind, multiplier);
    if (day >= 0 && day < grid.dayKind.length) grid.dayKind[day] = kind;
  });
  return defaults;
}
