import { addAt } from '../math/addAt.js';
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
  period.forEach((p, t) => {
    addAt(answered, p, levels.callsAt(t) * levels.at(t, roster.coverageAt(t)));
    floor[p] = (floor[p] ?? 0) + target * levels.callsAt(t) - 1e-9;
  });
  const loss = new Float64Array(periods);
  const people = roster.people.reduce((s, n) => s + n, 0);
  for (let removal = 0; removal < people; removal++) {
    let best = -1;
    let bestScore = -Infinity;
    roster.columns.forEach((column, j) => {
      if (roster.peopleOn(j) === 0) return;
      loss.fill(0);
      let total = 0;
      for (const t of column.rows) {
        const l = levels.lossOfOne(t, roster.coverageAt(t));
        addAt(loss, period[t] ?? 0, l);
        total += l;
      }
      // a period that loses calls must stay at its floor
      if (loss.some((lost, p) => lost > 0 && (answered[p] ?? 0) - lost < (floor[p] ?? 0))) return;
      const score = roster.cost(j) / (total + 1e-9);
      if (score > bestScore) {
        bestScore = score;
        best = j;
      }
    });
    if (best < 0) return;
    for (const t of roster.columns[best]?.rows ?? []) addAt(answered, period[t] ?? 0, -levels.lossOfOne(t, roster.coverageAt(t)));
    roster.change(best, -1);
  }
}
