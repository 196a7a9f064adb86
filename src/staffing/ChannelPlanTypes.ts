import type { StaffingConstraint, StaffingTarget } from './StaffingTarget.js';
import type { Shrinkage } from './scheduledAgents.js';
import type { Interval } from './staffingPlan.js';

/** A contact channel {@link channelPlan} staffs: calls, chats (several at once per agent) or emails (answered later). */
export type Channel = 'voice' | 'chat' | 'email';

/** One forecast interval of {@link channelPlan}: an {@link Interval} of one channel (`calls` counts its contacts). */
export interface ChannelInterval extends Interval {
  /**
   * The channel of the contacts.
   * @defaultValue `'voice'`
   */
  channel?: Channel;
  /**
   * Chat: conversations one agent handles at once (an integer ≥ 1).
   * @defaultValue `options.concurrency`
   */
  concurrency?: number;
  /**
   * Email: the response-time promise, seconds (> 0); every email interval of a plan promises the same.
   * @defaultValue `options.responseTime`
   */
  responseTime?: number;
}

/** Options for {@link channelPlan}. */
export interface ChannelPlanOptions {
  /**
   * Voice: `'sipp'` or `'offeredLoad'`, as in `staffingPlan`.
   * @defaultValue `'sipp'`
   */
  method?: 'sipp' | 'offeredLoad';
  /**
   * Shrinkage of every channel: paid time off work (breaks, training, absence), one fraction or named components.
   * @defaultValue 0
   */
  shrinkage?: Shrinkage;
  /**
   * How shrinkage components combine (see `totalShrinkage`).
   * @defaultValue `'add'`
   */
  shrinkageCombine?: 'add' | 'multiply';
  /**
   * Availability of every channel, as in `staffingPlan`: the fraction of agents on shift who are
   * answering contacts, in (0, 1]. Scheduled = ⌈agents / (availability × (1 − shrinkage))⌉.
   * @defaultValue 1
   */
  availability?: number;
  /**
   * Chat: conversations per agent for chat intervals without their own `concurrency`.
   * @defaultValue 2
   */
  concurrency?: number;
  /**
   * Chat: the target of chat intervals, when it differs from voice's.
   * @defaultValue the `target` argument
   */
  chatTarget?: StaffingTarget;
  /**
   * Email: the response-time promise (s) for email intervals without their own `responseTime`.
   * @defaultValue none: email intervals must then carry `responseTime`
   */
  responseTime?: number;
  /**
   * Paid hours of one full-time equivalent, for the FTE total.
   * @defaultValue 8
   */
  hoursPerFte?: number;
  /**
   * Voice: absolute accuracy of `fractionalAgents`, as in `staffingPlan`.
   * @defaultValue 1e-9
   */
  fractionalTolerance?: number;
}

/** One row of a {@link ChannelPlan}, in the input's order. */
export interface ChannelIntervalPlan {
  /** Position in the input. */
  readonly index: number;
  /** The interval's channel. */
  readonly channel: Channel;
  /** Start, seconds, as in the input. */
  readonly start: number;
  /** Length, seconds, as in the input. */
  readonly length: number;
  /** Contacts forecast in the interval, as in the input. */
  readonly calls: number;
  /** Mean handle time, seconds: the input's; email: the item-weighted mean of the day (the fluid model takes one). */
  readonly handleTime: number;
  /** Erlangs staffed for: voice as in `staffingPlan`; chat λ × handleTime; email items × handleTime / length. */
  readonly load: number;
  /** Fewest agents working the channel (chat: agents, each with `concurrency` conversations). */
  readonly agents: number;
  /** The continuous version of `agents`. */
  readonly fractionalAgents: number;
  /** What decided `agents`: a target, `'stability'`, `'none'` (no contacts) or, for email, `'deadline'`. */
  readonly binding: StaffingConstraint | 'stability' | 'none' | 'deadline';
  /** Agents on shift for `agents` to be working: ⌈agents / availability⌉. */
  readonly staffedAgents: number;
  /** Agents to schedule after availability and shrinkage. */
  readonly scheduledAgents: number;
  /**
   * Voice and chat: the share of offered contacts answered within the target's answer time,
   * absent for an interval without contacts or a target without an answer time. Email: 1 when
   * the interval's items are all answered within the promise, else 0.
   */
  readonly serviceLevel?: number;
  /** Voice and chat: mean wait of answered contacts, seconds; absent for email (not defined). */
  readonly asa?: number;
  /** Share of offered contacts that abandon (0 for email). */
  readonly probAbandon: number;
  /** Share of the agents' time busy. */
  readonly occupancy: number;
  /** Chat: conversations per agent, as used. */
  readonly concurrency?: number;
  /** Email: the response-time promise, seconds. */
  readonly responseTime?: number;
  /** Email: items not yet answered at the interval's end. */
  readonly backlog?: number;
  /** Email: longest arrival-to-answer time of the interval's items, seconds. */
  readonly latestResponse?: number;
}

/** Totals of a {@link ChannelPlan} over every channel. */
export interface ChannelPlanTotals {
  /** Intervals planned (rows of every channel). */
  readonly intervals: number;
  /** Contacts forecast over every channel. */
  readonly calls: number;
  /** Σ agents × length, hours. */
  readonly agentHours: number;
  /** Σ scheduled agents × length, hours. */
  readonly scheduledAgentHours: number;
  /** scheduledAgentHours / hoursPerFte. */
  readonly fte: number;
  /** Start (s) where the channels together schedule the most agents (the first such start). */
  readonly peakStart: number;
  /** Agents of every channel at `peakStart`. */
  readonly peakAgents: number;
  /** Scheduled agents of every channel at `peakStart`. */
  readonly peakScheduledAgents: number;
  /** Service level of voice and chat weighted by contacts (1 without any); absent when a row with contacts has none. */
  readonly serviceLevel?: number;
  /** Abandonment of voice and chat weighted by contacts. */
  readonly probAbandon: number;
  /** ASA of voice and chat weighted by answered contacts, seconds. */
  readonly asa: number;
}

/** The answer of {@link channelPlan}. */
export interface ChannelPlan {
  /** One row per input interval, in input order. */
  readonly intervals: readonly ChannelIntervalPlan[];
  /** Totals over every channel. */
  readonly totals: ChannelPlanTotals;
}
