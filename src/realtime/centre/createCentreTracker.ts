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
 * then on). Each queue is a {@link createQueueTracker} tracker (priority classes, every predictor,
 * `auto`, calibrated announcements) over its own callers and the agents able to serve it; its
 * answering capacity is learned from its own answers while its callers wait, per agent able to
 * serve it, so the time those agents spend on the other queues is taken out as it is observed.
 * Before data, a queue expects the share of its agents' time their penalties give it (an agent's
 * time split over its queues in proportion to 2^−rank of the penalty). The per-agent answering
 * rate of a queue is the one of Whitt's (1999) Erlang A estimate the single-queue tracker uses,
 * pooled over a shared pool as in the skill-based routing approximations of Gans, Koole &
 * Mandelbaum (2003, §5). A centre with one queue and all its agents answers as the single-queue
 * tracker does. Bad or inconsistent events are rejected with a {@link TrackerEventError}, never thrown.
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
  if (s.version !== 1) throw new QueueInputError('snapshot.version', s.version, '1');
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
  centre.restore(state);
  return centre;
}
