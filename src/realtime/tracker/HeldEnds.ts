import type { CallId } from './QueueEvent.js';
import type { SnapshotFields } from './SnapshotFields.js';

/** Most end events a tracker (or a centre) holds at once for calls it does not know yet. */
export const MAX_HELD = 16;

/** An end event as held: what a tracker or a centre needs of it to match and expire it. */
interface HeldEvent {
  readonly time: number;
  readonly id: CallId;
}

/**
 * The `answered` and `abandoned` events held because their call's `joined` has not come yet (a
 * feed merged by timestamp from servers whose clocks differ delivers an answer stamped early
 * before its own caller's join): at most {@link MAX_HELD}, each until the clock passes its stamp
 * by more than `tolerance` seconds (the tracker's `reorderTolerance`), when it is dropped as
 * unmatched. Copies are kept: the caller may reuse its event objects. A snapshot keeps them.
 */
export class HeldEnds<Held extends HeldEvent> {
  private readonly events: Held[] = [];
  private readonly tolerance: number;
  /** Held events dropped so far: their join did not come in time, or their call refused them then. */
  unmatched = 0;

  constructor(tolerance: number) {
    this.tolerance = tolerance;
  }

  /** Events held now. */
  get size(): number {
    return this.events.length;
  }

  /** Holds a copy of `event`; false (nothing held) when {@link MAX_HELD} are held already. */
  hold(event: Held): boolean {
    if (this.events.length >= MAX_HELD) return false;
    this.events.push({ ...event });
    return true;
  }

  /** The events held, as a snapshot writes them (copies). */
  save(): Held[] {
    return this.events.map((e) => ({ ...e }));
  }

  /**
   * Loads the count `unmatched` and the events `held` (both absent from snapshots written before
   * 0.2.0: none) of a snapshot's part into an empty store, each event checked by `isEnd`.
   */
  restore(f: SnapshotFields, isEnd: (event: unknown) => event is Held): void {
    this.unmatched = f.fields.unmatched === undefined ? 0 : f.get('unmatched', 0, Number.MAX_SAFE_INTEGER, true);
    const held = f.fields.held === undefined ? [] : f.array('held');
    if (held.length > MAX_HELD) throw f.error('held', held.length, `at most ${MAX_HELD} events`);
    for (const event of held) {
      if (!isEnd(event)) throw f.error('held', event, "an 'answered' or 'abandoned' event");
      this.events.push({ ...event });
    }
  }

  /**
   * After an event was accepted, the clock now at `clock`: drops as unmatched the events stamped
   * more than `tolerance` seconds before it, then hands the one held for call `joined` (the id of
   * the `joined` just accepted; undefined: none) to `apply`, counted unmatched when `apply` refuses
   * it (returns false).
   */
  release(joined: CallId | undefined, clock: number, apply: (end: Held) => boolean): void {
    const kept = this.events.filter((e) => e.time >= clock - this.tolerance);
    this.unmatched += this.events.length - kept.length;
    this.events.splice(0, this.events.length, ...kept);
    const at = joined === undefined ? -1 : this.events.findIndex((e) => e.id === joined);
    if (at < 0) return;
    const [end] = this.events.splice(at, 1);
    if (!apply(end as Held)) this.unmatched += 1;
  }
}
