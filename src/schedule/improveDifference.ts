import { ShiftRoster } from './ShiftRoster.js';
import type { ShiftGrid } from './shiftGrid.js';
import type { LpSolution } from './solveScheduleLp.js';

/** Change in Σ |coverage − required| if one person on these rows is added (+1) or removed (−1). */
function delta(roster: ShiftRoster, rows: Int32Array, sign: number): number {
  const required = roster.grid.required;
  let d = 0;
  for (const t of rows) {
    const c = roster.coverageAt(t);
    const r = required[t] ?? 0;
    d += Math.abs(c + sign - r) - Math.abs(c - r);
  }
  return d;
}

/**
 * Integer schedule for the least-difference objective: the LP values rounded to nearest, then
 * local search (add the shift that lowers Σ |scheduled − required| most, or remove one that
 * lowers it) until no single move helps. Every move lowers the objective, and the number of
 * moves is capped.
 * @internal
 */
export function improveDifference(grid: ShiftGrid, lp: LpSolution, maxOnFloor: number): ShiftRoster {
  const roster = new ShiftRoster(grid, maxOnFloor);
  lp.columns.forEach((column, j) => {
    let n = Math.round(lp.values[j] ?? 0);
    while (n > 0 && roster.canAdd(column)) {
      roster.add(column);
      n--;
    }
  });
  const required = grid.required;
  const weights = new Float64Array(required.length);
  let total = 0;
  for (let t = 0; t < required.length; t++) total += Math.abs(roster.gap(t));
  const cap = Math.ceil(total) * 4 + 4 * required.length + 16;
  for (let move = 0; move < cap; move++) {
    let bestRemoval = -1;
    let removalGain = 1e-9;
    roster.columns.forEach((column, j) => {
      if (roster.peopleOn(j) === 0) return;
      const gain = -delta(roster, column.rows, -1);
      if (
        gain > removalGain ||
        (gain >= removalGain - 1e-12 && gain > 1e-9 && bestRemoval >= 0 && roster.cost(j) > roster.cost(bestRemoval))
      ) {
        removalGain = gain;
        bestRemoval = j;
      }
    });
    // Adding a person helps by +1 where short (−1 elsewhere), so price with those weights.
    for (let t = 0; t < required.length; t++) {
      const gap = roster.gap(t);
      weights[t] = gap >= 1 ? 1 : gap <= 0 ? -1 : 2 * gap - 1;
    }
    const addition = roster.bestAddition(weights, false);
    const additionGain = addition === undefined ? 0 : -delta(roster, addition.column.rows, 1);
    if (additionGain > removalGain && additionGain > 1e-9 && addition !== undefined) roster.add(addition.column);
    else if (bestRemoval >= 0) roster.change(bestRemoval, -1);
    else break;
  }
  return roster;
}
