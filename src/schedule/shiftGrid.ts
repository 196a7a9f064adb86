import { nonNegative, plainObject, positive, wholeMultiple } from '../math/checks.js';
import { QueueInputError } from '../math/QueueInputError.js';
import type { DemandInterval } from './ScheduleDemand.js';
import type { ShiftTemplate } from './ShiftTemplate.js';

/** One break of a candidate shift, in intervals from the shift's start. @internal */
export interface BreakSteps {
  earliest: number;
  latest: number;
  length: number;
  paid: boolean;
}

/** One template started on one day at one time: a column family of the LP. @internal */
export interface Candidate {
  template: number;
  day: number;
  /** Interval index of the shift's start (may lie before the plan). */
  first: number;
  /** Length in intervals. */
  steps: number;
  breaks: BreakSteps[];
  cost: number;
  paidHours: number;
  maxPerStart: number;
}

/** The checked problem on the plan's interval grid. @internal */
export interface ShiftGrid {
  start: number;
  length: number;
  required: Float64Array;
  candidates: Candidate[];
  /** Candidate indexes by template and day (for per-day limits). */
  maxPerDay: number[];
}

const DAY = 86_400;

function cap(name: string, value: unknown): number {
  if (value === undefined) return Infinity;
  if (value === Infinity) return Infinity;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0)
    throw new QueueInputError(name, value, 'a non-negative integer or Infinity');
  return value;
}

/** The most people one interval may require (far beyond any centre; bounds the rounding's work). */
const MAX_PEOPLE = 1_000_000;
/** The longest shift, and the widest window of start times, in seconds. */
const WEEK = 7 * 86_400;
/** The most intervals a shift, or a window of start times or breaks, spans (a week of 5-minute intervals; bounds the candidates' work). */
const MAX_STEPS = 2016;
/** The highest cost of one shift (keeps the LP's penalties and totals finite). */
const MAX_COST = 1e12;

/** Checks the demand and templates and expands every template into its candidate shifts. @internal */
export function shiftGrid(demand: unknown, templates: unknown): ShiftGrid {
  if (!Array.isArray(demand) || demand.length === 0) throw new QueueInputError('demand', demand, 'a non-empty array of intervals');
  const first = plainObject('demand[0]', demand[0]);
  const start = nonNegative('demand[0].start', first.start);
  const length = positive('demand[0].length', first.length);
  const required = new Float64Array(demand.length);
  demand.forEach((d: DemandInterval, i) => {
    plainObject(`demand[${i}]`, d);
    const expected = start + i * length;
    if (typeof d.start !== 'number' || Math.abs(d.start - expected) > 1e-6) {
      throw new QueueInputError(`demand[${i}].start`, d.start, `${expected} (consecutive intervals of equal length)`);
    }
    if (d.length !== length) throw new QueueInputError(`demand[${i}].length`, d.length, `${length} (every interval the same length)`);
    const need = nonNegative(`demand[${i}].required`, d.required);
    required[i] = need;
    if (need > MAX_PEOPLE) throw new QueueInputError(`demand[${i}].required`, d.required, `at most ${MAX_PEOPLE} people`);
  });
  if (!Array.isArray(templates) || templates.length === 0)
    throw new QueueInputError('templates', templates, 'a non-empty array of shift templates');
  const dayZero = Math.floor(start / DAY) * DAY;
  const offset = wholeMultiple('demand[0].start − midnight', start - dayZero, length, 0);
  const horizon = demand.length;
  const dayCount = Math.ceil((start + horizon * length - dayZero) / DAY);
  const candidates: Candidate[] = [];
  const maxPerDay: number[] = [];
  const names = new Set<string>();
  templates.forEach((raw: ShiftTemplate, templateIndex) => {
    const p = `templates[${templateIndex}]`;
    const t = plainObject(p, raw) as unknown as ShiftTemplate;
    if (typeof t.name !== 'string' || t.name === '' || names.has(t.name))
      throw new QueueInputError(`${p}.name`, t.name, 'a unique non-empty name');
    names.add(t.name);
    const shiftSteps = wholeMultiple(`${p}.length`, t.length, length, 1, MAX_STEPS);
    if (shiftSteps * length > WEEK) throw new QueueInputError(`${p}.length`, t.length, `a shift of at most a week (${WEEK} s)`);
    const earliest = wholeMultiple(`${p}.earliestStart`, t.earliestStart, length, 0);
    const latest = t.latestStart === undefined ? earliest : wholeMultiple(`${p}.latestStart`, t.latestStart, length, 0);
    if (latest < earliest) throw new QueueInputError(`${p}.latestStart`, t.latestStart, `≥ earliestStart (${t.earliestStart})`);
    const every = t.startStep === undefined ? 1 : wholeMultiple(`${p}.startStep`, t.startStep, length, 1);
    if ((latest - earliest) * length > WEEK || latest - earliest > MAX_STEPS)
      throw new QueueInputError(
        `${p}.latestStart`,
        t.latestStart,
        `at most a week (${WEEK} s) and ${MAX_STEPS} intervals after earliestStart`,
      );
    if (t.breaks !== undefined && !Array.isArray(t.breaks)) throw new QueueInputError(`${p}.breaks`, t.breaks, 'an array of breaks');
    const breaks: BreakSteps[] = (t.breaks ?? []).map((b, breakIndex) => {
      const q = `${p}.breaks[${breakIndex}]`;
      plainObject(q, b);
      const lo = wholeMultiple(`${q}.earliest`, b.earliest, length, 0);
      const hi = wholeMultiple(`${q}.latest`, b.latest, length, 0);
      const breakLength = wholeMultiple(`${q}.length`, b.length, length, 1);
      if (hi < lo) throw new QueueInputError(`${q}.latest`, b.latest, `≥ earliest (${b.earliest})`);
      if (hi + breakLength > shiftSteps)
        throw new QueueInputError(`${q}.latest`, b.latest, `a break that ends within the shift (length ${t.length} s)`);
      return { earliest: lo, latest: hi, length: breakLength, paid: b.paid === true };
    });
    let edge = 0;
    breaks.forEach((b, breakIndex) => {
      const from = Math.max(edge, b.earliest);
      if (from > b.latest)
        throw new QueueInputError(
          `${p}.breaks[${breakIndex}]`,
          t.breaks?.[breakIndex],
          'a window that leaves room after the previous break',
        );
      edge = from + b.length;
    });
    const unpaid = breaks.reduce((s, b) => s + (b.paid ? 0 : b.length), 0);
    const paidHours = ((shiftSteps - unpaid) * length) / 3600;
    const cost = t.cost === undefined ? paidHours : positive(`${p}.cost`, t.cost);
    if (cost > MAX_COST) throw new QueueInputError(`${p}.cost`, t.cost, `a number > 0, at most ${MAX_COST}`);
    const perStart = cap(`${p}.maxPerStart`, t.maxPerStart);
    maxPerDay.push(cap(`${p}.maxPerDay`, t.maxPerDay));
    const days = t.days ?? Array.from({ length: dayCount }, (_, d) => d);
    if (!Array.isArray(days)) throw new QueueInputError(`${p}.days`, t.days, 'an array of day numbers');
    for (const day of days) {
      if (!Number.isInteger(day) || day < 0) throw new QueueInputError(`${p}.days`, t.days, 'non-negative whole day numbers');
      if (day > dayCount) continue; // after the plan
      for (let s = earliest; s <= latest; s += every) {
        const at = day * (DAY / length) + s - offset;
        if (at + shiftSteps <= 0 || at >= horizon) continue;
        candidates.push({ template: templateIndex, day, first: at, steps: shiftSteps, breaks, cost, paidHours, maxPerStart: perStart });
      }
    }
  });
  if (candidates.length === 0) throw new QueueInputError('templates', templates, 'at least one shift that overlaps the plan');
  return { start, length, required, candidates, maxPerDay };
}

