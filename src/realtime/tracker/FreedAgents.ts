/** Most freed agents remembered; beyond it the longest-freed one is forgotten. */
export const MAX_FREED = 1024;
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
  private readonly stamps = new Float64Array(MAX_FREED);
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
    while (this.count > 0 && this.clock - (this.stamps[this.first] as number) > FORGOTTEN) this.dropFirst();
  }

  /** An agent finished a call. */
  completed(): void {
    if (this.count === MAX_FREED) this.dropFirst();
    if (this.count === 0) {
      this.clock = 0;
      this.sum = 0;
    }
    this.stamps[(this.first + this.count) % MAX_FREED] = this.clock;
    this.count += 1;
    this.sum += 1;
  }

  /** A call was answered: the longest-freed agent took it. */
  answered(): void {
    if (this.count > 0) this.dropFirst();
  }

  /** The freed agents as answers since each was freed (≥ 0), oldest first, for a snapshot. */
  entries(): number[] {
    const out: number[] = [];
    for (let k = 0; k < this.count; k++) out.push(this.clock - (this.stamps[(this.first + k) % MAX_FREED] as number));
    return out;
  }

  /** Loads what {@link FreedAgents.entries} wrote (non-increasing, each ≥ 0; checked by the caller). */
  load(ages: readonly number[]): void {
    this.first = 0;
    this.count = 0;
    this.clock = 0;
    this.sum = 0;
    for (const answersSince of ages.slice(Math.max(0, ages.length - MAX_FREED))) {
      this.stamps[this.count++] = -answersSince;
      this.sum += Math.exp(-answersSince);
    }
  }

  private dropFirst(): void {
    this.sum -= Math.exp((this.stamps[this.first] as number) - this.clock);
    this.first = (this.first + 1) % MAX_FREED;
    this.count -= 1;
    if (this.count === 0 || this.sum < 0) this.sum = 0;
  }
}
