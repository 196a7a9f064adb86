/**
 * Brute-force Erlang A (M/M/n+M) by summing the birth–death chain's states in double precision:
 * an independent method to check the closed forms of src/models for small and medium queues.
 * Per-state service levels use exp(−θV_j) ~ Beta(x, j+1), whose tail for integer j + 1 is the
 * finite positive sum I_z(a, m) = zᵃ·Σ_{k<m} (a)_k/k!·(1 − z)ᵏ — not partial fractions.
 */
export interface StateSumMetrics {
  probWait: number;
  probAbandon: number;
  meanWait: number;
  asa: number;
  meanQueueLength: number;
  serviceLevel: number;
  offeredServiceLevel: number;
  serviceLevelOfAnswered: number;
  serviceLevelExcludingShortAbandons: number;
}

/**
 * I_z(a, j+1) for j = 0, 1, 2, … in turn: the Beta(a, j+1) cdf at z, one term more each step,
 * with the sum kept in logs (log-add-exp) so long queues neither overflow nor underflow.
 */
class BetaTail {
  private logTerm: number;
  private logSum: number;
  private k = 0;
  constructor(
    private readonly a: number,
    private readonly log1mz: number,
    logz: number,
  ) {
    this.logTerm = a * logz;
    this.logSum = this.logTerm;
  }
  /** Current value I_z(a, k+1); then advances k. */
  next(): number {
    const value = Math.min(1, Math.exp(this.logSum));
    this.k += 1;
    this.logTerm += Math.log((this.a + this.k - 1) / this.k) + this.log1mz;
    const hi = Math.max(this.logSum, this.logTerm);
    if (hi > -Infinity) this.logSum = hi + Math.log(Math.exp(this.logSum - hi) + Math.exp(this.logTerm - hi));
    return value;
  }
}

export function stateSum(arrivalRate: number, handleTime: number, agents: number, patience: number, t: number): StateSumMetrics {
  const mu = 1 / handleTime;
  const theta = 1 / patience;
  const n = agents;
  const x = (n * mu) / theta;
  const z = Math.exp(-theta * t);
  // Unnormalized π_k relative to π_n, below n by the reverse recursion, rescaled (with the
  // states above n, which start at 1) whenever it nears overflow.
  let below = 0;
  let p = 1;
  let scale = 1; // weight of state n relative to the accumulated scale
  for (let k = n - 1; k >= 0; k--) {
    p *= ((k + 1) * mu) / arrivalRate;
    below += p;
    if (p > 1e200) {
      p *= 1e-200;
      below *= 1e-200;
      scale *= 1e-200;
    }
  }
  // acc: wait, queue, abandon, served moment, offered on time, served on time, abandoned on time
  const acc = [0, 0, 0, 0, 0, 0, 0];
  let pj = scale;
  const tailX = new BetaTail(x, Math.log1p(-z), -theta * t);
  const tailX1 = new BetaTail(x + 1, Math.log1p(-z), -theta * t);
  let h = 0; // Σ_{i=0..j} 1/(nμ + (i+1)θ): the mean of V_j·e^{−θV_j} phase by phase
  for (let j = 0; j < 1e7; j++) {
    const served = x / (x + j + 1);
    h += 1 / (n * mu + (j + 1) * theta);
    const pvLate = tailX.next(); // P(V_j > t) = P(e^{−θV} < z) = I_z(x, j+1)
    const onTime = served * (1 - tailX1.next()); // E[e^{−θV}; V ≤ t]
    const abOnTime = 1 - pvLate - onTime + pvLate * (1 - z); // P(τ ≤ t, τ < V)
    const terms = [1, j, 1 - served, served * h, 1 - pvLate, onTime, abOnTime];
    for (let i = 0; i < acc.length; i++) acc[i] = (acc[i] as number) + pj * (terms[i] as number);
    pj *= arrivalRate / (n * mu + (j + 1) * theta);
    if (pj > 1e200) {
      pj *= 1e-200;
      below *= 1e-200;
      for (let i = 0; i < acc.length; i++) acc[i] = (acc[i] as number) * 1e-200;
    }
    if (pj < 1e-20 * (acc[0] as number) || pj === 0) break;
  }
  const [wait, queue, ab, servedMoment, offeredOnTime, servedOnTime, abandonOnTime] = acc as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const total = below + wait;
  const probAbandon = ab / total;
  const sl = (below + servedOnTime) / total;
  return {
    probWait: wait / total,
    probAbandon,
    meanWait: queue / total / arrivalRate,
    asa: servedMoment / total / (1 - probAbandon),
    meanQueueLength: queue / total,
    serviceLevel: sl,
    offeredServiceLevel: (below + offeredOnTime) / total,
    serviceLevelOfAnswered: sl / (1 - probAbandon),
    serviceLevelExcludingShortAbandons: sl / (1 - abandonOnTime / total),
  };
}
