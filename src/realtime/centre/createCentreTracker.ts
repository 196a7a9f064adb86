import { plainObject } from '../../math/checks.js';
import { QueueInputError } from '../../math/QueueInputError.js';
import { restoreQueueTracker } from '../tracker/createQueueTracker.js';
import { SnapshotFields } from '../tracker/SnapshotFields.js';
import { Tracker } from '../tracker/Tracker.js';
import type { TrackerSnapshot } from '../tracker/trackerSnapshot.js';
import { AgentRoster } from './AgentRoster.js';
import { Centre } from './Centre.js';
import type { CentreOptions } from './CentreOptions.js';
import { checkCentreOptions, MAX_QUEUES } from './CentreOptions.js';
import type { CentreSnapshot, CentreTracker } from './CentreTracker.js';

/**
 * A live tracker of a centre of queues (or skills) whose callers are served by overlapping sets of
 * agents, as an ACD routes them: events name the queue a caller joined (`{ type: 'joined', queue:
 * 'PS', … }`; its later events are tied to it by id), agents log in by name (`{ type: 'login',
 * agent: 'a7' }`) or report states (`agent` events), and each counts in every queue it serves
 * (`options.agents`, with penalties; an agent who answers a queue's caller serves that queue from
 * then on; an agent on a call of one queue is on it in all of them; while a queue it prefers, at
 * a lower penalty, has callers waiting, it counts as not ready in the others, as an ACD with
 * penalties hands it that queue's callers first). Two views of each queue are
 * kept, each a {@link createQueueTracker} tracker (priority classes, every predictor, `auto`,
 * calibrated announcements):
 * - the queue's own: its callers and the agents able to serve it, its answering capacity learned
 *   from its own answers while its callers wait (per agent able to serve it), so the time those
 *   agents give the other queues is taken out as it is observed;
 * - the centre's line: every caller of every queue in one line by priority, then arrival, and all
 *   the agents: what happens when agents take the longest-waiting caller of the queues they serve.
 *
 * A third, routing-aware view follows the roster's routing as an ACD dispatches: the callers
 * waiting in every queue by join time, and the agents by kind (the queues they serve and their
 * penalties), each finish taking the longest-waiting caller of the lowest penalty with callers; so a
 * caller competes with every caller of the queues its agents prefer (and their new callers), and
 * only with the older callers of the queues they serve at the same penalty; in expectation (a
 * fluid of callers who hang up at each queue's learned patience, the caller's own turn
 * memoryless), from each queue's learned rates, handle times and patience, no simulation (see
 * RoutingView). A queue's estimates come from the routing view when some of its agents serve
 * another queue, else from its own tracker, until another view, or the mean of own and line (an
 * equal-weight forecast combination, Bates & Granger 1969), has been significantly better on its
 * recent callers who waited (the paired test `auto` uses, after Diebold & Mariano 1995).
 * Skill-based routing has no exact formula for a caller's wait; own and line are the two limits
 * between which the approximations surveyed by Gans, Koole & Mandelbaum (2003) lie: separate
 * queues, and one pooled queue. A centre of one queue has no line and answers exactly as the
 * single-queue tracker does. Bad or inconsistent events are rejected with a
 * {@link TrackerEventError}, never thrown. An event stamped up to the queues' least
 * `reorderTolerance` before the latest time seen is taken as happening then, and each queue drops
 * its callers waiting past its `maxWait` as lost once the centre's clock passes it (whichever
 * queue's event runs it on), as a single queue's tracker does (its options `reorderTolerance`, `maxWait`).
 *
 * @param options - {@link CentreOptions}
 * @returns a {@link CentreTracker}
 * @throws {@link QueueInputError} for bad options (no queue, an agent serving an unknown queue, a queue's bad tracker options)
 * @example
 * const centre = createCentreTracker({ queues: { sales: {}, support: {} }, agents: [{ agent: 'ann', serves: { sales: 0, support: 1 } }] });
 * centre.record({ type: 'login', time: 0, agent: 'ann' }).ok; // => true
 * centre.record({ type: 'joined', time: 1, id: 'c1', queue: 'support' }).ok; // => true
 * centre.queueOf('c1'); // => 'support'
 * centre.queue('support').stats().agents; // => 1
 * centre.record({ type: 'joined', time: 2, id: 'c2', queue: 'billing' }).ok; // => false
 */
export function createCentreTracker(options: CentreOptions): CentreTracker {
  const checked = checkCentreOptions(options);
  const trackers = new Map([...checked.queues].map(([name, o]) => [name, new Tracker(o)]));
  const line = trackers.size > 1 ? new Tracker(checked.line) : undefined;
  return new Centre(trackers, line, new AgentRoster(trackers.keys(), checked.agents));
}

/**
 * A centre restored from {@link CentreTracker.snapshot} (after a restart, from a plain JSON
 * copy): every queue as {@link restoreQueueTracker} restores it, the roster, who is present, the clock.
 *
 * @param snapshot - what the centre's `snapshot()` returned, possibly through JSON
 * @returns the restored {@link CentreTracker}
 * @throws {@link QueueInputError} naming the field when the snapshot is not a centre's (or was tampered with)
 * @example
 * const centre = createCentreTracker({ queues: { sales: {}, support: {} } });
 * centre.record({ type: 'joined', time: 3, id: 7, queue: 'sales' }).ok; // => true
 * restoreCentreTracker(JSON.parse(JSON.stringify(centre.snapshot()))).queueOf(7); // => 'sales'
 */
export function restoreCentreTracker(snapshot: CentreSnapshot): CentreTracker {
  const s = plainObject('snapshot', snapshot);
  if (s.kind !== 'centre')
    throw new QueueInputError('snapshot.kind', s.kind, "'centre' (a single queue's snapshot is read by restoreQueueTracker)");
  // version 1 differs only by a duel no longer kept (its sums are left unread); 1 and 2 have no routing correction
  if (s.version !== 1 && s.version !== 2 && s.version !== 3) throw new QueueInputError('snapshot.version', s.version, '1, 2 or 3');
  const given = plainObject('snapshot.queues', s.queues);
  const names = Object.keys(given);
  if (names.length < 1 || names.length > MAX_QUEUES)
    throw new QueueInputError('snapshot.queues', names.length, `from 1 to ${MAX_QUEUES} queues by name`);
  const trackers = new Map(names.map((name) => [name, restoreQueueTracker(given[name] as TrackerSnapshot) as Tracker]));
  const state = new SnapshotFields('snapshot.state', s.state);
  const saved = state.fields.line;
  if ((saved === null) !== (names.length === 1)) throw state.error('line', saved, "the line's snapshot with two queues or more, else null");
  const line = saved === null ? undefined : (restoreQueueTracker(saved as TrackerSnapshot) as Tracker);
  const centre = new Centre(trackers, line, new AgentRoster(names, new Map()));
  centre.restore(state, s.version);
  return centre;
}
