import { addAt } from '../math/addAt.js';
import type { CentreFigures, CentreGroupFigures, CentreQueueFigures } from './CentreResult.js';

// Per-queue sums, FIELDS of them per queue.
const OFFERED = 0;
const ANSWERED = 1;
const ABANDONED = 2;
const WAITED = 3;
const SUM_ANSWERED_WAIT = 4;
const SUM_LEFT_WAIT = 5;
const ON_TIME = 6;
const FIELDS = 7;

/**
 * The measured figures of a centre run, accumulated call by call: per queue the counts and sums
 * of waits of the callers who arrived after the warm-up, per group the calls answered and the
 * busy time inside the measured window. Internal to `simulateCentre`.
 */
export class CentreTally {
  private readonly sums: Float64Array;
  private readonly answeredBy: Float64Array;
  private readonly busy: Float64Array;

  /**
   * @param queues - number of queues
   * @param groups - number of agent groups
   * @param answerTime - answer time of the service level (s; −1: none)
   * @param start - start of the measured window (s)
   * @param end - end of the measured window (s)
   */
  constructor(
    private readonly queues: number,
    groups: number,
    private readonly answerTime: number,
    private readonly start: number,
    private readonly end: number,
  ) {
    this.sums = new Float64Array(queues * FIELDS);
    this.answeredBy = new Float64Array(groups * queues);
    this.busy = new Float64Array(groups);
  }

  /** A measured caller arrived to queue `q`; `queued`: it found no free agent. */
  offer(q: number, queued: boolean): void {
    addAt(this.sums, q * FIELDS + OFFERED, 1);
    if (queued) addAt(this.sums, q * FIELDS + WAITED, 1);
  }

  /** A measured caller of queue `q` was answered by group `group` after `wait` seconds. */
  answer(q: number, group: number, wait: number): void {
    const at = q * FIELDS;
    addAt(this.sums, at + ANSWERED, 1);
    addAt(this.sums, at + SUM_ANSWERED_WAIT, wait);
    addAt(this.sums, at + SUM_LEFT_WAIT, wait);
    if (wait <= this.answerTime) addAt(this.sums, at + ON_TIME, 1);
    addAt(this.answeredBy, group * this.queues + q, 1);
  }

  /** A measured caller of queue `q` hung up after `wait` seconds. */
  abandon(q: number, wait: number): void {
    addAt(this.sums, q * FIELDS + ABANDONED, 1);
    addAt(this.sums, q * FIELDS + SUM_LEFT_WAIT, wait);
  }

  /** An agent of group `group` works from `from` to `to` (s): the part inside the window is busy time. */
  work(group: number, from: number, to: number): void {
    const overlap = Math.min(to, this.end) - Math.max(from, this.start);
    if (overlap > 0) addAt(this.busy, group, overlap);
  }

  /** The figures, given the names, each group's agents and each queue's measured callers still waiting. */
  summarize(
    queueNames: readonly string[],
    groupNames: readonly string[],
    counts: readonly number[],
    waiting: readonly number[],
  ): { queues: CentreQueueFigures[]; overall: CentreFigures; groups: CentreGroupFigures[] } {
    const total = new Float64Array(FIELDS);
    const queues = queueNames.map((name, q) => {
      const row = this.sums.subarray(q * FIELDS, (q + 1) * FIELDS);
      for (let field = 0; field < FIELDS; field++) addAt(total, field, row[field] as number);
      return { name, ...this.figures(row, waiting[q] as number) };
    });
    const span = this.end - this.start;
    const groups = groupNames.map((name, g) => {
      const agents = counts[g] as number;
      const answered: Record<string, number> = {};
      queueNames.forEach((queueName, q) => {
        const count = this.answeredBy[g * this.queues + q] as number;
        if (count > 0) answered[queueName] = count;
      });
      // busy time is at most agents × span; above it only by rounding the overlaps of many calls (a
      // duration lost in rounding after a long warm-up leaves an empty window: 0)
      const occupancy = agents > 0 && span > 0 ? Math.min(1, (this.busy[g] as number) / (agents * span)) : 0;
      return { name, agents, answered, occupancy };
    });
    const overall = this.figures(
      total,
      waiting.reduce((sum, count) => sum + count, 0),
    );
    return { queues, overall, groups };
  }

  /** One row of sums as figures. */
  private figures(row: Float64Array, waiting: number): CentreFigures {
    const offered = row[OFFERED] as number;
    const answered = row[ANSWERED] as number;
    const abandoned = row[ABANDONED] as number;
    const share = (count: number, among: number): number => (among > 0 ? count / among : 0);
    return {
      offered,
      answered,
      abandoned,
      waiting,
      probWait: share(row[WAITED] as number, offered),
      probAbandon: share(abandoned, offered),
      asa: share(row[SUM_ANSWERED_WAIT] as number, answered),
      meanWait: share(row[SUM_LEFT_WAIT] as number, answered + abandoned),
      ...(this.answerTime >= 0 ? { answerTime: this.answerTime, serviceLevel: share(row[ON_TIME] as number, offered) } : {}),
    };
  }
}
