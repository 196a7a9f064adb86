import { analyze } from '../models/analyze.js';
import type { ShiftRoster } from './ShiftRoster.js';

/** The queue of one interval, for the service-level objective. @internal */
export interface IntervalQueue {
  calls: number;
  arrivalRate: number;
  handleTime: number;
  patience: number;
}

/**
 * Service level of each interval as a function of the people on the floor, memoised (people
 * only go down while trimming, so each interval evaluates each head count at most once).
 * @internal
 */
export class IntervalServiceLevels {
  private readonly memo: Map<number, number>[];
  constructor(
    private readonly queues: readonly IntervalQueue[],
    private readonly answerTime: number,
    private readonly onPhones: number,
  ) {
    this.memo = queues.map(() => new Map());
  }

  /** Service level of interval t with `people` on the floor (1 when no calls arrive). */
  at(t: number, people: number): number {
    const q = this.queues[t] as IntervalQueue;
    if (q.calls === 0) return 1;
    const memo = this.memo[t] as Map<number, number>;
    let v = memo.get(people);
    if (v === undefined) {
      const agents = Math.max(0, Math.floor(people * this.onPhones + 1e-9));
      v = analyze({ arrivalRate: q.arrivalRate, handleTime: q.handleTime, agents, patience: q.patience }, { answerTime: this.answerTime }).serviceLevel ?? 0;
      memo.set(people, v);
    }
    return v;
  }

  /** Calls answered in time that interval t loses when one of its `people` leaves. */
  lossOfOne(t: number, people: number): number {
    const q = this.queues[t] as IntervalQueue;
    return q.calls === 0 ? 0 : q.calls * (this.at(t, people) - this.at(t, people - 1));
  }

  /** Calls answered within the answer time, summed over intervals. */
  answered(coverage: Float64Array): number {
    let s = 0;
    for (let t = 0; t < coverage.length; t++) s += (this.queues[t] as IntervalQueue).calls * this.at(t, coverage[t] as number);
    return s;
  }
}

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
