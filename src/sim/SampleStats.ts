import { ratioEstimate, spreadEstimate } from './ratioEstimate.js';
import type { Estimate, SimMetrics } from './SimResult.js';
import { histogramQuantile, WAIT_BINS, waitBin } from './WaitHistogram.js';

/** Fields summed per sample (batch or replication). */
export const CALLS = 0;
export const WAITED = 1;
export const ABANDONED = 2;
export const SUM_WAIT = 3;
export const ANSWERED = 4;
export const SUM_ANSWERED_WAIT = 5;
export const ANSWERED_ON_TIME = 6;
export const OFFERED_ON_TIME = 7;
export const ABANDONED_ON_TIME = 8;
export const QUEUE_TIME = 9;
export const BUSY_TIME = 10;
export const SPAN = 11;
export const AGENT_TIME = 12;
/** Number of fields per sample. */
export const FIELDS = 13;

/**
 * Sums of one group of calls (a whole run, or one interval of a plan) kept per sample, plus a
 * fixed-size histogram of offered waits per sample for quantiles. Memory is independent of the
 * run length. Internal.
 */
export class SampleStats {
  /** B × FIELDS sums. */
  readonly sums: Float64Array;
  /** Histogram of the current sample's positive finite offered waits. */
  readonly hist: Uint32Array = new Uint32Array(WAIT_BINS);
  /** Current sample: waits of 0, waits of Infinity. */
  zeros = 0;
  infinite = 0;
  private readonly all: Uint32Array = new Uint32Array(WAIT_BINS);
  private allZeros = 0;
  private allInfinite = 0;
  max = 0;
  private readonly quantiles: Float64Array;

  constructor(
    readonly samples: number,
    private readonly percentiles: readonly number[],
    /** Answer time for the on-time counts (−1: none). */
    readonly answerTime: number,
  ) {
    this.sums = new Float64Array(samples * FIELDS);
    this.quantiles = new Float64Array(samples * percentiles.length);
  }

  /** Counts one offered wait in the current sample's histogram. */
  addWait(v: number): void {
    if (v === 0) this.zeros++;
    else if (v === Infinity) this.infinite++;
    else {
      const i = waitBin(v);
      this.hist[i] = (this.hist[i] as number) + 1;
      if (v > this.max) this.max = v;
    }
  }

  /**
   * Adds one measured call to sample b: its offered wait v (s), its patience tau (s, `Infinity`
   * when it never hangs up) and whether it was answered. The queue, busy, span and agent times
   * are the kernel's to add.
   */
  addCall(b: number, v: number, tau: number, served: boolean): void {
    const tAns = this.answerTime;
    const o = b * FIELDS;
    const m = this.sums;
    m[o + CALLS] = (m[o + CALLS] as number) + 1;
    if (v > 0) m[o + WAITED] = (m[o + WAITED] as number) + 1;
    if (v <= tAns) m[o + OFFERED_ON_TIME] = (m[o + OFFERED_ON_TIME] as number) + 1;
    if (served) {
      m[o + ANSWERED] = (m[o + ANSWERED] as number) + 1;
      m[o + SUM_ANSWERED_WAIT] = (m[o + SUM_ANSWERED_WAIT] as number) + v;
      m[o + SUM_WAIT] = (m[o + SUM_WAIT] as number) + v;
      if (v <= tAns) m[o + ANSWERED_ON_TIME] = (m[o + ANSWERED_ON_TIME] as number) + 1;
    } else {
      m[o + SUM_WAIT] = (m[o + SUM_WAIT] as number) + tau;
      if (tau !== Infinity) {
        m[o + ABANDONED] = (m[o + ABANDONED] as number) + 1;
        if (tau <= tAns) m[o + ABANDONED_ON_TIME] = (m[o + ABANDONED_ON_TIME] as number) + 1;
      }
    }
    this.addWait(v);
  }

  /** Ends sample b: its quantiles are taken and its histogram merged into the total. */
  closeSample(b: number): void {
    const percentileCount = this.percentiles.length;
    for (let j = 0; j < percentileCount; j++) {
      this.quantiles[b * percentileCount + j] = histogramQuantile(
        this.hist,
        this.zeros,
        this.infinite,
        this.max,
        this.percentiles[j] as number,
      );
    }
    for (let i = 0; i < WAIT_BINS; i++) this.all[i] = (this.all[i] as number) + (this.hist[i] as number);
    this.allZeros += this.zeros;
    this.allInfinite += this.infinite;
    this.hist.fill(0);
    this.zeros = 0;
    this.infinite = 0;
  }

  /** The metrics with 95% confidence intervals over the samples (conventions of `analyze` when there are no calls). */
  summarize(answerTime: number | undefined): SimMetrics {
    const b = this.samples;
    const s = this.sums;
    const column = (k: number): Float64Array => {
      const c = new Float64Array(b);
      for (let i = 0; i < b; i++) c[i] = s[i * FIELDS + k] as number;
      return c;
    };
    const total = (k: number): number => {
      let t = 0;
      for (let i = 0; i < b; i++) t += s[i * FIELDS + k] as number;
      return t;
    };
    const calls = column(CALLS);
    const answered = column(ANSWERED);
    const nCalls = total(CALLS);
    const nAnswered = total(ANSWERED);
    const none = nCalls === 0;
    const noneAnswered = nAnswered === 0;
    const onTime = column(ANSWERED_ON_TIME);
    const notShortAbandon = new Float64Array(b);
    for (let i = 0; i < b; i++) notShortAbandon[i] = (calls[i] as number) - (s[i * FIELDS + ABANDONED_ON_TIME] as number);
    const sl: Partial<SimMetrics> =
      answerTime === undefined
        ? {}
        : {
            answerTime,
            serviceLevel: ratioEstimate(onTime, calls, 1, 0, 1, true),
            offeredServiceLevel: ratioEstimate(column(OFFERED_ON_TIME), calls, 1, 0, 1, true),
            serviceLevelOfAnswered: ratioEstimate(onTime, answered, none ? 1 : 0, 0, 1, true),
            serviceLevelExcludingShortAbandons: ratioEstimate(onTime, notShortAbandon, none ? 1 : 0, 0, 1, true),
          };
    const percentileCount = this.percentiles.length;
    const waitQuantiles = this.percentiles.map((p, j) => {
      const value = histogramQuantile(this.all, this.allZeros, this.allInfinite, this.max, p);
      const q = new Float64Array(b);
      for (let i = 0; i < b; i++) q[i] = this.quantiles[i * percentileCount + j] as number;
      const wait: Estimate = spreadEstimate(value, q);
      return { p, wait };
    });
    return {
      calls: nCalls,
      answered: nAnswered,
      abandoned: total(ABANDONED),
      probWait: ratioEstimate(column(WAITED), calls, 0, 0, 1, true),
      probAbandon: ratioEstimate(column(ABANDONED), calls, 0, 0, 1, true),
      meanWait: ratioEstimate(column(SUM_WAIT), calls, 0, 0, Infinity),
      asa: ratioEstimate(column(SUM_ANSWERED_WAIT), answered, none || !noneAnswered ? 0 : Infinity, 0, Infinity),
      meanQueueLength: ratioEstimate(column(QUEUE_TIME), column(SPAN), 0, 0, Infinity),
      occupancy: ratioEstimate(column(BUSY_TIME), column(AGENT_TIME), 0, 0, 1),
      ...sl,
      waitQuantiles,
    };
  }
}
