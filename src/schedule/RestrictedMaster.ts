/**
 * The linear programme behind shift scheduling, solved by the bounded-variable revised simplex
 * method with an explicit basis inverse (Dantzig 1954; Dantzig & Orchard-Hays 1954 for the
 * product-form update): minimise Σ c_j x_j + under·Σ u_t + over·Σ s_t subject to
 * Σ_j a_tj x_j + u_t − s_t = r_t, 0 ≤ x_j ≤ U_j, u, s ≥ 0. Columns (shifts) are added by column
 * generation; the starting basis is the under-cover variables, so no phase one is needed.
 * @internal
 */
export class RestrictedMaster {
  readonly rows: number;
  private readonly rhs: Float64Array;
  private readonly underCost: number;
  private readonly overCost: number;
  /** Row indexes and cost, upper bound of each added column. */
  readonly columns: { rows: Int32Array; cost: number; upper: number }[] = [];
  private readonly inverse: Float64Array;
  private readonly basis: Int32Array;
  private readonly values: Float64Array;
  private atUpper: Uint8Array = new Uint8Array(16);
  /** Duals of the rows after the last solve. */
  readonly duals: Float64Array;

  constructor(rhs: Float64Array, underCost: number, overCost: number) {
    const m = rhs.length;
    this.rows = m;
    this.rhs = rhs;
    this.underCost = underCost;
    this.overCost = overCost;
    this.inverse = new Float64Array(m * m);
    this.basis = new Int32Array(m);
    this.values = new Float64Array(m);
    this.duals = new Float64Array(m);
    for (let i = 0; i < m; i++) {
      this.inverse[i * m + i] = 1;
      this.basis[i] = i;
      this.values[i] = rhs[i] as number;
    }
  }

  /** Adds a column (a shift covering `rows`) at its lower bound 0. */
  addColumn(rows: Int32Array, cost: number, upper: number): void {
    if (this.columns.length === this.atUpper.length) {
      const grown = new Uint8Array(this.atUpper.length * 2);
      grown.set(this.atUpper);
      this.atUpper = grown;
    }
    this.columns.push({ rows, cost, upper });
  }

  private costOf(variable: number): number {
    const m = this.rows;
    if (variable < m) return this.underCost;
    if (variable < 2 * m) return this.overCost;
    return (this.columns[variable - 2 * m] as { cost: number }).cost;
  }

  private upperOf(variable: number): number {
    return variable < 2 * this.rows ? Infinity : (this.columns[variable - 2 * this.rows] as { upper: number }).upper;
  }

  /** alpha = B⁻¹ a_variable. */
  private direction(variable: number, alpha: Float64Array): void {
    const m = this.rows;
    const inv = this.inverse;
    if (variable < 2 * m) {
      const t = variable < m ? variable : variable - m;
      const sign = variable < m ? 1 : -1;
      for (let i = 0; i < m; i++) alpha[i] = sign * (inv[i * m + t] as number);
      return;
    }
    const rows = (this.columns[variable - 2 * m] as { rows: Int32Array }).rows;
    alpha.fill(0);
    for (let i = 0; i < m; i++) {
      let s = 0;
      const base = i * m;
      for (let k = 0; k < rows.length; k++) s += inv[base + (rows[k] as number)] as number;
      alpha[i] = s;
    }
  }

  private computeDuals(): void {
    const m = this.rows;
    const y = this.duals;
    y.fill(0);
    for (let i = 0; i < m; i++) {
      const c = this.costOf(this.basis[i] as number);
      if (c === 0) continue;
      const base = i * m;
      for (let k = 0; k < m; k++) y[k] = (y[k] as number) + c * (this.inverse[base + k] as number);
    }
  }

  /** Recomputes the basic values from the right-hand side (removes drift). */
  private refreshValues(): void {
    const m = this.rows;
    const b = Float64Array.from(this.rhs);
    this.columns.forEach((column, j) => {
      if (this.atUpper[j] !== 1) return;
      for (const t of column.rows) b[t] = (b[t] as number) - column.upper;
    });
    for (let i = 0; i < m; i++) {
      let s = 0;
      const base = i * m;
      for (let k = 0; k < m; k++) s += (this.inverse[base + k] as number) * (b[k] as number);
      this.values[i] = s;
    }
  }

  /** Reduced cost of a column with these rows and cost at the current duals. */
  reducedCost(rows: Int32Array, cost: number): number {
    let s = cost;
    for (let k = 0; k < rows.length; k++) s -= this.duals[rows[k] as number] as number;
    return s;
  }

