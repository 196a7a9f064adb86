/**
 * A check of the oracle where the answer is known: one queue, n agents, exponential handle time
 * and patience (M/M/n+M). A caller with k ahead who finds every agent busy has offered wait
 * E[V] = Σ_{i=0..k} 1/(nμ + iθ) (DESIGN.md), and, since e^{−θV} is the product of the phases'
 * Laplace transforms, E[V | answered] = E[V e^{−θV}] / E[e^{−θV}] = Σ_{i=0..k} 1/(nμ + (i+1)θ).
 * The oracle's two estimates are compared with these for every caller who waits: the mean
 * difference must be near 0 and the RMS difference near the Monte Carlo noise.
 */
import { type CentreEvent, type CentreScenario, simulateCentre } from '../../src/index.js';
import { CentreMirror } from './CentreMirror.js';
import { CentreOracle } from './oracle.js';

export interface OracleCheck {
  callers: number;
  /** Mean exact offered wait of those callers (s). */
  meanExact: number;
  /** Mean of oracle − exact, and its RMS, for E[V] and for E[V | answered] (s). */
  offered: { bias: number; rms: number };
  answered: { bias: number; rms: number };
}

export function checkOracle(continuations: number, duration: number): OracleCheck {
  const agents = 10;
  const handleTime = 200;
  const patience = 300;
  const scenario: CentreScenario = {
    queues: [{ name: 'q', arrivalRate: (0.95 * agents) / handleTime, handleTime, patience }],
    agents: [{ count: agents, serves: ['q'] }],
  };
  const oracle = new CentreOracle(scenario, { continuations, seed: 99, target: 'answered' });
  const mirror = new CentreMirror(scenario);
  const rate = agents / handleTime;
  const theta = 1 / patience;
  const sums = { callers: 0, exact: 0, offered: 0, offeredSquares: 0, answered: 0, answeredSquares: 0 };
  const feed = (event: CentreEvent) => {
    oracle.onEvent(event);
    mirror.apply(event);
    if (event.type !== 'joined' || mirror.free[0] !== 0) return;
    oracle.estimate(event.id);
    const ahead = (mirror.waiting[0] as unknown[]).length - 1;
    let offered = 0;
    let answered = 0;
    for (let i = 0; i <= ahead; i++) {
      offered += 1 / (rate + i * theta);
      answered += 1 / (rate + (i + 1) * theta);
    }
    sums.callers += 1;
    sums.exact += offered;
    sums.offered += oracle.last.offered - offered;
    sums.offeredSquares += (oracle.last.offered - offered) ** 2;
    sums.answered += oracle.last.answered - answered;
    sums.answeredSquares += (oracle.last.answered - answered) ** 2;
  };
  simulateCentre(scenario, { duration, warmUpTime: 0, seed: 5, onEvent: feed });
  const n = sums.callers;
  return {
    callers: n,
    meanExact: sums.exact / n,
    offered: { bias: sums.offered / n, rms: Math.sqrt(sums.offeredSquares / n) },
    answered: { bias: sums.answered / n, rms: Math.sqrt(sums.answeredSquares / n) },
  };
}
