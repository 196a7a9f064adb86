// Bridge from the command line to the staffing layer. Until `requiredAgents` / `staffingPlan`
// land in src/staffing, a plain monotone search over `analyze` answers the same questions
// (exact minimum, slower); the commands only see the functions below.
import { analyze, type QueueMetrics } from '../index.js';

/** Targets a team must meet (all optional; at least one given). */
export interface StaffTarget {
  /** Fraction answered within `answerTime`. */
  serviceLevel?: number;
  /** Seconds. */
  answerTime?: number;
  /** Average speed of answer at most this, seconds. */
  asa?: number;
  /** Fraction of callers hanging up at most this. */
  maxAbandon?: number;
  /** Occupancy at most this fraction. */
  maxOccupancy?: number;
  /** P(wait) at most this. */
  maxProbWait?: number;
}

/** Demand of one queue, seconds and per second. */
export interface StaffDemand {
  arrivalRate: number;
  handleTime: number;
  patience?: number;
}

/** The fewest agents meeting every target. */
export interface StaffAnswer {
  agents: number;
  /** Which target decided the answer (needs the most agents). */
  binding: string;
  metrics: QueueMetrics;
}

const LIMIT = 10_000_000;

function metricsAt(d: StaffDemand, n: number, t: StaffTarget): QueueMetrics {
  const q: { arrivalRate: number; handleTime: number; agents: number; patience?: number } = {
    arrivalRate: d.arrivalRate,
    handleTime: d.handleTime,
    agents: n,
  };
  if (d.patience !== undefined) q.patience = d.patience;
  return analyze(q, t.answerTime === undefined ? {} : { answerTime: t.answerTime });
}

/** Each target as a test of the metrics, by name. */
function checks(t: StaffTarget): [string, (m: QueueMetrics) => boolean][] {
  const list: [string, (m: QueueMetrics) => boolean][] = [];
  if (t.serviceLevel !== undefined) {
    const sl = t.serviceLevel;
    list.push(['serviceLevel', (m) => (m.serviceLevel ?? 0) >= sl - 1e-12]);
  }
  if (t.asa !== undefined) {
    const v = t.asa;
    list.push(['asa', (m) => m.asa <= v]);
  }
  if (t.maxAbandon !== undefined) {
    const v = t.maxAbandon;
    list.push(['maxAbandon', (m) => m.probAbandon <= v]);
  }
  if (t.maxProbWait !== undefined) {
    const v = t.maxProbWait;
    list.push(['maxProbWait', (m) => m.probWait <= v]);
  }
  if (t.maxOccupancy !== undefined) {
    const v = t.maxOccupancy;
    list.push(['maxOccupancy', (m) => m.occupancy <= v]);
  }
  return list;
}

/**
 * Smallest n ≥ min passing `ok`, which is monotone in n: gallops from `guess` (down when it
 * passes, up when it fails), then bisects. `undefined` past the search limit.
 */
function smallest(ok: (n: number) => boolean, guess: number, min: number): number | undefined {
  const g = Math.min(Math.max(Math.round(guess), min), LIMIT);
  let lo: number; // fails (or min − 1: nothing below min is tried)
  let hi: number; // passes
  if (ok(g)) {
    hi = g;
    let step = 1;
    for (;;) {
      const c = hi - step;
      if (c < min) {
        lo = min - 1;
        break;
      }
      if (!ok(c)) {
        lo = c;
        break;
      }
      hi = c;
      step *= 2;
    }
  } else {
    lo = g;
    let step = 1;
    for (;;) {
      const c = lo + step;
      if (c > LIMIT) return undefined;
      if (ok(c)) {
        hi = c;
        break;
      }
      lo = c;
      step *= 2;
    }
  }
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (ok(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}

/**
 * The fewest agents meeting every target, the binding target and the metrics there.
 * Returns `undefined` when no team up to ten million agents meets the targets.
 */
export function fewestAgents(d: StaffDemand, t: StaffTarget, hint?: number): StaffAnswer | undefined {
  const load = d.arrivalRate * d.handleTime;
  const guess = hint ?? load + Math.sqrt(load) + 1;
  let best = 0;
  let binding = 'none';
  for (const [name, ok] of checks(t)) {
    const n = smallest((k) => ok(metricsAt(d, k, t)), guess, d.arrivalRate > 0 ? 1 : 0);
    if (n === undefined) return undefined;
    if (n > best || binding === 'none') {
      if (n > best) best = n;
      binding = name;
    }
  }
  return { agents: best, binding, metrics: metricsAt(d, best, t) };
}

/** Metrics of a given team against the targets' answer time. */
export function teamMetrics(d: StaffDemand, agents: number, t: StaffTarget): QueueMetrics {
  return metricsAt(d, agents, t);
}

/** Agents to schedule so that `agents` are on the phones after shrinkage: ceil(n / (1 − s)). */
export function scheduleFor(agents: number, shrinkage: number): number {
  return Math.ceil(agents / (1 - shrinkage) - 1e-9);
}
