import { analyze } from '../models/analyze.js';

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
      v =
        analyze({ arrivalRate: q.arrivalRate, handleTime: q.handleTime, agents, patience: q.patience }, { answerTime: this.answerTime })
          .serviceLevel ?? 0;
      memo.set(people, v);
    }
    return v;
  }

  /** Calls forecast in interval t. */
  callsAt(t: number): number {
    return (this.queues[t] as IntervalQueue).calls;
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
