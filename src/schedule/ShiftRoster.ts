import { addAt } from '../math/addAt.js';
import { type Candidate, coveredRows, placeBreaks, type ShiftGrid } from './shiftGrid.js';
import type { ShiftColumn } from './solveScheduleLp.js';

/**
 * An integer schedule under construction: people per shift column, coverage per interval and
 * the limits (per start, per template and day, on the floor) checked on every addition.
 * @internal
 */
export class ShiftRoster {
  readonly grid: ShiftGrid;
  readonly columns: ShiftColumn[] = [];
  readonly people: number[] = [];
  readonly coverage: Float64Array;
  private readonly keys = new Map<string, number>();
  private readonly perStart: Map<number, number> = new Map();
  private readonly perDay: Map<string, number> = new Map();
  private readonly maxOnFloor: number;

  constructor(grid: ShiftGrid, maxOnFloor: number) {
    this.grid = grid;
    this.coverage = new Float64Array(grid.required.length);
    this.maxOnFloor = maxOnFloor;
  }

  private candidateOf(column: ShiftColumn): Candidate {
    return this.grid.candidates[column.candidate] as Candidate;
  }

  /** True when one more person on this column keeps every limit. */
  canAdd(column: ShiftColumn): boolean {
    const c = this.candidateOf(column);
    if ((this.perStart.get(column.candidate) ?? 0) >= c.maxPerStart) return false;
    if ((this.perDay.get(`${c.template}:${c.day}`) ?? 0) >= (this.grid.maxPerDay[c.template] ?? Infinity)) return false;
    if (this.maxOnFloor !== Infinity) {
      for (const t of column.rows) if (this.coverageAt(t) + 1 > this.maxOnFloor) return false;
    }
    return true;
  }

  /** People on column j (0 for an index past the last column). */
  peopleOn(j: number): number {
    return this.people[j] ?? 0;
  }

  /** People on the floor in interval t (0 past the horizon). */
  coverageAt(t: number): number {
    return this.coverage[t] ?? 0;
  }

  /** What interval t lacks: required − people on the floor (negative: over). */
  gap(t: number): number {
    return (this.grid.required[t] ?? 0) - this.coverageAt(t);
  }

  /** Whether interval t has fewer people than it requires (by more than 1e-9). */
  isShort(t: number): boolean {
    return this.coverageAt(t) < (this.grid.required[t] ?? 0) - 1e-9;
  }

  /** Adds `count` people to a column (limits are the caller's business). Returns its index. */
  add(column: ShiftColumn, count = 1): number {
    const key = `${column.candidate}:${column.offsets.join(',')}`;
    let j = this.keys.get(key);
    if (j === undefined) {
      j = this.columns.length;
      this.keys.set(key, j);
      this.columns.push(column);
      this.people.push(0);
    }
    this.change(j, count);
    return j;
  }

  /** Adds `delta` people (may be negative) to column j. */
  change(j: number, delta: number): void {
    const column = this.columns[j] as ShiftColumn;
    const c = this.candidateOf(column);
    addAt(this.people, j, delta);
    this.perStart.set(column.candidate, (this.perStart.get(column.candidate) ?? 0) + delta);
    const day = `${c.template}:${c.day}`;
    this.perDay.set(day, (this.perDay.get(day) ?? 0) + delta);
    for (const t of column.rows) addAt(this.coverage, t, delta);
  }

  /** Cost of one person on column j. */
  cost(j: number): number {
    return this.candidateOf(this.columns[j] as ShiftColumn).cost;
  }

  /** The column (breaks placed) covering the most weight per unit cost that may still be added. */
  bestAddition(weights: Float64Array, perCost: boolean): { column: ShiftColumn; value: number } | undefined {
    let best: { column: ShiftColumn; value: number } | undefined;
    const horizon = weights.length;
    const positive = new Float64Array(horizon + 1); // prefix sums of max(0, w): a bound that skips most shifts
    for (let t = 0; t < horizon; t++) positive[t + 1] = (positive[t] as number) + Math.max(0, weights[t] as number);
    this.grid.candidates.forEach((c, i) => {
      const most = (positive[Math.min(horizon, Math.max(0, c.first + c.steps))] as number) - (positive[Math.max(0, c.first)] as number);
      if (!(most > 1e-12) || (best !== undefined && (perCost ? most / c.cost : most) <= best.value)) return;
      const { covered, offsets } = placeBreaks(c, weights);
      const value = perCost ? covered / c.cost : covered;
      if (!(value > 1e-12) || (best !== undefined && value <= best.value)) return;
      const column = { candidate: i, offsets, rows: coveredRows(c, offsets, weights.length) };
      if (this.canAdd(column)) best = { column, value };
    });
    return best;
  }

  /** Total cost of the schedule. */
  totalCost(): number {
    return this.people.reduce((s, n, j) => s + n * this.cost(j), 0);
  }
}
