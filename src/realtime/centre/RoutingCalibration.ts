import type { ExactNumber, SnapshotFields } from '../tracker/SnapshotFields.js';
import { exactNumber } from '../tracker/SnapshotFields.js';

/**
 * A queue's online correction of its {@link RoutingView} (a fluid model, which knows no after-call
 * work, breaks or the ACD's quirks): the factor its means are multiplied by, the ratio of the
 * recent answered callers' actual mean wait to the view's mean told them (a ratio estimator, each
 * caller's weight decaying by 1 − 1/window per new caller, as the tracker's history regression's
 * recent horizon), shrunk toward 1 (no correction) by `prior` pseudo-callers: with w the callers'
 * decayed weight, factor = (prior + w · Σy/Σr) / (prior + w). It starts at 1 and moves to the data
 * as the data outweighs the prior. Only callers told a mean > 0 (finite) are learned from.
 */
export class RoutingCalibration {
  private readonly forget: number;
  private readonly prior: number;
  /** Decayed sums: callers, their actual waits (s), the view's means told them (s). */
  private readonly sums: Float64Array = new Float64Array(3);

  /** `window`: callers in the recent horizon (the tracker's `history`); `prior`: pseudo-callers at factor 1. */
  constructor(window: number, prior: number) {
    this.forget = 1 - 1 / window;
    this.prior = prior;
  }

  /** The factor the routing view's means are multiplied by now (> 0, finite). */
  get factor(): number {
    const [weight, waits, told] = this.sums as unknown as [number, number, number];
    if (!(weight > 0 && told > 0)) return 1;
    const factor = (this.prior + waits / (told / weight)) / (this.prior + weight);
    return factor > 0 && factor < Infinity ? factor : 1;
  }

  /** Learns one answered caller's wait `wait` (s) that the view (uncorrected) told `told` (s). */
  learn(told: number, wait: number): void {
    if (!(told > 0 && told < Infinity && wait >= 0 && wait < Infinity)) return;
    const s = this.sums;
    for (let i = 0; i < 3; i++) (s[i] as number) *= this.forget;
    (s[0] as number) += 1;
    (s[1] as number) += wait;
    (s[2] as number) += told;
  }

  /** The sums, for a snapshot. */
  save(): ExactNumber[] {
    return Array.from(this.sums, exactNumber);
  }

  /** Loads what {@link RoutingCalibration.save} wrote under `name`. */
  restore(f: SnapshotFields, name: string): void {
    f.array(name, undefined, 3).forEach((v, i) => {
      this.sums[i] = f.exact(name, v);
    });
  }
}
