/**
 * A deliberately naive event-driven FCFS simulation with abandonment and time-varying agents,
 * written independently of src/sim: an explicit event list (arrivals, hang-ups, completions,
 * agent changes) and a FIFO list of waiting callers. Fed with the arrival times, patiences and
 * handle times of the fast simulator's records, it must reproduce every caller's outcome.
 */
export interface NaiveCall {
  arrival: number;
  patience: number;
  /** Handle time if the call gets answered. */
  handleTime: number;
}

export interface NaiveOutcome {
  answered: boolean;
  /** Answer time (answered) or hang-up time. */
  time: number;
}

/** agentsAt: [time, agents] steps sorted by time, the first at or before every arrival. */
export function naiveQueue(calls: readonly NaiveCall[], agentSteps: readonly [number, number][]): NaiveOutcome[] {
  type Ev = { time: number; kind: 0 | 1 | 2 | 3; id: number; order: number };
  // kinds: 0 completion, 1 agent change, 2 arrival, 3 hang-up (completions first at equal times)
  const events: Ev[] = [];
  let order = 0;
  calls.forEach((c, id) => {
    events.push({ time: c.arrival, kind: 2, id, order: order++ });
    if (c.patience !== Infinity) events.push({ time: c.arrival + c.patience, kind: 3, id, order: order++ });
  });
  agentSteps.forEach(([time, n], id) => events.push({ time, kind: 1, id: n, order: order++ }));
  const out: (NaiveOutcome | undefined)[] = calls.map(() => undefined);
  const waiting: number[] = [];
  let busy = 0;
  let agents = 0;
  const sortEvents = (): void => {
    events.sort((a, b) => a.time - b.time || a.kind - b.kind || a.order - b.order);
  };
  sortEvents();
  let i = 0;
  while (i < events.length) {
    const e = events[i++] as Ev;
    const now = e.time;
    if (e.kind === 0) busy--;
    else if (e.kind === 1) agents = e.id;
    else if (e.kind === 2) waiting.push(e.id);
    else if (e.kind === 3) {
      const at = waiting.indexOf(e.id);
      if (at >= 0 && out[e.id] === undefined) {
        // still waiting at its patience: hangs up (an answer at exactly this time came first)
        waiting.splice(at, 1);
        out[e.id] = { answered: false, time: now };
      }
    }
    let added = false;
    while (waiting.length > 0 && busy < agents) {
      const id = waiting.shift() as number;
      busy++;
      out[id] = { answered: true, time: now };
      const end = now + (calls[id] as NaiveCall).handleTime;
      // insert the completion keeping the remaining events sorted
      let j = i;
      while (j < events.length && ((events[j] as Ev).time < end || ((events[j] as Ev).time === end && (events[j] as Ev).kind === 0))) j++;
      events.splice(j, 0, { time: end, kind: 0, id, order: order++ });
      added = true;
    }
    void added;
  }
  return out.map((o) => o ?? { answered: false, time: Infinity });
}
