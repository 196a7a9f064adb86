import type { IntervalServiceLevels } from './IntervalServiceLevels.js';
import type { ShiftRoster } from './ShiftRoster.js';

/**
 * Service-level objective: starting from a schedule that covers every interval, removes the
 * person whose shift saves the most cost per call lost from the target while the calls-weighted
 * service level of every period (each interval's `period`: its day, or one period for the whole
 * plan) stays at or above `target`; stops when no removal keeps it (so the result is locally
 * minimal). At most one removal per scheduled person.
 * @internal
 */
export function trimForServiceLevel(roster: ShiftRoster, levels: IntervalServiceLevels, period: Int32Array, target: number): void {
  const periods = period.reduce((m, p) => Math.max(m, p), 0) + 1;
  const answered = new Float64Array(periods);
  const floor = new Float64Array(periods);
  for (let t = 0; t < period.length; t++) {
    const p = period[t] as number;
    answered[p] = (answered[p] as number) + levels.callsAt(t) * levels.at(t, roster.coverage[t] as number);
    floor[p] = (floor[p] as number) + target * levels.callsAt(t) - 1e-9;
  }
  const loss = new Float64Array(periods);
  const people = roster.people.reduce((s, n) => s + n, 0);
  for (let removal = 0; removal < people; removal++) {
    let best = -1;
    let bestScore = -Infinity;
    roster.columns.forEach((column, j) => {
      if ((roster.people[j] as number) === 0) return;
      loss.fill(0);
      let total = 0;
      for (const t of column.rows) {
        const l = levels.lossOfOne(t, roster.coverage[t] as number);
        loss[period[t] as number] = (loss[period[t] as number] as number) + l;
        total += l;
      }
      for (let p = 0; p < periods; p++)
        if ((loss[p] as number) > 0 && (answered[p] as number) - (loss[p] as number) < (floor[p] as number)) return;
      const score = roster.cost(j) / (total + 1e-9);
      if (score > bestScore) {
        bestScore = score;
        best = j;
      }
    });
    if (best < 0) return;
    for (const t of (roster.columns[best] as { rows: Int32Array }).rows) {
      const p = period[t] as number;
      answered[p] = (answered[p] as number) - levels.lossOfOne(t, roster.coverage[t] as number);
    }
    roster.change(best, -1);
  }
}
