import type { DemandInterval } from '../../index.js';
import { headerKey } from '../../calllog/headerKey.js';
import { parseCsv } from '../../calllog/parseCsv.js';
import { parseDurationSeconds } from '../flags/parseDuration.js';
import { COLUMN_ALIASES } from './forecastColumns.js';
import { parseTimeSeconds } from '../flags/parseTimeSeconds.js';
import { UsageError } from '../UsageError.js';

/** A requirement read from a plan CSV, on a gap-free grid. */
export interface Requirement {
  demand: DemandInterval[];
  /** Whether the file's starts carry dates. */
  dated: boolean;
  /** The column the requirement came from. */
  column: string;
}

const REQUIRED = ['scheduled', 'required_people', 'people', 'required', 'agents', 'staff', 'headcount'];

/**
 * Reads the people required per interval from a plan CSV (`queuecast plan --csv`: its
 * `scheduled` column, else `required`/`agents`), with calls, handle time (`aht_s`) and patience
 * (`patience_s`) when present. Intervals must be sorted; gaps (closed hours) become intervals
 * with no requirement. Problems throw a UsageError naming file:line:column.
 */
export function readRequirement(file: string, text: string): Requirement {
  const table = parseCsv(text);
  if (table === undefined) throw new UsageError(`${file}: the file is empty; expected a plan CSV such as "queuecast plan --csv" writes`);
  const names = table.header.map(headerKey);
  const find = (aliases: readonly string[]): number => {
    for (const a of aliases) {
      const i = names.findIndex((n) => n === a || n === `${a}_s` || n === `${a}_seconds`);
      if (i >= 0) return i;
    }
    return -1;
  };
  const startCol = find(COLUMN_ALIASES.start);
  const needCol = find(REQUIRED);
  if (startCol < 0)
    throw new UsageError(`${file}:${table.headerLine}: no start column; expected one of: ${COLUMN_ALIASES.start.slice(0, 5).join(', ')}`);
  if (needCol < 0) throw new UsageError(`${file}:${table.headerLine}: no requirement column; expected one of: ${REQUIRED.join(', ')}`);
  if (table.rows.length === 0) throw new UsageError(`${file}: no intervals after the header on line ${table.headerLine}`);
  const callsCol = find(COLUMN_ALIASES.calls);
  const ahtCol = find(COLUMN_ALIASES.aht);
  const patienceCol = find(COLUMN_ALIASES.patience);
  const rows: { line: number; start: number; demand: DemandInterval }[] = [];
  let dated = false;
  for (const { line, cells } of table.rows) {
    const cell = (i: number): string => (cells[i] ?? '').trim();
    const bad = (i: number, expected: string): never => {
      throw new UsageError(`${file}:${line}:${i + 1} (column "${table.header[i]}"): expected ${expected}, got ${JSON.stringify(cell(i))}`);
    };
    const start = parseTimeSeconds(cell(startCol)) ?? bad(startCol, 'an interval start such as 08:30 or 2024-05-06 08:30');
    if (/^\d{4}-/.test(cell(startCol))) dated = true;
    const required = Number(cell(needCol));
    if (cell(needCol) === '' || !(required >= 0) || !Number.isFinite(required)) bad(needCol, 'a number of people ≥ 0');
    const demand: DemandInterval = { start, length: 0, required };
    if (callsCol >= 0 && cell(callsCol) !== '') {
      const calls = Number(cell(callsCol));
      demand.calls = calls >= 0 && Number.isFinite(calls) ? calls : bad(callsCol, 'a number of calls ≥ 0');
    }
    if (ahtCol >= 0 && cell(ahtCol) !== '') {
      const aht = parseDurationSeconds(cell(ahtCol));
      demand.handleTime = aht !== undefined && aht > 0 ? aht : bad(ahtCol, 'a handle time such as 270 or 4m30s');
    }
    if (patienceCol >= 0 && cell(patienceCol) !== '') {
      const p = parseDurationSeconds(cell(patienceCol));
      demand.patience = p !== undefined && p > 0 ? p : bad(patienceCol, 'a patience such as 180 or 3m');
    }
    const prev = rows[rows.length - 1];
    if (prev !== undefined && !(start > prev.start)) bad(startCol, `a start after line ${prev.line}'s (intervals sorted, one row each)`);
    rows.push({ line, start, demand });
  }
  let step = Infinity;
  for (let i = 1; i < rows.length; i++)
    step = Math.min(step, (rows[i] as { start: number }).start - (rows[i - 1] as { start: number }).start);
  if (step === Infinity) step = 1800;
  const demand: DemandInterval[] = [];
  const first = (rows[0] as { start: number }).start;
  for (const r of rows) {
    const k = (r.start - first) / step;
    if (Math.abs(k - Math.round(k)) > 1e-6)
      throw new UsageError(
        `${file}:${r.line}:${startCol + 1}: expected starts on a ${step}-second grid (the smallest spacing in the file)`,
      );
    while (demand.length < Math.round(k)) demand.push({ start: first + demand.length * step, length: step, required: 0, calls: 0 });
    demand.push({ ...r.demand, start: first + demand.length * step, length: step });
  }
  return { demand, dated, column: table.header[needCol] as string };
}
