import type { CentreCallRecord } from './CentreEvent.js';

/**
 * Counts and waits of the callers who arrived after the warm-up (of one queue, or of all). Waits
 * in seconds; point values of one run (repeat with other seeds for confidence intervals).
 */
export interface CentreFigures {
  /** Callers who arrived in the measured time. */
  readonly offered: number;
  /** Of which answered (before the run stopped). */
  readonly answered: number;
  /** Of which hung up before an answer. */
  readonly abandoned: number;
  /** Of which still waiting when the run stopped: offered = answered + abandoned + waiting. */
  readonly waiting: number;
  /** Share of offered callers who found no free agent serving their queue (waited > 0). */
  readonly probWait: number;
  /** Share of offered callers who hung up. */
  readonly probAbandon: number;
  /** Average speed of answer: mean wait of answered callers (s; 0 when none). */
  readonly asa: number;
  /** Mean time in queue of the callers who left it, answered or abandoned (s; 0 when none). */
  readonly meanWait: number;
  /** The answer time t of the service level (s), when one was given. */
  readonly answerTime?: number;
  /** Answered within t ÷ offered, when an answer time was given. */
  readonly serviceLevel?: number;
}

/** The figures of one queue of the centre. */
export interface CentreQueueFigures extends CentreFigures {
  /** The queue's name. */
  readonly name: string;
}

/** What one agent group did in the measured time. */
export interface CentreGroupFigures {
  /** The group's name. */
  readonly name: string;
  /** Its number of agents. */
  readonly agents: number;
  /** Measured callers its agents answered, by queue name (queues it serves). */
  readonly answered: Readonly<Record<string, number>>;
  /** Busy agent time ÷ agent time over the measured time, in [0, 1] (0 for a group of no agents or an empty window). */
  readonly occupancy: number;
}

/** What {@link simulateCentre} returns. */
export interface CentreResult {
  /** Figures per queue, in the scenario's order. */
  readonly queues: readonly CentreQueueFigures[];
  /** Figures over all queues. */
  readonly overall: CentreFigures;
  /** Figures per agent group, in the scenario's order. */
  readonly groups: readonly CentreGroupFigures[];
  /** The seed used. */
  readonly seed: number;
  /** Calls simulated in all, warm-up included. */
  readonly simulatedCalls: number;
  /** Simulated seconds measured. */
  readonly simulatedTime: number;
  /** Every call, when `records` was asked for. */
  readonly records?: readonly CentreCallRecord[];
}
