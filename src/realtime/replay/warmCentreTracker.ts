import type { CallRecord } from '../../calllog/CallRecord.js';
import { QueueInputError } from '../../math/QueueInputError.js';
import type { CentreTracker } from '../centre/CentreTracker.js';
import type { CentreTrackerEvent } from '../centre/CentreTrackerEvent.js';
import { checkCentreEvent } from '../centre/checkCentreEvent.js';
import { TrackerEventError } from '../TrackerEventError.js';
import type { RecordResult } from '../tracker/QueueTracker.js';
import type { WarmResult, WarmWindowOptions } from './WarmWindow.js';
import { WarmWindow } from './WarmWindow.js';

/** Options of {@link warmCentreTracker}: those of `warmTracker`, agent events as a centre takes them, and each record's queue. */
export interface WarmCentreOptions extends WarmWindowOptions {
  /**
   * The queue of a call record, one of the centre's `queues`; a record of no queue of the centre
   * is left out (counted in `skipped`).
   * @defaultValue the record's `callType`
   */
  queueOf?: (record: CallRecord) => string | undefined;
  /**
   * Agent events (`login`, `logout` by name or by queue with a count, `agent` states) from the
   * ACD, in any order; those before `now` are fed (from the start of the shift).
   * @defaultValue each agent the records name logged in by name around its calls (see `agentWindow`)
   */
  agentEvents?: readonly CentreTrackerEvent[];
}

/** The agent events a centre's warm start feeds. */
type CentreAgentEvent = Extract<CentreTrackerEvent, { type: 'login' | 'logout' | 'agent' }>;

/**
 * Warms a centre of queues ({@link createCentreTracker}) from the last hours of its own call log,
 * as {@link warmTracker} warms one queue (the same window, the log read as it stood at `now`, the
 * same ids): each call joins the queue `queueOf` gives (its call type unless told), is answered
 * naming its record's agent, so that the roster learns which queues the agent serves and who is on
 * which call, and completed or abandoned; the agents the records name log in by name around their
 * calls (`agentWindow`), unless `agentEvents` says who was logged in. An answer naming an agent the
 * log still has on its previous call (logs write an answer a second before the previous call ends)
 * is fed again without its agent, as a backend that cannot tie it would (the centre's own
 * `stats().rejected` counts the first try; the result does not). A caller waiting at `now`
 * waits in its queue; an agent on a call at `now` is busy on it in every queue it serves. Feed the
 * live events from `now` on.
 *
 * Never throws on the log: a record that is not a sound call record or of no queue of the centre
 * is left out, an event the centre refuses is rejected; all are counted and the first few
 * returned. A window that holds no call leaves the centre as it was. Cost: warming a centre of
 * the bank's six call types from a day of its log takes about 50 ms of CPU (`npm run bench:warm`;
 * the mean gap of the waits it then tells to those of a centre that ran all along: 14 s after 4
 * hours, 9 s after a day, 24 s cold).
 *
 * @param centre - a centre that has seen no event after the window's start (usually a fresh one)
 * @param records - the call log ({@link CallRecord}), any order, calls after `now` included or not
 * @param options - {@link WarmCentreOptions}: `now` is required
 * @returns {@link WarmResult}
 * @throws {@link QueueInputError} when `centre` is not a centre, `records` not an array, or an option is out of range
 * @example
 * const log = [{ offeredAt: 0, answeredAt: 0, endedAt: 700, agent: 'ann', callType: 'sales' }, { offeredAt: 100, answeredAt: 200, endedAt: 500, agent: 'bob', callType: 'care' }, { offeredAt: 550, callType: 'care' }];
 * const centre = createCentreTracker({ queues: { sales: {}, care: {} } });
 * warmCentreTracker(centre, log, { now: 600 }).waiting; // => 1
 * centre.queueOf(2); // => 'care'
 * centre.stats().queues.sales?.busy; // => 1
 */
export function warmCentreTracker(centre: CentreTracker, records: readonly CallRecord[], options: WarmCentreOptions): WarmResult {
  if (typeof centre !== 'object' || centre === null || typeof (centre as Partial<CentreTracker>).queue !== 'function')
    throw new QueueInputError('centre', centre, 'a CentreTracker (createCentreTracker or restoreCentreTracker)');
  const queues = new Map(centre.queues.map((name) => [name, true]));
  const queueOf = options?.queueOf ?? ((record: CallRecord) => record.callType);
  if (typeof queueOf !== 'function') throw new QueueInputError('options.queueOf', queueOf, 'a function of a call record');
  const window = new WarmWindow(records, options, (call, i) => {
    const queue = queueOf(call);
    return typeof queue === 'string' && queues.has(queue)
      ? undefined
      : new QueueInputError(`records[${i}]`, queue, `a record of one of the centre's queues (${centre.queues.join(', ')})`);
  });
  const agentEvents = window.agentEvents<CentreAgentEvent>(options.agentEvents, (event) => {
    const read = checkCentreEvent(event, queues);
    return read instanceof TrackerEventError ? read : undefined;
  });
  window.feed<CentreAgentEvent>(agentEvents, true, (event, call) => {
    if (call < 0) return centre.record(event as CentreAgentEvent);
    if (event.type === 'joined')
      return centre.record({ ...event, queue: queueOf(records[window.sources[call] as number] as CallRecord) as string });
    return answering(centre, event as CentreTrackerEvent, window.calls[call]?.agent);
  });
  return window.result();
}

/**
 * Records a call's event other than its join; an answer names `agent` (when the record names one),
 * and is recorded again without it when the centre finds that agent on another call.
 */
function answering(centre: CentreTracker, event: CentreTrackerEvent, agent: string | undefined): RecordResult {
  if (event.type !== 'answered' || agent === undefined) return centre.record(event);
  const result = centre.record({ ...event, agent });
  return !result.ok && result.error.code === 'agent-mismatch' ? centre.record(event) : result;
}