  /**
   * Optimises over the columns added so far; at most `maxPivots` pivots (a bound that keeps a
   * degenerate problem from cycling forever). Returns true when optimal.
   */
  solve(maxPivots: number): boolean {
    const m = this.rows;
    const tol = 1e-9;
    const alpha = new Float64Array(m);
    this.refreshValues();
    const inBasis = new Uint8Array(2 * m + this.columns.length);
    for (let i = 0; i < m; i++) inBasis[this.basis[i] as number] = 1;
    this.computeDuals();
    const y = this.duals;
    const columns = this.columns;
    for (let pivot = 0; pivot < maxPivots; pivot++) {
      let entering = -1;
      let best = tol;
      let increasing = true;
      for (let t = 0; t < m; t++) {
        if (inBasis[t] !== 1 && this.underCost - (y[t] as number) < -best) {
          best = (y[t] as number) - this.underCost;
          entering = t;
        }
        if (inBasis[m + t] !== 1 && this.overCost + (y[t] as number) < -best) {
          best = -(y[t] as number) - this.overCost;
          entering = m + t;
        }
      }
      for (let j = 0; j < columns.length; j++) {
        if (inBasis[2 * m + j] === 1) continue;
        const column = columns[j] as { rows: Int32Array; cost: number };
        const rows = column.rows;
        let d = column.cost;
        for (let k = 0; k < rows.length; k++) d -= y[rows[k] as number] as number;
        const up = this.atUpper[j] === 1;
        if (!up && d < -best) {
          best = -d;
          entering = 2 * m + j;
          increasing = true;
        } else if (up && d > best) {
          best = d;
          entering = 2 * m + j;
          increasing = false;
        }
      }
      if (entering < 0) return true;
      if (entering < 2 * m) increasing = true;
      const enteringCost = increasing ? -best : best; // its reduced cost
      this.direction(entering, alpha);
      const direction = increasing ? 1 : -1;
      let step = this.upperOf(entering);
      let leave = -1;
      let leaveToUpper = false;
      let pivotSize = 0;
      for (let i = 0; i < m; i++) {
        const a = direction * (alpha[i] as number);
        let limit = Infinity;
        let toUpper = false;
        if (a > tol) limit = Math.max(0, this.values[i] as number) / a;
        else if (a < -tol) {
          const up = this.upperOf(this.basis[i] as number);
          if (up === Infinity) continue;
          limit = Math.max(0, up - (this.values[i] as number)) / -a;
          toUpper = true;
        } else continue;
        if (limit < step - 1e-12 || (limit <= step + 1e-12 && leave >= 0 && Math.abs(a) > pivotSize)) {
          step = limit;
          leave = i;
          leaveToUpper = toUpper;
          pivotSize = Math.abs(a);
        }
      }
      if (step === Infinity) return false; // unbounded: cannot happen with non-negative costs
      for (let i = 0; i < m; i++) this.values[i] = (this.values[i] as number) - direction * step * (alpha[i] as number);
      const j = entering - 2 * m;
      if (leave < 0) {
        this.atUpper[j] = increasing ? 1 : 0; // bound flip, basis unchanged
        continue;
      }
      const leaving = this.basis[leave] as number;
      if (leaving >= 2 * m) this.atUpper[leaving - 2 * m] = leaveToUpper ? 1 : 0;
      inBasis[leaving] = 0;
      inBasis[entering] = 1;
      if (entering >= 2 * m) this.atUpper[j] = 0;
      this.basis[leave] = entering;
      this.values[leave] = increasing ? step : this.upperOf(entering) - step;
      const inv = this.inverse;
      const pivotRow = leave * m;
      const pivot = alpha[leave] as number;
      for (let k = 0; k < m; k++) inv[pivotRow + k] = (inv[pivotRow + k] as number) / pivot;
      for (let i = 0; i < m; i++) {
        const f = alpha[i] as number;
        if (i === leave || f === 0) continue;
        const base = i * m;
        for (let k = 0; k < m; k++) inv[base + k] = (inv[base + k] as number) - f * (inv[pivotRow + k] as number);
      }
      // y' = y + d_q · (new row `leave` of B⁻¹): the duals follow the pivot in O(m).
      for (let k = 0; k < m; k++) y[k] = (y[k] as number) + enteringCost * (inv[pivotRow + k] as number);
      if (pivot % 64 === 63) this.computeDuals(); // against drift
    }
    this.computeDuals();
    return false;
  }

  /** Value of each added column in the current solution. */
  columnValues(): Float64Array {
    const m = this.rows;
    const x = new Float64Array(this.columns.length);
    this.columns.forEach((column, j) => {
      if (this.atUpper[j] === 1) x[j] = column.upper;
    });
    for (let i = 0; i < m; i++) {
      const v = this.basis[i] as number;
      if (v >= 2 * m) x[v - 2 * m] = Math.max(0, this.values[i] as number);
    }
    return x;
  }

  /** Objective value of the current solution. */
  objective(): number {
    const m = this.rows;
    let z = 0;
    for (let i = 0; i < m; i++) z += this.costOf(this.basis[i] as number) * Math.max(0, this.values[i] as number);
    this.columns.forEach((column, j) => {
      if (this.atUpper[j] === 1) z += column.cost * column.upper;
    });
    return z;
  }
}
