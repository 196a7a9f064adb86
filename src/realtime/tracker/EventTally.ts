import type { TrackerEventError } from '../TrackerEventError.js';
import { HeldEnds } from './HeldEnds.js';
import type { CallId } from './QueueEvent.js';
import type { RecordResult } from './QueueTracker.js';
import type { SnapshotFields } from './SnapshotFields.js';

const ACCEPTED: RecordResult = /* @__PURE__ */ Object.freeze({ ok: true });
const HELD: RecordResult = /* @__PURE__ */ Object.freeze({ ok: true, pending: true });

/** The counts and the end events held as a snapshot writes them. */
export interface SavedTally<Held> {
  readonly accepted: number;
  readonly rejected: number;
  /** Events accepted though stamped before the latest time seen (absent before 0.2.0: none). */
  readonly late?: number;
  /** Held end events dropped (absent before 0.2.0: none). */
  readonly unmatched?: number;
  /** End events held for calls not known yet (absent before 0.2.0: none). */
  readonly held?: Held[];
}

/**
 * What a tracker (or a centre) counts of the events fed to it (accepted, rejected, late) and the
 * end events it holds until their call's `joined` comes ({@link HeldEnds}, each until the clock
 * passes its stamp by more than `tolerance` seconds), each saving and restoring itself.
 */
export class EventTally<Held extends { readonly time: number; readonly id: CallId }> {
  accepted = 0;
  rejected = 0;
  /** Events accepted though stamped before the latest time seen. */
  late = 0;
  /** End events whose call's `joined` has not come yet (see {@link QueueTracker.record}). */
  readonly held: HeldEnds<Held>;

  constructor(tolerance: number) {
    this.held = new HeldEnds(tolerance);
  }

  /** Counts an event accepted (no `error`; `late`: stamped before the latest time seen) or rejected: its result. */
  counted(error: TrackerEventError | undefined, late: boolean): RecordResult {
    if (error === undefined) {
      this.accepted += 1;
      if (late) this.late += 1;
      return ACCEPTED;
    }
    this.rejected += 1;
    return { ok: false, error };
  }

  /** Holds end event `event` for its call's `joined`, counted accepted: its result (undefined: too many held already, nothing held). */
  hold(event: Held): RecordResult | undefined {
    if (!this.held.hold(event)) return undefined;
    this.accepted += 1;
    return HELD;
  }

  /** The counts and the events held, as a snapshot writes them. */
  save(): SavedTally<Held> {
    return { accepted: this.accepted, rejected: this.rejected, late: this.late, unmatched: this.held.unmatched, held: this.held.save() };
  }

  /** Loads what {@link EventTally.save} wrote (`late`, `unmatched`, `held` absent before 0.2.0: none) into this fresh tally, each held event checked by `isEnd`. */
  restore(f: SnapshotFields, isEnd: (event: unknown) => event is Held): void {
    this.accepted = f.get('accepted', 0, Number.MAX_SAFE_INTEGER, true);
    this.rejected = f.get('rejected', 0, Number.MAX_SAFE_INTEGER, true);
    // written since 0.2.0 (same snapshot version): none late before
    this.late = f.fields.late === undefined ? 0 : f.get('late', 0, Number.MAX_SAFE_INTEGER, true);
    this.held.restore(f, isEnd);
  }
}
