import type { Estimate } from '../../index.js';
import type { Channel } from '../readers/ForecastInterval.js';

/** One planned interval. */
export interface PlanRow {
  /** Line of the forecast row. */
  line: number;
  /** Start as written in the file. */
  start: string;
  /** Start, seconds. */
  startSeconds: number;
  /** Length, seconds. */
  length: number;
  channel: Channel;
  calls: number;
  /** Seconds. */
  handleTime: number;
  /** Seconds, or null (Erlang C). */
  patience: number | null;
  /** Erlangs staffed for (λ × AHT for SIPP; the offered load m(t) for the offered-load method). */
  load: number;
  /** Agents needed on the phones. */
  required: number;
  /** The continuous number of agents meeting the binding target exactly. */
  fractionalAgents: number;
  /** Agents to schedule after shrinkage. */
  scheduled: number;
  /** Target that decided `required`. */
  binding: string;
  /** P(answered within the answer time) over offered calls. */
  serviceLevel: number;
  /** Seconds; absent for email. */
  asa?: number;
  probAbandon: number;
  occupancy: number;
  /** Chat: conversations per agent. */
  concurrency?: number;
  /** Email: the response-time promise, seconds. */
  responseTime?: number;
  /** Email: items not yet answered at the interval's end. */
  backlog?: number;
  /** Email: longest arrival-to-answer time of the interval's items, seconds. */
  latestResponse?: number;
  /** Simulated service level with its 95% CI (plan --simulate). */
  simulatedServiceLevel?: Estimate;
}
