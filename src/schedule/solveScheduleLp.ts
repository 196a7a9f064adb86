import { RestrictedMaster } from './RestrictedMaster.js';
import { type Candidate, coveredRows, placeBreaks, type ShiftGrid } from './shiftGrid.js';

/** A shift with its breaks placed: a column of the LP and a unit of the schedule. @internal */
export interface ShiftColumn {
  candidate: number;
  offsets: Int32Array;
  rows: Int32Array;
}

/** The LP relaxation's answer. @internal */
export interface LpSolution {
  columns: ShiftColumn[];
  values: number[];
  /** A valid lower bound on the LP optimum (Lagrangian bound at the final duals). */
  lowerBound: number;
  objective: number;
  converged: boolean;
}

const MAX_ROUNDS = 400;

/** Runs of intervals that some shift links (shifts never span two runs): solved apart. */
function components(grid: ShiftGrid): [number, number][] {
  const horizon = grid.required.length;
  const links = new Int32Array(horizon + 1);
  for (const c of grid.candidates) {
    const a = Math.max(0, c.first);
    const b = Math.min(horizon, c.first + c.steps);
    if (b - a >= 2) {
      links[a] = (links[a] as number) + 1;
      links[b - 1] = (links[b - 1] as number) - 1;
    }
  }
  const runs: [number, number][] = [];
  let open = 0;
  let from = 0;
  for (let t = 0; t < horizon; t++) {
    open += links[t] as number;
    if (open === 0) {
      runs.push([from, t + 1]);
      from = t + 1;
    }
  }
  if (from < horizon) runs.push([from, horizon]);
  return runs;
}

/** Most people of one candidate any optimal solution needs: its limit, or the most it can be useful for. */
function usefulUpper(c: Candidate, required: Float64Array): number {
  let most = 0;
  for (let k = Math.max(0, c.first); k < Math.min(required.length, c.first + c.steps); k++) most = Math.max(most, required[k] as number);
  return Math.min(c.maxPerStart, Math.ceil(most));
}

/**
 * Solves the LP relaxation of shift scheduling by column generation (Gilmore & Gomory 1961 style
 * pricing over Dantzig's 1954 set-covering formulation; breaks placed in pricing by dynamic
 * programming within their windows, after Aykin 1996): each run of linked intervals is solved
 * apart. `shiftCostScale` multiplies shift costs (0 for the least-difference objective).
 * @internal
 */
export function solveScheduleLp(grid: ShiftGrid, underCost: number, overCost: number, shiftCostScale: number): LpSolution {
  const horizon = grid.required.length;
  const weights = new Float64Array(horizon);
  const byRun = components(grid);
  const runOf = new Int32Array(horizon);
  byRun.forEach(([a, b], r) => runOf.fill(r, a, b));
  const members: number[][] = byRun.map(() => []);
  grid.candidates.forEach((c, i) => {
    (members[runOf[Math.max(0, c.first)] as number] as number[]).push(i);
  });
  const columns: ShiftColumn[] = [];
  const values: number[] = [];
  let lowerBound = 0;
  let objective = 0;
  let converged = true;
  byRun.forEach(([lo, hi], r) => {
    const m = hi - lo;
    const rhs = grid.required.slice(lo, hi);
    const master = new RestrictedMaster(rhs, underCost, overCost);
    const local: ShiftColumn[] = [];
    const seen = new Set<string>();
    const list = members[r] as number[];
    let optimal = false;
    let bound = -Infinity;
    for (let round = 0; round < MAX_ROUNDS; round++) {
      const solved = master.solve(50 * m + 500);
      weights.fill(0);
      for (let t = 0; t < m; t++) weights[lo + t] = Math.min(underCost, Math.max(-overCost, master.duals[t] as number));
      const priced: { rc: number; column: ShiftColumn; key: string; cost: number }[] = [];
      let lagrangian = 0;
      for (let t = 0; t < m; t++) lagrangian += (rhs[t] as number) * (weights[lo + t] as number);
      for (const i of list) {
        const c = grid.candidates[i] as Candidate;
        const { covered, offsets } = placeBreaks(c, weights);
        const cost = c.cost * shiftCostScale;
        const rc = cost - covered;
        if (rc < 0) lagrangian += rc * usefulUpper(c, grid.required);
        if (rc < -1e-9) {
          const key = `${i}:${offsets.join(',')}`;
          if (seen.has(key)) continue;
          const rows = coveredRows(c, offsets, horizon);
          for (let k = 0; k < rows.length; k++) rows[k] = (rows[k] as number) - lo;
          priced.push({ rc, column: { candidate: i, offsets, rows }, key, cost });
        }
      }
      bound = Math.max(bound, lagrangian);
      if (priced.length === 0 && solved) {
        optimal = true;
        break;
      }
      if (priced.length === 0) break;
      priced.sort((a, b) => a.rc - b.rc);
      for (const p of priced.slice(0, Math.max(10, 3 * m))) {
        seen.add(p.key);
        local.push(p.column);
        master.addColumn(p.column.rows, p.cost, (grid.candidates[p.column.candidate] as Candidate).maxPerStart);
      }
    }
    converged &&= optimal;
    const z = master.objective();
    objective += z;
    lowerBound += optimal ? Math.max(bound, z - 1e-9 * Math.max(1, z)) : bound;
    const x = master.columnValues();
    local.forEach((col, j) => {
      if ((x[j] as number) <= 1e-9) return;
      const rows = col.rows.map((t) => t + lo);
      columns.push({ candidate: col.candidate, offsets: col.offsets, rows });
      values.push(x[j] as number);
    });
  });
  return { columns, values, lowerBound, objective, converged };
}
