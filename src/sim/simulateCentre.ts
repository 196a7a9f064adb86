import type { CentreResult } from './CentreResult.js';
import type { CentreScenario } from './CentreScenario.js';
import { checkCentre } from './checkCentre.js';
import { runCentre } from './runCentre.js';
import type { SimulateCentreOptions } from './SimulateCentreOptions.js';

/**
 * Discrete-event simulation of a contact centre of several queues (or skills) whose callers are
 * served by overlapping groups of agents, as ACDs route them (Asterisk's queue members with
 * penalties; skills-based routing, Gans, Koole & Mandelbaum 2003, §5). Each queue has Poisson
 * arrivals, its own handle time and patience distributions, and is first come first served.
 *
 * Routing: a caller who arrives takes a free agent of a group serving its queue if there is one
 * — groups tried by lowest penalty for that queue, then fewest queues served (keep the versatile
 * agents for later), then the scenario's order; within a group the agent idle longest. An agent
 * who frees takes the longest-waiting caller among the queues of its lowest penalty level that
 * has callers waiting, else becomes available. Agents never idle while a caller they serve waits.
 *
 * One queue served by all agents is exactly {@link simulate}'s queue: with the same seed and no
 * patience, every caller waits the same to the bit (same draws in the same order). Seeded
 * xoshiro128** (Blackman & Vigna 2018) and bit-exact log/exp: a seed gives the same run on every
 * runtime. Figures are point values of one run over the callers who arrived after the warm-up;
 * arrivals stop at the end of the budget and the run with them (callers still waiting are
 * counted as `waiting`). The event stream (`onEvent`) has the live tracker's shape with the
 * queue's name on each call event and the agent on `answered` and `completed`.
 *
 * @param scenario - `{ queues: [{ name, arrivalRate (calls/s), handleTime (s), patience? (s) }],
 *   agents: [{ name?, count, serves: [queueName | { queue, penalty }] }] }`; a number for a
 *   distribution is an exponential mean (s)
 * @param options - {@link SimulateCentreOptions}: `duration` (s, default a day), `warmUpTime`
 *   (s), `seed`, `answerTime` (s), `records`, `onEvent`
 * @returns figures per queue, overall and per group ({@link CentreResult}), with every call's
 *   record when asked for
 * @throws {QueueInputError} naming the field: no queues or groups, a queue name empty or used
 *   twice, a negative arrival rate, a bad distribution, a group's `serves` naming an unknown
 *   queue or one twice, a negative or fractional penalty, a queue no agent serves, more than 10⁷
 *   agents, or a budget above {@link MAX_SIMULATED_CALLS} calls ({@link MAX_RECORDED_CALLS}
 *   with records); code `limit-reached`, naming `options.duration`, when an overloaded centre
 *   whose callers never hang up holds 10⁶ callers waiting at once
 * @example
 * const centre = { queues: [{ name: 'sales', arrivalRate: 0.04, handleTime: 120 }, { name: 'care', arrivalRate: 0.02, handleTime: 200, patience: 300 }], agents: [{ count: 4, serves: ['sales'] }, { count: 4, serves: ['care'] }, { count: 3, serves: ['sales', { queue: 'care', penalty: 1 }] }] };
 * const result = simulateCentre(centre, { duration: 36000, seed: 3, answerTime: 20 });
 * result.queues.map((queue) => queue.name); // => ['sales', 'care']
 * result.overall.offered === result.overall.answered + result.overall.abandoned + result.overall.waiting; // => true
 */
export function simulateCentre(scenario: CentreScenario, options: SimulateCentreOptions = {}): CentreResult {
  const run = checkCentre(scenario, options);
  const result = runCentre(run);
  return {
    queues: result.queues,
    overall: result.overall,
    groups: result.groups,
    seed: run.seed,
    simulatedCalls: result.simulatedCalls,
    simulatedTime: run.endTime - run.warmUpTime,
    ...(result.records ? { records: result.records } : {}),
  };
}
