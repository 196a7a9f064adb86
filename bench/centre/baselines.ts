/**
 * Baselines told the true rates, each blind to part of the routing:
 * - `erlang-queue`: each queue alone with every agent who serves it (sharing ignored): k callers
 *   ahead in the queue, n agents serving it, wait = Σ_{i=0..k} 1/(nμ + iθ) (DESIGN.md, the
 *   Erlang A phase sum, as the single-queue tracker's model).
 * - `pooled`: the whole centre as one queue: every caller waiting anywhere is ahead, all agents
 *   serve, handle time and patience averaged by arrival rate.
 * - `genesys-queue`: the Genesys-style formula per queue: handle time × (ahead + 1) ÷ agents
 *   serving it × (1 − share of the queue's last 100 outcomes that were abandons).
 */
import type { CentreEvent, CentreScenario } from '../../src/index.js';
import { CentreMirror } from './CentreMirror.js';
import type { CentrePredictor, CentrePredictorFactory } from './CentrePredictor.js';

const RECENT = 100;

/** Exponential means only (the harness's centres). */
const mean = (value: unknown): number => value as number;

/** Σ_{i=0..k} 1/(nμ + iθ): the mean time until the k+1-th departure from the head. */
function phaseSum(k: number, rate: number, theta: number): number {
  let sum = 0;
  for (let i = 0; i <= k; i++) sum += 1 / (rate + i * theta);
  return sum;
}

abstract class MirrorPredictor implements CentrePredictor {
  protected readonly mirror: CentreMirror;
  protected readonly agentsServing: number[];
  protected readonly mu: number[];
  protected readonly theta: number[];
  constructor(protected readonly scenario: CentreScenario) {
    this.mirror = new CentreMirror(scenario);
    this.agentsServing = scenario.queues.map((queue) =>
      scenario.agents.reduce(
        (sum, group) =>
          sum + (group.serves.some((skill) => (typeof skill === 'string' ? skill : skill.queue) === queue.name) ? group.count : 0),
        0,
      ),
    );
    this.mu = scenario.queues.map((queue) => 1 / mean(queue.handleTime));
    this.theta = scenario.queues.map((queue) => (queue.patience === undefined ? 0 : 1 / mean(queue.patience)));
  }
  onEvent(event: CentreEvent): void {
    this.mirror.apply(event);
  }
  /** Callers ahead of `id` in its queue, and the queue. */
  protected ahead(id: number): { q: number; ahead: number } {
    const q = this.mirror.callQueue.get(id) as number;
    return { q, ahead: (this.mirror.waiting[q] as unknown[]).length - 1 };
  }
  abstract estimate(id: number): number;
}

class ErlangQueue extends MirrorPredictor {
  estimate(id: number): number {
    const { q, ahead } = this.ahead(id);
    return phaseSum(ahead, (this.agentsServing[q] as number) * (this.mu[q] as number), this.theta[q] as number);
  }
}

class Pooled extends MirrorPredictor {
  private readonly rate: number;
  private readonly pooledTheta: number;
  constructor(scenario: CentreScenario) {
    super(scenario);
    const total = scenario.queues.reduce((sum, queue) => sum + queue.arrivalRate, 0);
    const handle = scenario.queues.reduce((sum, queue) => sum + queue.arrivalRate * mean(queue.handleTime), 0) / total;
    const agents = scenario.agents.reduce((sum, group) => sum + group.count, 0);
    this.rate = agents / handle;
    this.pooledTheta = scenario.queues.reduce((sum, queue, q) => sum + queue.arrivalRate * (this.theta[q] as number), 0) / total;
  }
  estimate(): number {
    const waiting = this.mirror.waiting.reduce((sum, list) => sum + list.length, 0);
    return phaseSum(waiting - 1, this.rate, this.pooledTheta);
  }
}

class GenesysQueue extends MirrorPredictor {
  private readonly outcomes: number[][];
  constructor(scenario: CentreScenario) {
    super(scenario);
    this.outcomes = scenario.queues.map(() => []);
  }
  override onEvent(event: CentreEvent): void {
    if (event.type === 'answered' || event.type === 'abandoned') {
      const list = this.outcomes[this.mirror.queueIndex.get(event.queue) as number] as number[];
      list.push(event.type === 'abandoned' ? 1 : 0);
      if (list.length > RECENT) list.shift();
    }
    super.onEvent(event);
  }
  estimate(id: number): number {
    const { q, ahead } = this.ahead(id);
    const list = this.outcomes[q] as number[];
    const share = list.length > 0 ? list.reduce((a, b) => a + b, 0) / list.length : 0;
    return ((ahead + 1) / ((this.agentsServing[q] as number) * (this.mu[q] as number))) * (1 - share);
  }
}

export const BASELINES: Record<string, CentrePredictorFactory> = {
  'erlang-queue': (scenario) => new ErlangQueue(scenario),
  pooled: (scenario) => new Pooled(scenario),
  'genesys-queue': (scenario) => new GenesysQueue(scenario),
};