/**
 * Places a candidate's breaks where they remove the least weight (dynamic programming over the
 * breaks in order; Aykin 1996's break windows); returns the placement (break starts, intervals
 * from the shift start) and the weight the shift then covers.
 * @internal
 */
export function placeBreaks(c: Candidate, weights: Float64Array): { covered: number; offsets: Int32Array } {
  const horizon = weights.length;
  const w = (k: number): number => (k >= 0 && k < horizon ? (weights[k] as number) : 0);
  let covered = 0;
  for (let k = 0; k < c.steps; k++) covered += w(c.first + k);
  const offsets = new Int32Array(c.breaks.length);
  if (c.breaks.length === 0) return { covered, offsets };
  // best[k][p]: least weight removed by breaks 0..k with break k at offset p (ahead of it, the rest).
  const tables: Float64Array[] = [];
  const from: Int32Array[] = [];
  let previous: Float64Array | undefined;
  let previousBreak: BreakSteps | undefined;
  for (const b of c.breaks) {
    const size = b.latest - b.earliest + 1;
    const table = new Float64Array(size).fill(Infinity);
    const choice = new Int32Array(size).fill(-1);
    for (let i = 0; i < size; i++) {
      const p = b.earliest + i;
      let removed = 0;
      for (let k = 0; k < b.length; k++) removed += w(c.first + p + k);
      if (previous === undefined || previousBreak === undefined) {
        table[i] = removed;
        continue;
      }
      let bestPrev = Infinity;
      let best = -1;
      const limit = Math.min(previousBreak.latest, p - previousBreak.length);
      for (let q = previousBreak.earliest; q <= limit; q++) {
        const v = previous[q - previousBreak.earliest] as number;
        if (v < bestPrev) {
          bestPrev = v;
          best = q;
        }
      }
      table[i] = removed + bestPrev;
      choice[i] = best;
    }
    tables.push(table);
    from.push(choice);
    previous = table;
    previousBreak = b;
  }
  const last = c.breaks.length - 1;
  const lastTable = tables[last] as Float64Array;
  let bestIndex = 0;
  for (let i = 1; i < lastTable.length; i++) if ((lastTable[i] as number) < (lastTable[bestIndex] as number)) bestIndex = i;
  let p = (c.breaks[last] as BreakSteps).earliest + bestIndex;
  for (let k = last; k >= 0; k--) {
    offsets[k] = p;
    if (k > 0) p = (from[k] as Int32Array)[p - (c.breaks[k] as BreakSteps).earliest] as number;
  }
  return { covered: covered - (lastTable[bestIndex] as number), offsets };
}

/** Interval indexes (inside the plan) a candidate covers with its breaks at `offsets`. @internal */
export function coveredRows(c: Candidate, offsets: Int32Array, horizon: number): Int32Array {
  const on = new Uint8Array(c.steps).fill(1);
  c.breaks.forEach((b, k) => {
    for (let i = 0; i < b.length; i++) on[(offsets[k] as number) + i] = 0;
  });
  const rows: number[] = [];
  for (let k = 0; k < c.steps; k++) {
    const t = c.first + k;
    if (on[k] === 1 && t >= 0 && t < horizon) rows.push(t);
  }
  return Int32Array.from(rows);
}
