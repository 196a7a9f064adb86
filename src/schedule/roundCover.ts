import { ShiftRoster } from './ShiftRoster.js';
import { coveredRows, placeBreaks, type ShiftGrid } from './shiftGrid.js';
import type { LpSolution, ShiftColumn } from './solveScheduleLp.js';

/** Adds the best-ratio shifts (greedy set cover, Chvátal 1979) until no interval is short. */
function fillDeficits(roster: ShiftRoster): void {
  const required = roster.grid.required;
  const weights = new Float64Array(required.length);
  let short = 0;
  for (let t = 0; t < required.length; t++) short += Math.max(0, Math.ceil(roster.gap(t) - 1e-9));
  for (let step = 0; step <= short; step++) {
    let any = false;
    for (let t = 0; t < required.length; t++) {
      const gap = roster.gap(t);
      weights[t] = gap > 1e-9 ? 1 : 0;
      any ||= gap > 1e-9;
    }
    if (!any) return;
    const best = roster.bestAddition(weights, true);
    if (best === undefined) return; // the limits leave these intervals short
    roster.add(best.column);
  }
}

/** Removes people whose shift is not needed to cover any interval, costliest first. */
export function dropRedundant(roster: ShiftRoster, keeps: (j: number) => boolean): void {
  const order = roster.columns.map((_, j) => j).sort((a, b) => roster.cost(b) - roster.cost(a));
  for (const j of order) {
    while (roster.peopleOn(j) > 0) {
      roster.change(j, -1);
      if (keeps(j)) continue;
      roster.change(j, 1);
      break;
    }
  }
}

/** True when column j's removal (already applied) leaves its intervals covered. @internal */
export function stillCovered(roster: ShiftRoster, j: number): boolean {
  for (const t of roster.columns[j]?.rows ?? []) if (roster.isShort(t)) return false;
  return true;
}

/**
 * Local search: take one person off a shift and put them on the cheapest shift (breaks placed
 * anew) that covers what the removal left short, when that is cheaper; then drop what became
 * redundant. A bounded number of passes; the cost never rises.
 */
function swapCheaper(roster: ShiftRoster, passes: number): void {
  const required = roster.grid.required;
  const horizon = required.length;
  const short = new Float64Array(horizon);
  for (let pass = 0; pass < passes; pass++) {
    let improved = false;
    const order = roster.columns.map((_, j) => j).sort((a, b) => roster.cost(b) - roster.cost(a));
    for (const j of order) {
      if (roster.peopleOn(j) === 0) continue;
      roster.change(j, -1);
      let lo = horizon;
      let hi = -1;
      let count = 0;
      short.fill(0);
      for (const t of (roster.columns[j] as ShiftColumn).rows) {
        if (roster.isShort(t)) {
          short[t] = 1;
          lo = Math.min(lo, t);
          hi = Math.max(hi, t);
          count++;
        }
      }
      let best: ShiftColumn | undefined;
      let bestCost = roster.cost(j) - 1e-9;
      roster.grid.candidates.forEach((c, i) => {
        if (c.cost >= bestCost || c.first > lo || c.first + c.steps <= hi) return;
        const { covered, offsets } = placeBreaks(c, short);
        if (covered < count - 1e-9) return;
        const column = { candidate: i, offsets, rows: coveredRows(c, offsets, horizon) };
        if (!roster.canAdd(column)) return;
        best = column;
        bestCost = c.cost;
      });
      if (best === undefined) {
        roster.change(j, 1);
        continue;
      }
      roster.add(best);
      improved = true;
    }
    dropRedundant(roster, (k) => stillCovered(roster, k));
    if (!improved) return;
  }
}

/** One rounding of the LP: `round` maps each LP value to people, then fill and drop. */
function rounding(grid: ShiftGrid, lp: LpSolution, maxOnFloor: number, round: (x: number) => number): ShiftRoster {
  const roster = new ShiftRoster(grid, maxOnFloor);
  lp.columns.forEach((column, j) => {
    let n = round(lp.values[j] ?? 0);
    while (n > 0 && roster.canAdd(column)) {
      roster.add(column);
      n--;
    }
  });
  fillDeficits(roster);
  dropRedundant(roster, (j) => stillCovered(roster, j));
  swapCheaper(roster, 4);
  return roster;
}

/**
 * Integer schedule for the cover objective from the LP relaxation: round down and fill the
 * shortfall greedily, or round up; then drop every shift no interval needs (so the schedule is
 * locally minimal); the cheaper of the two.
 * @internal
 */
export function roundCover(grid: ShiftGrid, lp: LpSolution, maxOnFloor: number): ShiftRoster {
  const down = rounding(grid, lp, maxOnFloor, (x) => Math.floor(x + 1e-6));
  const up = rounding(grid, lp, maxOnFloor, (x) => Math.ceil(x - 1e-6));
  return up.totalCost() < down.totalCost() ? up : down;
}
