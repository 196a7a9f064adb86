import { TrackerEventError } from '../TrackerEventError.js';

/** Times beyond ±1e15 s (about 30 million years, or Unix time in microseconds) are refused. */
export const MAX_ABS_TIME = 1e15;
/** Most agents one `login`/`logout` event may carry, and most agents logged in at once. */
export const MAX_AGENTS = 1_000_000;
/** Priorities are integers in ±PRIORITY_LIMIT. */
export const PRIORITY_LIMIT = 1_000_000;

const FIELDS: Readonly<Record<string, readonly string[]>> = {
  joined: ['type', 'time', 'id', 'priority'],
  answered: ['type', 'time', 'id', 'agent'],
  abandoned: ['type', 'time', 'id'],
  completed: ['type', 'time', 'id', 'agent'],
  login: ['type', 'time', 'count'],
  logout: ['type', 'time', 'count'],
  agent: ['type', 'time', 'agent', 'state'],
};
const TYPES = "'joined', 'answered', 'abandoned', 'completed', 'login', 'logout' or 'agent'";
const STATES = new Set(['available', 'on-call', 'wrap-up', 'not-ready', 'logged-out']);

/** Whether `v` is a call or agent id (a string or a finite number). */
export const isId = (v: unknown): boolean => typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v));

/**
 * The shape of one event, checked before the tracker looks at its own state: a known type, only the
 * fields that type has (a misspelt or unknown field is named), and each field's type and range.
 * `alsoRead`: fields the caller took off the event before (a centre's `queue`), listed among the
 * fields of the type when one is misspelt. Returns the error to report, or undefined when the
 * event is well formed.
 */
export function checkEvent(event: unknown, alsoRead: readonly string[] = []): TrackerEventError | undefined {
  if (typeof event !== 'object' || event === null || Array.isArray(event)) {
    return new TrackerEventError('bad-event', 'event', event, 'an event object');
  }
  const e = event as Record<string, unknown>;
  const fields = typeof e.type === 'string' ? FIELDS[e.type] : undefined;
  if (fields === undefined || !Object.hasOwn(FIELDS, e.type as string)) return new TrackerEventError('bad-event', 'type', e.type, TYPES);
  for (const key in e) {
    if (Object.hasOwn(e, key) && !fields.includes(key)) {
      return new TrackerEventError(
        'bad-event',
        key,
        e[key],
        `no such field on a '${e.type as string}' event (fields: ${[...fields, ...alsoRead].join(', ')})`,
      );
    }
  }
  const t = e.time;
  if (typeof t !== 'number' || !(Math.abs(t) <= MAX_ABS_TIME)) {
    return new TrackerEventError('bad-event', 'time', t, `a finite number of seconds within ±${MAX_ABS_TIME}`);
  }
  switch (e.type) {
    case 'login':
    case 'logout': {
      const c = e.count ?? 1;
      if (typeof c !== 'number' || !Number.isInteger(c) || c < 1 || c > MAX_AGENTS) {
        return new TrackerEventError('bad-event', 'count', c, `a positive integer ≤ ${MAX_AGENTS}`);
      }
      return undefined;
    }
    case 'agent':
      if (!isId(e.agent)) return new TrackerEventError('bad-event', 'agent', e.agent, 'a string or a finite number');
      if (typeof e.state !== 'string' || !STATES.has(e.state)) {
        return new TrackerEventError('bad-event', 'state', e.state, "'available', 'on-call', 'wrap-up', 'not-ready' or 'logged-out'");
      }
      return undefined;
    default:
      if (!isId(e.id)) return new TrackerEventError('bad-event', 'id', e.id, 'a string or a finite number');
      if (e.agent !== undefined && !isId(e.agent)) {
        return new TrackerEventError('bad-event', 'agent', e.agent, 'a string or a finite number (the agent, or none)');
      }
      if (e.priority !== undefined) {
        const p = e.priority;
        if (typeof p !== 'number' || !Number.isInteger(p) || Math.abs(p) > PRIORITY_LIMIT) {
          return new TrackerEventError('bad-event', 'priority', p, `an integer within ±${PRIORITY_LIMIT}`);
        }
      }
      return undefined;
  }
}
