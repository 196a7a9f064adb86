import type { CallRecord } from '../../calllog/CallRecord.js';
import { QueueInputError } from '../../math/QueueInputError.js';
import { checkEvent } from '../tracker/checkEvent.js';
import type { QueueEvent } from '../tracker/QueueEvent.js';
import type { QueueTracker } from '../tracker/QueueTracker.js';
import type { WarmResult, WarmWindowOptions } from './WarmWindow.js';
import { WarmWindow } from './WarmWindow.js';

export type { WarmResult } from './WarmWindow.js';

/** Options of {@link warmTracker}. */
export interface WarmOptions extends WarmWindowOptions {
  /**
   * Agent events (`login`, `logout`, `agent`) from the ACD, in any order; those before `now` are
   * fed (from the start of the shift, so the agents logged in at `now` are).
   * @defaultValue inferred from the calls (see `agentWindow`), as `replay` does
   */
  agentEvents?: readonly QueueEvent[];
}

/**
 * Warms a tracker from the last hours of the centre's own call log (the records `replay`
 * reads), for a backend that restarts without a snapshot: the calls of the `hours` before `now`
 * are fed through the tracker as they happened, as `replay` feeds them, so its learned
 * arrival and answering rates, handle time, patience, overtaking, wait predictors and their duels
 * start from the centre's recent hours rather than the priors. The log is read as it stood at
 * `now`: a caller who joined before `now` and was not answered or gone by then is waiting in the
 * tracker, with its join time; a call answered before `now` and not ended by then keeps an agent
 * busy. Each of those callers and calls is known by its record's `id` when it has one (so the
 * backend's next events for it find it), else by its index in `records`; the calls over by `now`
 * by their index (ids a log reuses over days do not collide). Feed the live events from `now` on.
 *
 * Never throws on the log: a record that is not a sound call record is left out, an event the
 * tracker refuses is rejected as `record` rejects it; both are counted and the first few returned.
 * A window that holds no call leaves the tracker as it was. Cost: warming from a day of the
 * bank's log (its 15,854 records scanned) takes about 6 ms of CPU (`npm run bench:warm`).
 *
 * @param tracker - a tracker that has seen no event after the window's start (usually a fresh one)
 * @param records - the call log ({@link CallRecord}), any order, calls after `now` included or not
 * @param options - {@link WarmOptions}: `now` is required
 * @returns {@link WarmResult}
 * @throws {@link QueueInputError} when `tracker` is not a tracker, `records` not an array, or an option is out of range
 * @example
 * const log = [{ offeredAt: 0, answeredAt: 0, endedAt: 400, agent: 'ann' }, { offeredAt: 100, answeredAt: 400, endedAt: 700, agent: 'ann' }, { offeredAt: 500 }];
 * const tracker = createQueueTracker();
 * warmTracker(tracker, log, { now: 600 }).waiting; // => 1
 * tracker.stats().busy; // => 1
 * tracker.position(2); // => 0
 */
export function warmTracker(tracker: QueueTracker, records: readonly CallRecord[], options: WarmOptions): WarmResult {
  if (typeof tracker !== 'object' || tracker === null || typeof (tracker as Partial<QueueTracker>).record !== 'function')
    throw new QueueInputError('tracker', tracker, 'a QueueTracker (createQueueTracker or restoreQueueTracker)');
  const window = new WarmWindow(records, options);
  const agentEvents = window.agentEvents<QueueEvent>(options.agentEvents, checkEvent);
  window.feed(agentEvents, false, (event) => tracker.record(event));
  return window.result();
}
