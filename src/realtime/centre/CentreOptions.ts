import { integerInRange, plainObject } from '../../math/checks.js';
import { QueueInputError } from '../../math/QueueInputError.js';
import { MAX_NAMED_AGENTS } from '../tracker/AgentBoard.js';
import { isId } from '../tracker/checkEvent.js';
import type { CallId } from '../tracker/QueueEvent.js';
import type { CheckedTrackerOptions, TrackerOptions } from '../tracker/TrackerOptions.js';
import { checkTrackerOptions } from '../tracker/TrackerOptions.js';

/** Most queues in a centre. */
export const MAX_QUEUES = 256;
/** Largest penalty an agent may have for a queue. */
export const MAX_PENALTY = 1_000_000;

/** One agent of a centre's roster and the queues it serves. */
export interface CentreAgent {
  /** The agent's identifier (as `answered`, `login` and `agent` events name it). */
  agent: CallId;
  /**
   * The queues it serves, each with its penalty (an integer ≥ 0; lower is served first, as
   * Asterisk's queue members' penalties): queues an agent serves at the same penalty it serves
   * longest-waiting first, as one line.
   */
  serves: Readonly<Record<string, number>>;
}

/** Options of {@link createCentreTracker}. */
export interface CentreOptions {
  /** The queues by name, each with its tracker's options ({@link TrackerOptions}; `{}` for the defaults). At least one, at most 256. */
  queues: Readonly<Record<string, TrackerOptions>>;
  /**
   * The agents and the queues each serves. An agent not listed serves the queues it answers.
   * @defaultValue `[]`
   */
  agents?: readonly CentreAgent[];
  /**
   * The options of the centre's line: one tracker of every caller of every queue by priority, then
   * arrival, with all the agents, whose estimates a queue uses once they are significantly better
   * for its callers (see {@link createCentreTracker}); a centre of one queue has none.
   * @defaultValue `{}` (the tracker's defaults)
   */
  line?: TrackerOptions;
}

/** The options checked: each queue's tracker options with their defaults, the roster as maps. */
export interface CheckedCentreOptions {
  readonly queues: ReadonlyMap<string, CheckedTrackerOptions>;
  readonly agents: ReadonlyMap<CallId, ReadonlyMap<string, number>>;
  readonly line: CheckedTrackerOptions;
}

/** Checks a centre's options (queue names, each queue's tracker options, the roster). */
export function checkCentreOptions(options: unknown): CheckedCentreOptions {
  const o = plainObject('options', options);
  for (const key of Object.keys(o))
    if (key !== 'queues' && key !== 'agents' && key !== 'line')
      throw new QueueInputError(`options.${key}`, o[key], 'no such option (options: queues, agents, line)');
  const given = plainObject('options.queues', o.queues);
  const names = Object.keys(given);
  if (names.length < 1 || names.length > MAX_QUEUES)
    throw new QueueInputError('options.queues', names.length, `from 1 to ${MAX_QUEUES} queues by name`);
  const queues = new Map<string, CheckedTrackerOptions>();
  for (const name of names) queues.set(name, checkTrackerOptions(given[name], `options.queues.${name}`));
  const agents = new Map<CallId, Map<string, number>>();
  const roster = o.agents ?? [];
  if (!Array.isArray(roster) || roster.length > MAX_NAMED_AGENTS)
    throw new QueueInputError('options.agents', roster, `an array of at most ${MAX_NAMED_AGENTS} { agent, serves }`);
  roster.forEach((entry, i) => {
    const e = plainObject(`options.agents[${i}]`, entry);
    if (!isId(e.agent) || agents.has(e.agent as CallId))
      throw new QueueInputError(`options.agents[${i}].agent`, e.agent, 'a string or a finite number, once in the roster');
    agents.set(e.agent as CallId, checkServes(`options.agents[${i}].serves`, e.serves, queues));
  });
  return { queues, agents, line: checkTrackerOptions(o.line, 'options.line') };
}

/** An agent's queues with their penalties, checked against the centre's queues. */
export function checkServes(parameter: string, value: unknown, queues: ReadonlyMap<string, unknown>): Map<string, number> {
  const serves = new Map<string, number>();
  const given = plainObject(parameter, value);
  for (const queue of Object.keys(given)) {
    if (!queues.has(queue))
      throw new QueueInputError(
        `${parameter}.${queue}`,
        given[queue],
        `a penalty for one of the queues (${[...queues.keys()].join(', ')})`,
      );
    serves.set(queue, integerInRange(`${parameter}.${queue}`, given[queue], 0, MAX_PENALTY));
  }
  return serves;
}
