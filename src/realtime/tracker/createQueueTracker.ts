import { plainObject } from '../../math/checks.js';
import { QueueInputError } from '../../math/QueueInputError.js';
import type { QueueTracker } from './QueueTracker.js';
import { SnapshotFields } from './SnapshotFields.js';
import { Tracker } from './Tracker.js';
import type { TrackerOptions } from './TrackerOptions.js';
import { checkTrackerOptions } from './TrackerOptions.js';
import type { TrackerSnapshot } from './trackerSnapshot.js';
import { SNAPSHOT_VERSION, upgradeSnapshotState } from './trackerSnapshot.js';
import { upgradeSnapshotV1 } from './upgradeSnapshotV1.js';
import { upgradeSnapshotV5 } from './upgradeSnapshotV5.js';

/**
 * A live queue tracker for telephony backends: it consumes timestamped events (a caller joined,
 * with an optional priority class; was answered, hung up, completed; agents logged in or out, or
 * changed state), keeps bounded state (no timers, no clock reads) and provides live estimates
 * (arrival rate per class, handle time, patience as abandons ÷ total time waited, and the
 * answering capacity learned from answers while callers wait), each caller's position (callers who
 * will be served first), and wait predictors run side by side: the model (Erlang A offered wait at
 * the learned capacity minus the overtaking, also learned from what happens: the callers of higher
 * classes answered ahead of a class's longest-waiting caller, per second that the class waits,
 * starting from the higher classes' arrival rates), last-to-enter-service (LES) and head-of-line
 * (HOL) after Ibrahim & Whitt (2009), and `history`, a regression (over all classes) of realized
 * waits on the callers ahead, the model's prediction, the last served wait and the head of line's
 * wait, learned online (Thiongane, Chan & L'Ecuyer 2016, 2020). `auto` uses the model unless
 * another predictor's squared errors over callers who waited (the last ten `history` windows) are
 * significantly lower (a paired test, after Diebold & Mariano 1995), then the best of those.
 * Announcements are calibrated on the recent ratios of actual to predicted waits
 * (split-conformal). A waiting caller is predicted no wait only when an idle agent is there for
 * it. Every learned rate starts from a stated prior (see {@link TrackerOptions.handleTime}) and moves
 * to the data as the data outweighs it, so the first callers hear the prior model's wait; until
the tracker knows its agents (the `agents` option, a `login`, or an `agent` event logging one in), its
estimates say `staffing: 'unknown'` and are announced without a time. An
 * `answered` may name its agent, who is then on that call until its `completed`. Bad or
 * inconsistent events (an agent on two calls) are rejected with a {@link TrackerEventError} in the
 * result, never thrown, and leave the state unchanged. A real feed reorders and drops events: one
 * stamped up to {@link TrackerOptions.reorderTolerance} before the latest time seen is taken as
 * happening then (the clock never goes back), and a caller still waiting after
 * {@link TrackerOptions.maxWait} is taken as lost (its end event dropped). An `answered` or
 * `abandoned` that comes before its own caller's `joined` (stamped early by a server whose clock
 * is behind, in a feed merged by timestamp) is held, `{ ok: true, pending: true }`, and applied
 * right after that join at its own stamp, or at the join's time when stamped before it (a wait of
 * 0: the clock never goes back); at most 16 are held, each until the clock passes its stamp by
 * `reorderTolerance`, then dropped and counted in `stats().unmatched`. A snapshot leaves the
 * events held out (the restored tracker counts them unmatched).
 *
 * @param options - {@link TrackerOptions}
 * @returns a {@link QueueTracker}
 * @throws {@link QueueInputError} for bad options
 * @example
 * const tracker = createQueueTracker({ agents: 2, handleTime: 240 });
 * tracker.record({ type: 'joined', time: 0, id: 'a' }).ok; // => true
 * tracker.record({ type: 'answered', time: -6, id: 'a' }).ok; // => false
 * tracker.record({ type: 'joined', time: 1, id: 'b', priority: 1 }).ok; // => true
 * tracker.position('a'); // => 1
 * tracker.record({ type: 'answered', time: 2, id: 'b', agent: 'ann' }).ok; // => true
 * tracker.record({ type: 'answered', time: 3, id: 'a', agent: 'ann' }).ok; // => false
tracker.record({ type: 'answered', time: 3, id: 'c' }); // => { ok: true, pending: true }
tracker.record({ type: 'joined', time: 4, id: 'c' }).ok; // => true
tracker.stats().busy; // => 2
 */
export function createQueueTracker(options?: TrackerOptions): QueueTracker {
  return new Tracker(checkTrackerOptions(options));
}

/**
 * A tracker restored from {@link QueueTracker.snapshot} (after a restart, from a plain JSON copy):
 * the same estimates, waiting callers, positions and predictor accuracy. Older snapshots are read
 * too: version 1 (before priority classes) without its recent errors, versions 2 and 3 without
 * their learned regressions (on earlier features; the regression refits from the next callers who
 * wait), versions 4 and 5 as they were (their calls in service tied to no agent).
 *
 * @param snapshot - what `snapshot()` returned, possibly through JSON
 * @returns the restored {@link QueueTracker}
 * @throws {@link QueueInputError} naming the field when the snapshot is not one (or was tampered with)
 * @example
 * const a = createQueueTracker({ agents: 1 });
 * a.record({ type: 'joined', time: 3, id: 7 }).ok; // => true
 * restoreQueueTracker(JSON.parse(JSON.stringify(a.snapshot()))).position(7); // => 0
 */
export function restoreQueueTracker(snapshot: TrackerSnapshot): QueueTracker {
  const s = plainObject('snapshot', snapshot);
  if (s.kind !== undefined)
    throw new QueueInputError('snapshot.kind', s.kind, "none (a centre's snapshot is read by restoreCentreTracker)");
  const version = s.version;
  if (version !== 1 && version !== 2 && version !== 3 && version !== 4 && version !== 5 && version !== SNAPSHOT_VERSION)
    throw new QueueInputError('snapshot.version', version, '1, 2, 3, 4, 5 or 6');
  const saved = plainObject('snapshot.options', s.options);
  // JSON has no Infinity: the snapshot writes an infinite patience or maxWait as null
  const options = {
    ...saved,
    patience: saved.patience === null ? Infinity : saved.patience,
    maxWait: saved.maxWait === null ? Infinity : saved.maxWait,
  };
  const t = new Tracker(checkTrackerOptions(options, 'snapshot.options'));
  const state =
    version === SNAPSHOT_VERSION
      ? s.state
      : version === 5
        ? upgradeSnapshotV5(s.state)
        : upgradeSnapshotState(version === 1 ? upgradeSnapshotV1(s.state) : s.state, version === 1 ? 2 : version);
  t.restore(new SnapshotFields('snapshot.state', state));
  return t;
}
