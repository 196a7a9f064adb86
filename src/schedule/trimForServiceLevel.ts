import { IntervalServiceLevels } from './IntervalServiceLevels.js';
import type { ShiftRoster } from './ShiftRoster.js';

/**
 * Service-level objective: starting from a schedule that covers every interval, removes the
 * person whose shift saves the most cost per call lost from the target while the calls-weighted
 * service level over the whole plan stays at or above `target`; stops when no removal keeps it
 * (so the result is locally minimal). At most one removal per scheduled person.
 * @internal
 */
export function trimForServiceLevel(roster: ShiftRoster, levels: IntervalServiceLevels, totalCalls: number, target: number): void {
  let answered = levels.answered(roster.coverage);
  const people = roster.people.reduce((s, n) => s + n, 0);
  for (let removal = 0; removal < people; removal++) {
    let best = -1;
    let bestScore = -Infinity;
    let bestLoss = 0;
    roster.columns.forEach((column, j) => {
      if ((roster.people[j] as number) === 0) return;
      let loss = 0;
      for (const t of column.rows) loss += levels.lossOfOne(t, roster.coverage[t] as number);
      if (answered - loss < target * totalCalls - 1e-9) return;
      const score = roster.cost(j) / (loss + 1e-9);
      if (score > bestScore) {
        bestScore = score;
        best = j;
        bestLoss = loss;
      }
    });
    if (best < 0) return;
    roster.change(best, -1);
    answered -= bestLoss;
  }
}
