/**
 * The last `size` outcomes of callers who left the queue (answered or abandoned), a ring, with how
 * many of them abandoned: the recent abandon share of the Genesys-style formula that {@link replay}
 * scores. Internal (a class of its own rather than a closure in `replay`, so that the code V8
 * optimizes for one replay still fits the next).
 */
export class RecentOutcomes {
  private readonly outcomes: Uint8Array;
  private count = 0;
  private abandoned = 0;

  constructor(size: number) {
    this.outcomes = new Uint8Array(size);
  }

  /** Notes a caller who left: `abandoned` 1 when it abandoned, 0 when it was answered. */
  note(abandoned: number): void {
    const size = this.outcomes.length;
    const at = this.count % size;
    if (this.count >= size) this.abandoned -= this.outcomes[at] as number;
    this.outcomes[at] = abandoned;
    this.abandoned += abandoned;
    this.count += 1;
  }

  /** The share of the recent outcomes that were abandons (0 before any). */
  get abandonShare(): number {
    const recent = Math.min(this.count, this.outcomes.length);
    return recent > 0 ? this.abandoned / recent : 0;
  }
}
