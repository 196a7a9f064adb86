/**
 * The observable state of a simulated centre, kept from its event stream: callers waiting in each
 * queue (in arrival order, with their join times), agents busy per group and queue, and each
 * group's free agents. What an oracle or a baseline needs at a caller's join.
 */
import type { CentreEvent, CentreScenario } from '../../src/index.js';
import { addAt } from '../../src/math/addAt.js';

export interface Waiting {
  id: number;
  time: number;
}

export class CentreMirror {
  readonly queueIndex: Map<string, number> = new Map();
  readonly groupIndex: Map<string, number> = new Map();
  /** Per queue, callers waiting, first come first. */
  readonly waiting: Waiting[][];
  /** busy[g][q]: agents of group g on a call of queue q. */
  readonly busy: number[][];
  readonly free: number[];
  /** Queue of each call seen (by id). */
  readonly callQueue: Map<number, number> = new Map();

  constructor(scenario: CentreScenario) {
    scenario.queues.forEach((queue, q) => this.queueIndex.set(queue.name, q));
    scenario.agents.forEach((group, g) => this.groupIndex.set(group.name ?? `g${g}`, g));
    this.waiting = scenario.queues.map(() => []);
    this.busy = scenario.agents.map(() => scenario.queues.map(() => 0));
    this.free = scenario.agents.map(() => 0);
  }

  groupOf(agent: string): number {
    return this.groupIndex.get(agent.slice(0, agent.lastIndexOf(':'))) as number;
  }

  apply(event: CentreEvent): void {
    if (event.type === 'agent') {
      addAt(this.free, this.groupOf(event.agent), 1);
      return;
    }
    const q = this.queueIndex.get(event.queue) as number;
    const list = this.waiting[q] as Waiting[];
    if (event.type === 'joined') {
      list.push({ id: event.id, time: event.time });
      this.callQueue.set(event.id, q);
    } else if (event.type === 'abandoned') {
      list.splice(
        list.findIndex((caller) => caller.id === event.id),
        1,
      );
      this.callQueue.delete(event.id);
    } else if (event.type === 'answered') {
      const at = list[0]?.id === event.id ? 0 : list.findIndex((caller) => caller.id === event.id);
      list.splice(at, 1);
      const g = this.groupOf(event.agent);
      addAt(this.busy[g] as number[], q, 1);
      addAt(this.free, g, -1);
    } else {
      const g = this.groupOf(event.agent);
      addAt(this.busy[g] as number[], q, -1);
      addAt(this.free, g, 1);
      this.callQueue.delete(event.id);
    }
  }
}
