/**
 * The library's centre tracker (`createCentreTracker`, `auto`) as a predictor of the centre-sim
 * harness: its queues with their mean handle time and patience as priors (as the harness's
 * single-queue trackers are told), its agents named as the simulator names them (`group:k`) with
 * the queues and penalties of their group, their states from the `agent` events, and every call's
 * events with their queue and agent; everything else is learned from the events.
 *
 * Run: npm run bench:centre-sim -- --predictor bench/centre/centreTracker.ts
 */
import type { CentreEvent, CentreScenario, CentreTrackerEvent } from '../../src/index.js';
import { createCentreTracker } from '../../src/index.js';
import type { CentrePredictor, CentrePredictorFactory } from './CentrePredictor.js';

export const name = 'centre tracker';

/** The simulator's event as the centre tracker takes it (without the simulator's outcome fields). */
function tracked(event: CentreEvent): CentreTrackerEvent {
  switch (event.type) {
    case 'agent':
      return event;
    case 'joined':
      return { type: 'joined', time: event.time, id: event.id, queue: event.queue };
    case 'abandoned':
      return { type: 'abandoned', time: event.time, id: event.id };
    default:
      return { type: event.type, time: event.time, id: event.id, agent: event.agent };
  }
}

export const createPredictor: CentrePredictorFactory = (scenario: CentreScenario): CentrePredictor => {
  const queues = Object.fromEntries(
    scenario.queues.map((queue) => [
      queue.name,
      {
        ...(typeof queue.handleTime === 'number' ? { handleTime: queue.handleTime } : {}),
        ...(typeof queue.patience === 'number' ? { patience: queue.patience } : {}),
      },
    ]),
  );
  const agents = scenario.agents.flatMap((group, g) =>
    Array.from({ length: group.count }, (_, k) => ({
      agent: `${group.name ?? `g${g}`}:${k}`,
      serves: Object.fromEntries(group.serves.map((skill) => (typeof skill === 'string' ? [skill, 0] : [skill.queue, skill.penalty ?? 0]))),
    })),
  );
  const centre = createCentreTracker({ queues, agents });
  return {
    onEvent: (event) => {
      centre.record(tracked(event));
    },
    estimate: (id) => centre.estimate(id)?.mean ?? 0,
  };
};
