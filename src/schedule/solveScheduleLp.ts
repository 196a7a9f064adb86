import { addAt } from '../math/addAt.js';
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
  /** A valid lower bound on the LP optimum (its value when proven optimal, else a Farley bound). */
  lowerBound: number;
  objective: number;
  converged: boolean;
  /** Duals per interval (joined over the blocks). */
  duals: Float64Array;
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
      addAt(links, a, 1);
      addAt(links, b - 1, -1);
    }
  }
  const runs: [number, number][] = [];
  let open = 0;
  let from = 0;
  for (const [t, link] of links.subarray(0, horizon).entries()) {
    open += link;
    if (open === 0) {
      runs.push([from, t + 1]);
      from = t + 1;
    }
  }
  if (from < horizon) runs.push([from, horizon]);
  return runs;
}

/**
 * Cuts runs longer than a day and a half at the quietest interval of each day (least
 * requirement), so each LP stays small: a dense basis costs O(m²) per pivot. Returns
 * [from, to, run start, run end]. Each block is solved with a margin of one shift length on
 * either side (shifts starting in the block are kept, duals taken inside it); the bound is
 * then the Lagrangian one at the joined duals over every shift, which is valid for any duals.
 */
function splitLong(runs: [number, number][], grid: ShiftGrid): [number, number, number, number][] {
  const perDay = Math.round(86_400 / grid.length);
  const out: [number, number, number, number][] = [];
  for (const [lo, hi] of runs) {
    let from = lo;
    while (hi - from > perDay * 1.5) {
      let cut = from + perDay;
      for (let t = from + Math.floor(perDay / 2); t < Math.min(hi, from + Math.floor(perDay * 1.5)); t++) {
        if ((grid.required[t] as number) < (grid.required[cut] as number)) cut = t;
      }
      out.push([from, cut, lo, hi]);
      from = cut;
    }
    out.push([from, hi, lo, hi]);
  }
  return out;
}

/**
 * A valid lower bound on the cover LP from any duals y (Farley 1990): with y clipped to
 * [0, under], every shift (best break placement) covers at most ρ·cost of y, so y/ρ is dual
 * feasible and r·y/ρ bounds the LP. Zero when shifts cost nothing (the difference objective).
 * Also writes a subgradient direction r − Σ_{reduced cost < 0} U·a into `gradient`.
 */
function farleyBound(grid: ShiftGrid, weights: Float64Array, under: number, shiftCostScale: number, gradient?: Float64Array): number {
  const y = weights.map((v) => Math.min(under, Math.max(0, v)));
  let ratio = 1;
  if (gradient !== undefined) gradient.set(grid.required);
  for (const c of grid.candidates) {
    const { covered, offsets } = placeBreaks(c, y);
    const cost = c.cost * shiftCostScale;
    if (cost <= 0) return 0;
    ratio = Math.max(ratio, covered / cost);
    if (gradient !== undefined && covered > cost) {
      const upper = usefulUpper(c, grid.required);
      for (const t of coveredRows(c, offsets, y.length)) addAt(gradient, t, -upper);
    }
  }
  let bound = 0;
  y.forEach((dual, t) => {
    bound += (grid.required[t] ?? 0) * dual;
  });
  return bound / ratio;
}

/**
 * Raises the bound by projected subgradient steps on the duals from y (Held, Wolfe & Crowder
 * 1974, Polyak steps towards `target`, the cost of a known schedule), each point scored by its
 * Farley bound; at most `iterations` pricing passes. Returns the best bound seen (each is valid).
 * @internal
 */
export function raiseBound(
  grid: ShiftGrid,
  start: Float64Array,
  under: number,
  over: number,
  shiftCostScale: number,
  target: number,
  iterations: number,
): number {
  const y = Float64Array.from(start);
  const gradient = new Float64Array(y.length);
  let best = -Infinity;
  let scale = 1;
  let stalled = 0;
  for (let k = 0; k < iterations; k++) {
    const value = farleyBound(grid, y, under, shiftCostScale, gradient);
    if (value > best + 1e-9) {
      best = value;
      stalled = 0;
    } else if (++stalled >= 5) {
      scale /= 2;
      stalled = 0;
    }
    let norm = 0;
    for (const g of gradient) norm += g * g;
    if (norm === 0 || target - value <= 1e-9) break;
    const step = (scale * (target - value)) / norm;
    for (let t = 0; t < y.length; t++) y[t] = Math.min(under, Math.max(-over, (y[t] as number) + step * (gradient[t] as number)));
  }
  return best;
}

