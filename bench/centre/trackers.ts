/**
 * The library's single-queue live tracker (`createQueueTracker`, default predictor `auto`) used
 * as a centre predictor two ways, as a backend with one-queue trackers would: one tracker per
 * queue, fed that queue's calls and told the agents who serve it (sharing invisible), and one
 * tracker for the whole centre, fed every call as one first-come-first-served line. Each is told
 * its queue's mean handle time and patience as priors (the whole centre's averages when pooled);
 * everything else it learns from the events.
 */
import { type CentreEvent, type CentreScenario, createQueueTracker, type QueueTracker } from '../../src/index.js';
import type { CentrePredictor, CentrePredictorFactory } from './CentrePredictor.js';

/** The event as the single-queue tracker takes it: no queue, no agent (agents it cannot follow). */
function plain(event: Exclude<CentreEvent, { type: 'agent' }>) {
  return { type: event.type, time: event.time, id: event.id };
}

const servesQueue = (scenario: CentreScenario, name: string): number =>
  scenario.agents.reduce(
    (sum, group) => sum + (group.serves.some((skill) => (typeof skill === 'string' ? skill : skill.queue) === name) ? group.count : 0),
    0,
  );

class PerQueueTrackers implements CentrePredictor {
  private readonly trackers = new Map<string, QueueTracker>();
  constructor(scenario: CentreScenario) {
    for (const queue of scenario.queues) {
      const tracker = createQueueTracker({
        handleTime: queue.handleTime as number,
        ...(queue.patience === undefined ? {} : { patience: queue.patience as number }),
      });
      tracker.record({ type: 'login', time: 0, count: servesQueue(scenario, queue.name) });
      this.trackers.set(queue.name, tracker);
    }
  }
  private readonly queueOf = new Map<number, string>();
  onEvent(event: CentreEvent): void {
    if (event.type === 'agent') return;
    if (event.type === 'joined') this.queueOf.set(event.id, event.queue);
    (this.trackers.get(event.queue) as QueueTracker).record(plain(event));
  }
  estimate(id: number): number {
    return (this.trackers.get(this.queueOf.get(id) as string) as QueueTracker).estimate(id)?.mean ?? 0;
  }
}

class PooledTracker implements CentrePredictor {
  private readonly tracker: QueueTracker;
  constructor(scenario: CentreScenario) {
    const total = scenario.queues.reduce((sum, queue) => sum + queue.arrivalRate, 0);
    const handleTime = scenario.queues.reduce((sum, queue) => sum + queue.arrivalRate * (queue.handleTime as number), 0) / total;
    const patient = scenario.queues.every((queue) => queue.patience === undefined);
    const patience = patient
      ? Infinity
      : scenario.queues.reduce((sum, queue) => sum + queue.arrivalRate * ((queue.patience as number | undefined) ?? 0), 0) / total;
    this.tracker = createQueueTracker({ handleTime, patience });
    this.tracker.record({ type: 'login', time: 0, count: scenario.agents.reduce((sum, group) => sum + group.count, 0) });
  }
  onEvent(event: CentreEvent): void {
    if (event.type !== 'agent') this.tracker.record(plain(event));
  }
  estimate(id: number): number {
    return this.tracker.estimate(id)?.mean ?? 0;
  }
}

export const TRACKERS: Record<string, CentrePredictorFactory> = {
  'tracker per queue': (scenario) => new PerQueueTrackers(scenario),
  'tracker pooled': (scenario) => new PooledTracker(scenario),
};
