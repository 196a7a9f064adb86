import type { SnapshotFields } from './SnapshotFields.js';

/** Most freed agents remembered; beyond it the longest-freed one is forgotten. */
export const MAX_FREED = 1024;
/** The largest answering pace a snapshot may carry. */
const LARGEST = 1e300;

/**
 * Freed agents as a snapshot writes them: the pace, the answer clock, the weights' sum and each
 * agent's stamp, oldest first; or, from snapshots of version 4, `ages` (answers since each was
 * freed, oldest first), the sum then recomputed.
 */
export interface SavedFreed {
  readonly pace: number;
  readonly clock?: number;
  readonly sum?: number;
  readonly stamps?: number[];
  readonly ages?: number[];
}

/** A freed agent whose weight falls below this (e^−20 ≈ 2·10⁻⁹) counts as not about to answer and is forgotten. */
const FORGOTTEN = 20;

/**
 * Agents who finished a call and have not answered one since, each weighted by how recently it was
 * freed on the scale of the queue's own answers: weight e^−a, a being the answers expected at the
 * learned answering rate since it finished. Behind many agents who are present but not answering,
 * the ones who just finished a call (after-call work) are about to answer; the ones freed long ago
 * are away. Each answer takes the longest-freed agent (first freed, first to answer) off the list.
 * No agent identities are needed: completions and answers are enough. The sum is kept exactly in
 * O(1) per event by stamping each agent with the answer clock when it was freed.
 */
export class FreedAgents {
  /** Answer-clock stamps of the freed agents, oldest first (a ring). */
  private readonly ring = new Float64Array(MAX_FREED);
  private first = 0;
  private count = 0;
  /** Answers expected since the clock started (Σ rate·dt). */
  private clock = 0;
  /** Σ e^(stamp − clock) over the freed agents. */
  private sum = 0;
  /** Answers per second the weights decay at (the tracker refreshes it when the answering rate changes). */
  pace = 0;

  /** The weighted number of recently freed agents (each in (0, 1]). */
  get weight(): number {
    return this.count === 0 ? 0 : this.sum;
  }

  /** Agents on the list. */
  get size(): number {
    return this.count;
  }

  /** Lets `seconds` pass at the current {@link FreedAgents.pace}. */
  advance(seconds: number): void {
    const answers = seconds * this.pace;
    if (!(answers > 0) || this.count === 0) return;
    this.clock += answers;
    this.sum *= Math.exp(-answers);
    while (this.count > 0 && this.clock - (this.ring[this.first] as number) > FORGOTTEN) this.dropFirst();
  }

  /** An agent finished a call. */
  completed(): void {
    if (this.count === MAX_FREED) this.dropFirst();
    if (this.count === 0) {
      this.clock = 0;
      this.sum = 0;
    }
    this.ring[(this.first + this.count) % MAX_FREED] = this.clock;
    this.count += 1;
    this.sum += 1;
  }

  /** A call was answered: the longest-freed agent took it. */
  answered(): void {
    if (this.count > 0) this.dropFirst();
  }

  /** The list, for a snapshot (exact: the restored list decays and drops agents as this one does). */
  save(): SavedFreed {
    return { pace: this.pace, clock: this.clock, sum: this.sum, stamps: this.stampList() };
  }

  /** Loads what {@link FreedAgents.save} wrote into an empty list. */
  restore(f: SnapshotFields): void {
    this.pace = f.get('pace', 0, LARGEST);
    if (f.fields.ages !== undefined) {
      let previous = LARGEST;
      const ages = f.array('ages').map((answersSince) => {
        previous = f.number('ages', answersSince, 0, previous);
        return previous;
      });
      for (const answersSince of ages.slice(Math.max(0, ages.length - MAX_FREED))) {
        this.ring[this.count++] = -answersSince;
        this.sum += Math.exp(-answersSince);
      }
      return;
    }
    this.clock = f.get('clock', 0, Number.MAX_VALUE);
    const stamps = f.array('stamps');
    if (stamps.length > MAX_FREED) throw f.error('stamps', stamps.length, `at most ${MAX_FREED} agents`);
    let previous = -Number.MAX_VALUE;
    for (const stamp of stamps) {
      previous = f.number('stamps', stamp, previous, this.clock);
      this.ring[this.count++] = previous;
    }
    this.sum = f.get('sum', 0, 2 * MAX_FREED);
  }

  private stampList(): number[] {
    const out: number[] = [];
    for (let k = 0; k < this.count; k++) out.push(this.ring[(this.first + k) % MAX_FREED] as number);
    return out;
  }

  private dropFirst(): void {
    this.sum -= Math.exp((this.ring[this.first] as number) - this.clock);
    this.first = (this.first + 1) % MAX_FREED;
    this.count -= 1;
    if (this.count === 0 || this.sum < 0) this.sum = 0;
  }
}
