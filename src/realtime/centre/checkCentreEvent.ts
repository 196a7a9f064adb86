import { TrackerEventError } from '../TrackerEventError.js';
import { checkEvent, isId } from '../tracker/checkEvent.js';
import type { CallId, QueueEvent } from '../tracker/QueueEvent.js';

/** A centre's event read: the queue event its queues' trackers take, with the queue and the agent it names. */
export interface ReadCentreEvent {
  /** The event as a queue's tracker takes it (a named `login`/`logout` as one agent). */
  readonly event: QueueEvent;
  /** The queue it names (undefined: none). */
  readonly queue: string | undefined;
  /** The agent a `login` or `logout` names (undefined: none, or another type of event). */
  readonly agent: CallId | undefined;
}

const CALL_TYPES = new Set(['joined', 'answered', 'abandoned', 'completed']);

/**
 * The shape of one centre event, checked before the centre looks at its state: the queue it names
 * (required on `joined`, one of `queues`), a `login`/`logout` naming an agent or a queue (not
 * both), and the rest as {@link checkEvent} checks a queue's events. Returns the error to report,
 * or the event read.
 */
export function checkCentreEvent(event: unknown, queues: ReadonlyMap<string, unknown>): ReadCentreEvent | TrackerEventError {
  if (typeof event !== 'object' || event === null || Array.isArray(event)) {
    return new TrackerEventError('bad-event', 'event', event, 'an event object');
  }
  const { queue, agent, ...rest } = event as Record<string, unknown>;
  const type = rest.type;
  const byName = type === 'login' || type === 'logout';
  if (queue !== undefined && !(CALL_TYPES.has(type as string) || byName)) return checkEvent(event) as TrackerEventError;
  if (queue !== undefined && (typeof queue !== 'string' || !queues.has(queue)))
    return new TrackerEventError('bad-event', 'queue', queue, `one of the centre's queues (${[...queues.keys()].join(', ')})`);
  if (type === 'joined' && queue === undefined) return new TrackerEventError('bad-event', 'queue', queue, "the caller's queue");
  if (byName) {
    if ((agent === undefined) === (queue === undefined))
      return new TrackerEventError('bad-event', 'agent', agent, 'an agent, or else a queue with its count of agents (one of them)');
    if (agent !== undefined) {
      if (!isId(agent)) return new TrackerEventError('bad-event', 'agent', agent, 'a string or a finite number');
      if (rest.count !== undefined)
        return new TrackerEventError('bad-event', 'count', rest.count, 'no count with a named agent (one agent)');
    }
    const error = checkEvent(rest, ['agent', 'queue']);
    return error ?? { event: rest as QueueEvent, queue: queue as string | undefined, agent: agent as CallId | undefined };
  }
  const whole = agent === undefined ? rest : { ...rest, agent };
  const error = checkEvent(whole, CALL_TYPES.has(type as string) ? ['queue'] : []);
  return error ?? { event: whole as QueueEvent, queue: queue as string | undefined, agent: undefined };
}
