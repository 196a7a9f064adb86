import { findRoot } from '../../math/findRoot.js';
import { logNormalTail, normalHazard } from '../../math/normalHazard.js';
import { garnettProbWait, halfinWhittProbWait } from '../heavyTrafficProbWait.js';
import type { CheckedDemand, CheckedTarget } from '../StaffingTarget.js';
import { AB, ASA, OCC, PW, SL } from './constraints.js';

/** What the start is estimated from (an {@link AgentProblem}'s demand, target and bounds). */
export interface AgentEstimateInput {
  /** Offered load, Erlangs. */
  readonly load: number;
  /** Whether callers never abandon (Erlang C). */
  readonly erlangC: boolean;
  /** The least agents that can meet the target. */
  readonly nLow: number;
  /** Which constraints of the target apply, by constraint index. */
  readonly active: readonly boolean[];
  readonly demand: CheckedDemand;
  readonly target: CheckedTarget;
}

/**
 * Square-root-staffing start n ≈ a + β√a: β from the Halfin–Whitt (1981) function for Erlang C
 * and the Garnett, Mandelbaum & Reiman (2002) function for Erlang A, solved per constraint;
 * the largest estimate wins.
 */
export function estimateAgents(p: AgentEstimateInput): number {
  const a = p.load;
  const t = p.target;
  const sa = Math.sqrt(a);
  const h = p.demand.handleTime;
  const r = p.erlangC ? Infinity : Math.sqrt(p.demand.patience / h);
  const probWait = (beta: number): number => (p.erlangC ? halfinWhittProbWait(beta) : garnettProbWait(beta, r));
  const lo = p.erlangC ? 1e-9 : -sa; // n ≥ 0
  const betas: number[] = [];
  // g(β) increasing in β; root = the margin meeting the constraint (approximately)
  const solve = (g: (beta: number) => number): void => {
    // bracket from β = 0 outward by doubling steps (at most 6 each way), then a secant
    let lo1 = 0;
    let hi1 = 0;
    let gLo = g(0);
    let gHi = gLo;
    if (gLo >= 0) {
      for (let step = 0.5; gLo >= 0; step *= 2) {
        if (lo1 <= lo) return; // met even with no agents: no estimate from this constraint
        hi1 = lo1;
        gHi = gLo;
        lo1 = Math.max(lo, -step);
        gLo = g(lo1);
      }
    } else {
      for (let step = 0.5; gHi < 0; step *= 2) {
        if (step > 64) break;
        lo1 = hi1;
        gLo = gHi;
        hi1 = step;
        gHi = g(hi1);
      }
      if (gHi < 0) return;
    }
    betas.push(findRoot(g, { lo: lo1, hi: hi1, fLo: gLo, fHi: gHi, tolerance: Math.min(0.02, 0.25 / sa), maxEvaluations: 40 }));
  };
  // Erlang A, given a wait: the scaled queue X = (Q − n)/√n is a normal N(−βr², r²) truncated
  // to x > 0 (the QED diffusion of Garnett et al. 2002), and the offered wait V ≈ X/(μ√a).
  const mu = 1 / h;
  const theta = 1 / p.demand.patience;
  const meanWaitA = (beta: number): number => (r * normalHazard(beta * r) - beta * r * r) / (mu * sa);
  if (p.active[SL] && t.serviceLevel > 0) {
    const c = t.answerTime * mu * sa;
    solve((beta) => {
      if (p.erlangC) {
        return Math.log1p(-t.serviceLevel) - Math.log(probWait(beta)) + ((Math.max(beta, 0) * sa) / h) * t.answerTime;
      }
      // P(V > t | wait) = Φ̄(u)/Φ̄(v), u = c/r + βr, v = βr, in logs (no underflow)
      const u = c / r + beta * r;
      const v = beta * r;
      const late = Math.exp(logNormalTail(u) - logNormalTail(v));
      const leave = theta * Math.min(t.answerTime, meanWaitA(beta)); // hang up before t
      return Math.log1p(-t.serviceLevel) - Math.log(probWait(beta) * Math.min(1, late + leave));
    });
  }
  if (p.active[ASA]) {
    solve((beta) => {
      if (p.erlangC) return Math.log(t.asa) - Math.log(probWait(beta)) + Math.log((Math.max(beta, 0) * sa) / h);
      return Math.log(t.asa) - Math.log(probWait(beta) * meanWaitA(beta));
    });
  }
  if (p.active[AB]) {
    // P(abandon) ≈ w(β, r)·[h(βr) − βr]/(r√a) (Garnett, Mandelbaum & Reiman 2002); in the Erlang C
    // limit, mean wait / patience
    solve((beta) =>
      p.erlangC
        ? Math.log(t.maxAbandon * p.demand.patience) - Math.log(probWait(beta)) + Math.log((Math.max(beta, 0) * sa) / h)
        : Math.log(t.maxAbandon) - Math.log(probWait(beta)) - Math.log((normalHazard(beta * r) - beta * r) / (r * sa)),
    );
  }
  if (p.active[PW]) solve((beta) => Math.log(t.maxProbWait) - Math.log(probWait(beta)));
  let n = 0;
  for (const beta of betas) n = Math.max(n, a + beta * sa);
  if (p.active[OCC]) n = Math.max(n, a / t.maxOccupancy);
  if (!p.erlangC) n = Math.max(n, fluidEstimate(p));
  return Math.max(p.nLow, Math.ceil(n));
}

/**
 * Erlang A estimate of the efficiency-driven (overloaded) regime, where the square-root
 * estimate breaks down: with n < a agents the fluid model has every caller who stays wait
 * V = patience·ln(a/n) and a share n/a answered (Whitt 2006, "Fluid models for multiserver
 * queues with abandonments"). The smallest n meeting each constraint in that model.
 */
function fluidEstimate(p: AgentEstimateInput): number {
  const a = p.load;
  const t = p.target;
  const patience = p.demand.patience;
  let share = 0; // n/a needed
  if (p.active[SL] && t.serviceLevel > 0) {
    share = Math.exp(-t.answerTime / patience); // V ≤ t
    if (t.definition === 'serviceLevel') share = Math.max(share, t.serviceLevel);
  }
  if (p.active[ASA]) share = Math.max(share, Math.exp(-t.asa / patience));
  if (p.active[AB]) share = Math.max(share, 1 - t.maxAbandon);
  return a * share;
}
