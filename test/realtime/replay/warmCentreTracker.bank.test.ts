import { describe, expect, it } from 'vitest';
import type { CallRecord } from '../../../src/index.js';
import { createCentreTracker, restoreCentreTracker, warmCentreTracker } from '../../../src/index.js';
import { bankCentre, centreJoinGap, recordTied } from './warmCentreStreams.js';

// The bank's two weeks replayed as a centre several times over (about 7 s): in `npm run test:deep`.

describe("warmCentreTracker on the bank's log: warm, then the live events, ends where a centre that ran all along ends", () => {
  it("on the bank's log as queues by call type, agents logged in by name, for restarts on two days (snapshots equal)", () => {
    const { queues, events, records: calls, agentEvents, roster } = bankCentre();
    const options = { queues: Object.fromEntries(queues.map((q) => [q, {}])), agents: roster };
    const whole = createCentreTracker(options);
    for (const event of events) recordTied(whole, event);
    const day = Math.floor((calls[0] as CallRecord).offeredAt / 86_400) * 86_400;
    for (const now of [3, 9].map((d) => day + d * 86_400 + 14.5 * 3600)) {
      const warmed = createCentreTracker(options);
      warmCentreTracker(warmed, calls, { now, hours: Infinity, agentEvents });
      for (const event of events) if (event.time >= now) recordTied(warmed, event);
      // the first try of an answer refused for its agent is counted by each as it came
      expect(warmed.snapshot(), `now ${now}`).toEqual(whole.snapshot());
    }
  });
});

describe('warmCentreTracker: closer to a centre that ran all along than a cold one', () => {
  it("on the bank's log by call type, the next hour's callers are told waits nearer the running centre's after a day of warming than cold", () => {
    const { queues, events, records: calls, agentEvents, roster } = bankCentre();
    const options = { queues: Object.fromEntries(queues.map((q) => [q, {}])), agents: roster };
    const day = Math.floor((calls[0] as CallRecord).offeredAt / 86_400) * 86_400;
    let warmGap = 0;
    let coldGap = 0;
    for (const now of [3, 6, 9].flatMap((d) => [11, 16, 20].map((h) => day + d * 86_400 + h * 3600))) {
      const ranAllAlong = createCentreTracker(options);
      for (const event of events) if (event.time < now) recordTied(ranAllAlong, event);
      const running = () => restoreCentreTracker(ranAllAlong.snapshot());
      const warm = createCentreTracker(options);
      warmCentreTracker(warm, calls, { now });
      // cold: told only who is logged in at now
      const present = new Set<unknown>();
      for (const e of agentEvents) if (e.time < now && 'agent' in e) e.type === 'login' ? present.add(e.agent) : present.delete(e.agent);
      const cold = createCentreTracker(options);
      for (const agent of present) cold.record({ type: 'login', time: now, agent: agent as string });
      warmGap += centreJoinGap(running(), warm, events, now, 3600);
      coldGap += centreJoinGap(running(), cold, events, now, 3600);
    }
    expect(warmGap).toBeLessThan(coldGap);
  });
});