/** Most people of one candidate any optimal solution needs: its limit, or the most it can be useful for. */
function usefulUpper(c: Candidate, required: Float64Array): number {
  let most = 0;
  for (const need of required.subarray(Math.max(0, c.first), Math.max(0, Math.min(required.length, c.first + c.steps))))
    most = Math.max(most, need);
  return Math.min(c.maxPerStart, Math.ceil(most));
}

/**
 * Solves the LP relaxation of shift scheduling by column generation (Gilmore & Gomory 1961 style
 * pricing over Dantzig's 1954 set-covering formulation; breaks placed in pricing by dynamic
 * programming within their windows, after Aykin 1996): each run of linked intervals is solved
 * apart, runs longer than a day and a half in blocks of about a day (see splitLong). `shiftCostScale` multiplies shift costs (0 for the least-difference objective).
 * @internal
 */
export function solveScheduleLp(grid: ShiftGrid, underCost: number, overCost: number, shiftCostScale: number): LpSolution {
  const horizon = grid.required.length;
  const weights = new Float64Array(horizon);
  const runs = components(grid);
  const byRun = splitLong(runs, grid);
  const split = byRun.length > runs.length;
  const joined = new Float64Array(horizon);
  const margin = split ? grid.candidates.reduce((m, c) => Math.max(m, c.steps), 0) : 0;
  const extent = byRun.map(([lo, hi, runLo, runHi]): [number, number] => [Math.max(runLo, lo - margin), Math.min(runHi, hi + margin)]);
  const members: number[][] = byRun.map(() => []);
  grid.candidates.forEach((c, i) => {
    const at = Math.max(0, c.first);
    extent.forEach(([from, to], r) => {
      if (at >= from && at < to) members[r]?.push(i);
    });
  });
  const columns: ShiftColumn[] = [];
  const values: number[] = [];
  let lowerBound = 0;
  let objective = 0;
  let converged = true;
  byRun.forEach(([own, ownEnd], r) => {
    const [lo, hi] = extent[r] as [number, number];
    const m = hi - lo;
    const rhs = grid.required.slice(lo, hi);
    const master = new RestrictedMaster(rhs, underCost, overCost);
    const local: ShiftColumn[] = [];
    const seen = new Set<string>();
    const list = members[r] ?? [];
    let optimal = false;
    for (let round = 0; round < MAX_ROUNDS; round++) {
      const solved = master.solve(50 * m + 500);
      weights.fill(0);
      master.duals.forEach((dual, t) => {
        weights[lo + t] = Math.min(underCost, Math.max(-overCost, dual));
      });
      const priced: { rc: number; column: ShiftColumn; key: string; cost: number }[] = [];
      for (const i of list) {
        const c = grid.candidates[i] as Candidate;
        const { covered, offsets } = placeBreaks(c, weights);
        const cost = c.cost * shiftCostScale;
        const rc = cost - covered;
        if (rc < -1e-9) {
          const key = `${i}:${offsets.join(',')}`;
          if (seen.has(key)) continue;
          const rows = coveredRows(c, offsets, horizon)
            .filter((t) => t >= lo && t < hi)
            .map((t) => t - lo);
          priced.push({ rc, column: { candidate: i, offsets, rows }, key, cost });
        }
      }
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
    joined.set(weights.subarray(own, ownEnd), own);
    const z = master.objective();
    objective += z;
    lowerBound += optimal ? z - 1e-9 * Math.max(1, z) : -Infinity; // not optimal: the Farley bound below
    const x = master.columnValues();
    local.forEach((column, j) => {
      const c = grid.candidates[column.candidate] as Candidate;
      const at = Math.max(0, c.first);
      const value = x[j] ?? 0;
      if (value <= 1e-9 || at < own || at >= ownEnd) return;
      const rows = coveredRows(c, column.offsets, horizon);
      columns.push({ candidate: column.candidate, offsets: column.offsets, rows });
      values.push(value);
    });
  });
  if (split || !converged) lowerBound = farleyBound(grid, joined, underCost, shiftCostScale);
  return { columns, values, lowerBound, objective, converged: converged && !split, duals: joined };
}
