import type { ChannelIntervalPlan, ChannelPlanTotals } from './ChannelPlanTypes.js';

/** Totals of a channel plan's rows (`hoursPerFte` paid hours per FTE). @internal */
export function channelPlanTotals(rows: readonly ChannelIntervalPlan[], hoursPerFte: number): ChannelPlanTotals {
  let calls = 0;
  let agentHours = 0;
  let scheduledAgentHours = 0;
  let served = 0;
  let withoutServiceLevel = false;
  let abandonSum = 0;
  let asaSum = 0;
  let answered = 0;
  let queued = 0;
  // the channels at one start, summed; Map order is the order of first appearance
  const byStart = new Map<number, { agents: number; scheduledAgents: number }>();
  for (const r of rows) {
    calls += r.calls;
    agentHours += (r.agents * r.length) / 3600;
    scheduledAgentHours += (r.scheduledAgents * r.length) / 3600;
    const at = byStart.get(r.start);
    if (at === undefined) byStart.set(r.start, { agents: r.agents, scheduledAgents: r.scheduledAgents });
    else {
      at.agents += r.agents;
      at.scheduledAgents += r.scheduledAgents;
    }
    if (r.channel === 'email') continue;
    queued += r.calls;
    if (r.serviceLevel !== undefined) served += r.serviceLevel * r.calls;
    else if (r.calls > 0) withoutServiceLevel = true;
    abandonSum += r.probAbandon * r.calls;
    const answeredCalls = r.calls * (1 - r.probAbandon);
    if (r.asa !== undefined && Number.isFinite(r.asa) && answeredCalls > 0) {
      asaSum += r.asa * answeredCalls;
      answered += answeredCalls;
    }
  }
  let peakStart = rows[0]?.start ?? 0;
  let peak = { agents: 0, scheduledAgents: -1 };
  for (const [start, p] of byStart) {
    if (p.scheduledAgents > peak.scheduledAgents) {
      peak = p;
      peakStart = start;
    }
  }
  return {
    intervals: rows.length,
    calls,
    agentHours,
    scheduledAgentHours,
    fte: scheduledAgentHours / hoursPerFte,
    peakStart,
    peakAgents: peak.agents,
    peakScheduledAgents: peak.scheduledAgents,
    ...(!withoutServiceLevel && { serviceLevel: queued > 0 ? served / queued : 1 }),
    probAbandon: queued > 0 ? abandonSum / queued : 0,
    asa: answered > 0 ? asaSum / answered : 0,
  };
}
