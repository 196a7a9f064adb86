import { headerKey } from '../../calllog/headerKey.js';
import { parseCsv } from '../../calllog/parseCsv.js';
import type { DemandInterval } from '../../index.js';
import { parseDurationSeconds } from '../flags/parseDuration.js';
import { parseTimeSeconds } from '../flags/parseTimeSeconds.js';
import { UsageError } from '../UsageError.js';
import { COLUMN_ALIASES } from './forecastColumns.js';

/** A requirement read from a plan CSV, on a gap-free grid. */
export interface Requirement {
  demand: DemandInterval[];
  /** Whether the file's starts carry dates. */
  dated: boolean;
  /** The column the requirement came from. */
  column: string;
  /** The file's channels in order of first appearance (one, `voice`, when it has no channel column). */
  channels: string[];
  /** The channels scheduled: one (`--channel`, or the file's only one), or every channel summed per interval. */
  scheduled: string[];
  /**
   * Where `demand[k]`'s `field` was read (`file:line:column (column "header")`) and the cell as
   * written; undefined for an interval the file does not have (a gap) or a field it has no column for.
   */
  locate: (k: number, field: string) => { where: string; cell: string } | undefined;
}

const REQUIRED = ['scheduled', 'required_people', 'people', 'required', 'agents', 'staff', 'headcount'];

interface FileRow {
  line: number;
  start: number;
  demand: DemandInterval;
  cells: readonly string[];
}

/** A demand interval with the file row it was read from (none for a gap; the first of several summed). */
interface Located extends DemandInterval {
  row?: FileRow;
}

/** One channel's rows on its own grid (the smallest spacing of its starts; 30 min for a single row). */
function channelGrid(file: string, rows: readonly FileRow[], startColumn: number): { first: number; step: number; demand: Located[] } {
  let step = Infinity;
  for (let i = 1; i < rows.length; i++) step = Math.min(step, (rows[i] as FileRow).start - (rows[i - 1] as FileRow).start);
  if (step === Infinity) step = 1800;
  const first = (rows[0] as FileRow).start;
  const demand: Located[] = [];
  for (const r of rows) {
    const k = (r.start - first) / step;
    if (Math.abs(k - Math.round(k)) > 1e-6)
      throw new UsageError(
        `${file}:${r.line}:${startColumn + 1}: expected starts on a ${step}-second grid (the smallest spacing in the file)`,
      );
    while (demand.length < Math.round(k)) demand.push({ start: first + demand.length * step, length: step, required: 0, calls: 0 });
    demand.push({ ...r.demand, start: first + demand.length * step, length: step, row: r });
  }
  return { first, step, demand };
}

/**
 * Every channel's people summed per interval, on the finest grid of the channels (a channel with
 * longer intervals counts in each shorter interval it covers); calls are summed, handle time and
 * patience left out (they do not add across channels).
 */
function sumChannels(file: string, grids: readonly { channel: string; first: number; step: number; demand: Located[] }[]): Located[] {
  const step = Math.min(...grids.map((g) => g.step));
  const first = Math.min(...grids.map((g) => g.first));
  const end = Math.max(...grids.map((g) => g.first + g.demand.length * g.step));
  for (const g of grids) {
    const ratio = g.step / step;
    const offset = (g.first - first) / step;
    if (Math.abs(ratio - Math.round(ratio)) > 1e-6 || Math.abs(offset - Math.round(offset)) > 1e-6) {
      throw new UsageError(
        `${file}: the ${g.channel} rows (every ${g.step} s) do not fall on the ${step}-second grid of the other channels; schedule one channel with --channel`,
      );
    }
  }
  const demand: Located[] = [];
  for (let k = 0; first + k * step < end - 1e-6; k++) {
    const start = first + k * step;
    let required = 0;
    let calls = 0;
    let row: FileRow | undefined;
    for (const g of grids) {
      const d = g.demand[Math.floor((start - g.first) / g.step + 1e-9)];
      if (start < g.first || d === undefined) continue;
      required += d.required;
      row ??= d.row;
      // a channel's calls spread evenly over the shorter intervals its interval covers
      calls += ((d.calls ?? 0) * step) / g.step;
    }
    demand.push(row === undefined ? { start, length: step, required, calls } : { start, length: step, required, calls, row });
  }
  return demand;
}

/**
 * Reads the people required per interval from a plan CSV (`queuecast plan --csv`: its
 * `scheduled` column, else `required`/`agents`), with calls, handle time (`aht_s`) and patience
 * (`patience_s`) when present. A `channel` column splits the file: `channel` names the one to
 * schedule; without it every channel's people are summed per interval. Each channel's intervals
 * must be sorted; gaps (closed hours) become intervals with no requirement. Problems throw a
 * UsageError naming file:line:column.
 */
export function readRequirement(file: string, text: string, channel?: string): Requirement {
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
  const channelCol = find(COLUMN_ALIASES.channel);
  const byChannel = new Map<string, FileRow[]>();
  let dated = false;
  for (const { line, cells } of table.rows) {
    const cell = (i: number): string => (cells[i] ?? '').trim();
    if (cells.length === 1 && cell(0) === '') continue;
    const bad = (i: number, expected: string): never => {
      throw new UsageError(`${file}:${line}:${i + 1} (column "${table.header[i]}"): expected ${expected}, got ${JSON.stringify(cell(i))}`);
    };
    const rowChannel = channelCol < 0 ? 'voice' : cell(channelCol).toLowerCase() || 'voice';
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
    const rows = byChannel.get(rowChannel) ?? [];
    byChannel.set(rowChannel, rows);
    const prev = rows[rows.length - 1];
    if (prev !== undefined && !(start > prev.start)) {
      const ofChannel = channelCol < 0 ? '' : ` of the ${rowChannel} rows`;
      bad(startCol, `a start after line ${prev.line}'s (intervals${ofChannel} sorted, one row each)`);
    }
    rows.push({ line, start, demand, cells });
  }
  const channels = [...byChannel.keys()];
  if (byChannel.size === 0) throw new UsageError(`${file}: no intervals after the header on line ${table.headerLine}`);
  const column = table.header[needCol] as string;
  const fieldColumns: Readonly<Record<string, number>> = {
    start: startCol,
    length: startCol,
    required: needCol,
    calls: callsCol,
    handleTime: ahtCol,
    patience: patienceCol,
  };
  const result = (located: Located[], scheduled: string[]): Requirement => ({
    demand: located.map(({ row: _row, ...d }) => d),
    dated,
    column,
    channels,
    scheduled,
    locate: (k, field) => {
      const row = located[k]?.row;
      const i = fieldColumns[field] ?? -1;
      if (row === undefined || i < 0) return undefined;
      return { where: `${file}:${row.line}:${i + 1} (column "${table.header[i]}")`, cell: (row.cells[i] ?? '').trim() };
    },
  });
  if (channel !== undefined) {
    const rows = byChannel.get(channel.toLowerCase());
    if (rows === undefined) {
      throw new UsageError(`--channel: expected a channel the file plans (${channels.join(', ')}), got ${JSON.stringify(channel)}`);
    }
    return result(channelGrid(file, rows, startCol).demand, [channel.toLowerCase()]);
  }
  const grids = channels.map((c) => ({ channel: c, ...channelGrid(file, byChannel.get(c) as FileRow[], startCol) }));
  if (grids.length === 1) return result((grids[0] as { demand: Located[] }).demand, channels);
  return result(sumChannels(file, grids), channels);
}
