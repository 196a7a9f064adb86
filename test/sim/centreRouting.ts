import type { CentreEvent, CentreScenario } from '../../src/index.js';

/**
 * Replays a centre's event stream and checks the routing rules of `simulateCentre` from the
 * outside: agents answer only queues they serve and one call at a time; each queue is first come
 * first served; an agent who frees takes the longest-waiting caller of its lowest penalty level
 * with callers; after each instant no available agent serves a queue with callers waiting.
 * Returns the list of violations (empty when the stream obeys every rule).
 */
export function routingViolations(scenario: CentreScenario, events: readonly CentreEvent[]): string[] {
  const skills = new Map<string, Map<string, number>>(); // group → queue → penalty
  scenario.agents.forEach((group, g) => {
    const map = new Map<string, number>();
    for (const skill of group.serves)
      map.set(typeof skill === 'string' ? skill : skill.queue, typeof skill === 'string' ? 0 : (skill.penalty ?? 0));
    skills.set(group.name ?? `g${g}`, map);
  });
  const groupOf = (agent: string) => skills.get(agent.slice(0, agent.lastIndexOf(':'))) as Map<string, number>;
  const waiting = new Map<string, { id: number; time: number }[]>(scenario.queues.map((queue) => [queue.name, []]));
  const available = new Set<string>();
  const onCall = new Map<string, number>();
  const joinedAt = new Map<number, number>();
  const found: string[] = [];
  let lastCompleted: { agent: string; time: number } | undefined;
  const checkIdle = (time: number) => {
    for (const agent of available)
      for (const [queue, list] of waiting)
        if (list.length > 0 && groupOf(agent).has(queue))
          found.push(`t=${time}: ${agent} available while ${queue} has ${list.length} waiting`);
  };
  events.forEach((event, i) => {
    const next = events[i + 1];
    if (event.type === 'agent') available.add(event.agent);
    else if (event.type === 'joined') {
      joinedAt.set(event.id, event.time);
      (waiting.get(event.queue) as { id: number; time: number }[]).push({ id: event.id, time: event.time });
    } else if (event.type === 'abandoned') {
      const list = waiting.get(event.queue) as { id: number; time: number }[];
      list.splice(
        list.findIndex((c) => c.id === event.id),
        1,
      );
    } else if (event.type === 'answered') {
      const group = groupOf(event.agent);
      if (!group.has(event.queue)) found.push(`${event.agent} answered ${event.queue}, which it does not serve`);
      if (onCall.has(event.agent)) found.push(`${event.agent} answered call ${event.id} while on call ${onCall.get(event.agent)}`);
      const list = waiting.get(event.queue) as { id: number; time: number }[];
      if (list[0]?.id !== event.id) found.push(`call ${event.id} of ${event.queue} answered before call ${list[0]?.id}`);
      if (lastCompleted?.agent === event.agent && lastCompleted.time === event.time) {
        // the agent just freed: its lowest level with callers, the longest waiting there
        const levels = [...new Set(group.values())].sort((a, b) => a - b);
        for (const level of levels) {
          const heads = [...group].filter(([queue, p]) => p === level && (waiting.get(queue) as unknown[]).length > 0);
          if (heads.length === 0) continue;
          const oldest = Math.min(...heads.map(([queue]) => (waiting.get(queue) as { time: number }[])[0]?.time as number));
          if (group.get(event.queue) !== level || joinedAt.get(event.id) !== oldest)
            found.push(
              `t=${event.time}: ${event.agent} took call ${event.id} of ${event.queue}, not the longest waiting of its level ${level}`,
            );
          break;
        }
      } else {
        if (!available.has(event.agent)) found.push(`t=${event.time}: ${event.agent} answered without being available`);
        // a new caller: the group of lowest penalty for its queue, then serving fewest queues, then first
        const rank = ([, map]: [string, Map<string, number>]) => 1000 * (map.get(event.queue) as number) + map.size;
        const free = [...skills].filter(
          ([name, map]) => map.has(event.queue) && [...available].some((agent) => agent.startsWith(`${name}:`)),
        );
        const best = free.reduce((a, b) => (rank(b) < rank(a) ? b : a));
        if (!event.agent.startsWith(`${best[0]}:`))
          found.push(`t=${event.time}: call ${event.id} went to ${event.agent}, not to group ${best[0]}`);
      }
      list.shift();
      available.delete(event.agent);
      onCall.set(event.agent, event.id);
    } else if (event.type === 'completed') {
      if (onCall.get(event.agent) !== event.id) found.push(`${event.agent} completed call ${event.id} it was not on`);
      onCall.delete(event.agent);
      available.add(event.agent);
      lastCompleted = { agent: event.agent, time: event.time };
    }
    if (next === undefined || next.time !== event.time) checkIdle(event.time);
  });
  return found;
}
