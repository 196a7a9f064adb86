/**
 * What {@link replay} told the callers still waiting: per call id (0 to `calls` − 1) a row of
 * `width` numbers, the rows reused as callers leave (a log of any length needs only as many rows
 * as callers wait at once), with the call's hour of arrival and callers ahead.
 */
export class ToldRows {
  /** Callers holding a row. */
  size = 0;
  private readonly width: number;
  /** The rows, `width` numbers each (replaced when it grows: read it after {@link ToldRows.open}). */
  rows: Float64Array;
  private readonly rowOf: Int32Array;
  private readonly free: number[] = [];
  private used = 0;
  /** Per call id, the hour of day it joined in. */
  readonly hour: Uint8Array;
  /** Per call id, the callers ahead when it joined. */
  readonly ahead: Float64Array;

  constructor(calls: number, width: number) {
    this.width = width;
    this.rows = new Float64Array(64 * width);
    this.rowOf = new Int32Array(calls).fill(-1);
    this.hour = new Uint8Array(calls);
    this.ahead = new Float64Array(calls);
  }

  /** A row for call `id` (which holds none), to fill: the offset of its first number in {@link ToldRows.rows}. */
  open(id: number): number {
    let row = this.free.pop();
    if (row === undefined) {
      row = this.used++;
      if (this.used * this.width > this.rows.length) {
        const grown = new Float64Array(2 * this.rows.length);
        grown.set(this.rows);
        this.rows = grown;
      }
    }
    this.rowOf[id] = row;
    this.size += 1;
    return row * this.width;
  }

  /** Call `id`'s row released (its offset in {@link ToldRows.rows}, −1 when it holds none): valid until the next {@link ToldRows.open}. */
  close(id: number): number {
    const row = this.rowOf[id] ?? -1; // an id it never saw holds none
    if (row < 0) return -1;
    this.rowOf[id] = -1;
    this.free.push(row);
    this.size -= 1;
    return row * this.width;
  }
}
