import { describe, expect, it } from 'vitest';
import type { CentreEvent, CentreTrackerEvent } from '../../../src/index.js';
import { announce, createCentreTracker, estimateWait, simulateCentre } from '../../../src/index.js';

/** Whether `a` and `b` are within a factor of `factor` of each other. */
const within = (a: number, b: number, factor: number) => a <= factor * b && b <= factor * a;

/** The simulator's event as the centre takes it (its extra facts, `wait` and `handleTime`, left out). */
function live(e: CentreEvent): CentreTrackerEvent {
  if (e.type === 'agent' || e.type === 'joined') return e;
  if (e.type === 'abandoned') return { type: e.type, time: e.time, id: e.id, queue: e.queue };
  return { type: e.type, time: e.time, id: e.id, queue: e.queue, agent: e.agent };
}

describe('a fresh centre: sound for its first callers', () => {
  it.each([
    // two queues pooled by every agent at one penalty: one line, first come first served
    ['one pool serving both queues', [240, 240], [{ name: 'p', count: 5, serves: ['sales', 'care'] }]],
    // the same with calls of one queue three times as long as the other's
    ['one pool, handle times 2 and 6 minutes', [120, 360], [{ name: 'p', count: 5, serves: ['sales', 'care'] }]],
    // each queue's own agents and a pool serving both: the pool takes the longest-waiting caller of the two
    [
      'own agents and a shared pool',
      [240, 240],
      [
        { name: 's', count: 2, serves: ['sales'] },
        { name: 'c', count: 2, serves: ['care'] },
        { name: 'p', count: 2, serves: ['sales', 'care'] },
      ],
    ],
  ])(
    'a simulated morning (%s): the first callers who find every agent busy hear the true model’s announcement within a factor of 2, never ‘more than 20 minutes’ when it is under 5',
    (_, times, groups) => {
      const [salesTime = 0, careTime = 0] = times;
      const handleTimes: Record<string, number> = { sales: salesTime, care: careTime };
      const patience = 600;
      const agents = groups.reduce((sum, g) => sum + g.count, 0);
      // 0.9 of the agents' capacity, the load split evenly: queues build within minutes
      const events: CentreTrackerEvent[] = [];
      simulateCentre(
        {
          queues: ['sales', 'care'].map((name) => ({
            name,
            arrivalRate: (0.9 * agents) / (handleTimes[name] as number) / 2,
            handleTime: handleTimes[name] as number,
            patience,
          })),
          agents: groups,
        },
        { seed: 24, duration: 2 * 3600, onEvent: (e) => events.push(live(e)) },
      );
      const centre = createCentreTracker({
        queues: { sales: { handleTime: salesTime, patience }, care: { handleTime: careTime, patience } },
        agents: groups.flatMap((g) =>
          Array.from({ length: g.count }, (_unused, k) => ({
            agent: `${g.name}:${k}`,
            serves: Object.fromEntries(g.serves.map((q) => [q, 0])),
          })),
        ),
      });
      const ratios: number[] = [];
      // the calls in service, each's queue
      const serving = new Map<unknown, string>();
      for (const event of events) {
        expect(centre.record(event).ok).toBe(true);
        if (event.type === 'answered') serving.set(event.id, event.queue as string);
        if (event.type === 'completed') serving.delete(event.id);
        if (event.type !== 'joined' || serving.size < agents) continue;
        // every agent busy: the caller is answered when the callers of the centre ahead of it (the
        // pool takes the longest-waiting of the two queues) are, by the next of the agents to free
        // (the true model: all agents, every caller ahead of it in the centre, the mean handle time
        // whose rate of completions is that of the calls in service)
        const ahead = centre.stats().waiting - 1;
        let completions = 0;
        for (const queue of serving.values()) completions += 1 / (handleTimes[queue] as number);
        const handleTime = agents / completions;
        const truth = estimateWait({ ahead, agents, handleTime, patience });
        const estimate = centre.estimate(event.id);
        expect(estimate).toBeDefined();
        const said = announce(estimate as NonNullable<typeof estimate>);
        const told = announce(truth);
        if (told.seconds < 300) expect(said.kind).not.toBe('over');
        ratios.push(Math.max(1, said.seconds) / Math.max(1, told.seconds));
        if (ratios.length === 15) break;
      }
      expect(ratios.length).toBe(15);
      expect(ratios.filter((r) => !within(r, 1, 2))).toEqual([]);
    },
  );
});
