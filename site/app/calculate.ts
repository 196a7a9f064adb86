// The calculator's arithmetic, apart from the page: a scenario in the planner's units → the library's answer.
import {
  analyze,
  type Demand,
  type QueueMetrics,
  ratePerSecond,
  requiredAgents,
  type StaffingResult,
  type StaffingTarget,
  scheduledAgents,
} from '../../src/index.js';

/** A scenario as the form holds it (percentages as fractions already; undefined: left empty). */
export interface Scenario {
  calls: number;
  /** `interval`: calls in one interval of `intervalMinutes`; `hour`: calls per hour. */
  callsPer: 'interval' | 'hour';
  intervalMinutes: number;
  handleTime: number;
  patience: number | undefined;
  target: StaffingTarget;
  shrinkage: number;
}

/** The library's answer to a scenario. */
export interface Answer {
  demand: Demand;
  result: StaffingResult;
  /** Agents to schedule after shrinkage. */
  scheduled: number;
  /** The Erlang C answer for the same target when the scenario has a patience (abandonment ignored). */
  erlangC: StaffingResult | undefined;
}

/** Agents shown either side of the answer on the chart. */
const SPREAD = 8;

/** The demand of a scenario: calls per second from calls per interval (or per hour). */
export function demandOf(s: Scenario): Demand {
  const arrivalRate = ratePerSecond(s.calls, s.callsPer === 'hour' ? 3600 : s.intervalMinutes * 60);
  return s.patience === undefined
    ? { arrivalRate, handleTime: s.handleTime }
    : { arrivalRate, handleTime: s.handleTime, patience: s.patience };
}

/** Agents needed, every metric there, and the agents to schedule. */
export function answer(s: Scenario): Answer {
  const demand = demandOf(s);
  const result = requiredAgents(demand, s.target);
  const scheduled = scheduledAgents(result.agents, s.shrinkage);
  const erlangC =
    s.patience === undefined ? undefined : requiredAgents({ arrivalRate: demand.arrivalRate, handleTime: demand.handleTime }, s.target);
  return { demand, result, scheduled, erlangC };
}

/** Metrics of both models for agents around the answer. */
export interface Curves {
  agents: number[];
  erlangC: QueueMetrics[];
  /** Absent when the scenario has no patience. */
  erlangA: QueueMetrics[] | undefined;
  answerTime: number;
}

/** Erlang C and (with a patience) Erlang A at each number of agents around the answer. */
export function curves(a: Answer): Curves {
  const answerTime = a.result.metrics.answerTime ?? 20;
  const low = Math.max(1, a.result.agents - SPREAD);
  const agents = Array.from({ length: a.result.agents + SPREAD - low + 1 }, (_, i) => low + i);
  const { arrivalRate, handleTime, patience } = a.demand;
  const erlangC = agents.map((n) => analyze({ arrivalRate, handleTime, agents: n }, { answerTime }));
  const erlangA =
    patience === undefined ? undefined : agents.map((n) => analyze({ arrivalRate, handleTime, agents: n, patience }, { answerTime }));
  return { agents, erlangC, erlangA, answerTime };
}
