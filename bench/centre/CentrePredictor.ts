/**
 * What the centre harness (bench/centre-sim.ts) scores: a wait predictor for a centre of queues
 * that consumes the simulated event stream online and is asked, for every caller, right after its
 * `joined` event, how long it will wait. A live tracker of several queues plugs in through a
 * small adapter (see the top of bench/centre-sim.ts).
 */
import type { CentreEvent, CentreScenario } from '../../src/index.js';

/** A predictor fed the event stream of one simulated centre. */
export interface CentrePredictor {
  /**
   * Every event of the run in time order: `agent` (time 0, one per agent, named `group:k`), then
   * `joined` / `answered` / `abandoned` / `completed`, each with `id` and `queue`, `agent` on
   * `answered` and `completed` (extra fields `wait`, `handleTime` may be ignored).
   */
  onEvent(event: CentreEvent): void;
  /**
   * The predicted wait in seconds of caller `id`, asked once, right after its `joined` event was
   * fed (before anything else happens at that time, e.g. its own `answered` when an agent is free).
   */
  estimate(id: number): number;
}

/**
 * Builds a fresh predictor for one centre. It is given the scenario as simulated: queue names,
 * true arrival rates, handle-time and patience means, and the agent groups (name, count, serves
 * with penalties). A fair live predictor reads only names, counts and skills from it (what an ACD
 * configuration says), and learns rates from the events; the oracle and the baselines here are
 * told the true rates.
 */
export type CentrePredictorFactory = (scenario: CentreScenario) => CentrePredictor;
