// INTERIM (replaced by the exact kernels before release): simple, correct for moderate sizes.
import { checkQueue, type Queue } from './Queue.js';
import type { AnalyzeOptions, QueueMetrics } from './QueueMetrics.js';

export function erlangB(servers: number, load: number): number {
  let b = 1;
  for (let k = 1; k <= servers; k++) b = (load * b) / (k + load * b);
  return b;
}
export function erlangC(servers: number, load: number): number {
  if (load >= servers) return 1;
  const b = erlangB(servers, load);
  return (servers * b) / (servers - load * (1 - b));
}
export function analyze(queue: Queue, options: AnalyzeOptions = {}): QueueMetrics {
  const q = checkQueue(queue);
  const { arrivalRate: lambda, handleTime, agents: n, patience } = q;
  const mu = 1 / handleTime;
  const theta = Number.isFinite(patience) ? 1 / patience : 0;
  const load = lambda * handleTime;
  // state probabilities by brute force, relative to pi_n
  const pre: number[] = [1];
  for (let k = n - 1; k >= 0; k--) pre.push((pre[pre.length - 1] as number) * ((k + 1) * mu) / lambda);
  let below = 0;
  for (let i = 1; i < pre.length; i++) below += pre[i] as number;
  const model = theta > 0 ? 'erlang-a' : 'erlang-c';
  if (theta === 0 && load >= n) {
    return { model, arrivalRate: lambda, handleTime, patience, agents: n, load, occupancy: 1, stable: false, probWait: 1, probAbandon: 0, meanWait: Infinity, asa: Infinity, meanQueueLength: Infinity, ...(options.answerTime === undefined ? {} : { answerTime: options.answerTime, serviceLevel: 0, offeredServiceLevel: 0, serviceLevelOfAnswered: 0, serviceLevelExcludingShortAbandons: 0 }) };
  }
  let p = 1, sumP = 0, sumJ = 0, sumServed = 0, sumVe = 0, sl = 0, osl = 0, abT = 0;
  const t = options.answerTime;
  for (let j = 0; j < 1e7; j++) {
    sumP += p; sumJ += j * p;
    const r = n * mu + (j + 1) * theta;
    const served = (n * mu) / r;
    sumServed += p * served;
    let h = 0; for (let i = 0; i <= j; i++) h += 1 / (n * mu + (i + 1) * theta);
    sumVe += p * served * h;
    if (t !== undefined) {
      // numeric integration of V_j density is out of scope for the interim: crude via simulation-free approx
      const rates: number[] = []; for (let i = 0; i <= j; i++) rates.push(n * mu + i * theta);
      const pv = hypoCdf(rates, t);
      osl += p * pv;
      sl += p * servedWithin(rates, theta, t);
      abT += p * (pv - servedWithin(rates, theta, t) + (1 - pv) * (1 - Math.exp(-theta * t)));
    }
    p *= lambda / (n * mu + (j + 1) * theta);
    if (p < 1e-18 * sumP) break;
  }
  const z = below + sumP;
  const pw = sumP / z;
  const pab = (sumP - sumServed) / z;
  const eq = sumJ / z;
  const res: QueueMetrics = { model, arrivalRate: lambda, handleTime, patience, agents: n, load, occupancy: n === 0 ? 0 : (load * (1 - pab)) / n, stable: true, probWait: pw, probAbandon: pab, meanWait: lambda > 0 ? eq / lambda : 0, asa: (sumVe / z) / (1 - pab), meanQueueLength: eq };
  if (t !== undefined) {
    res.answerTime = t; res.serviceLevel = below / z + sl / z; res.offeredServiceLevel = below / z + osl / z;
    res.serviceLevelOfAnswered = res.serviceLevel / (1 - pab); res.serviceLevelExcludingShortAbandons = res.serviceLevel / (1 - abT / z);
  }
  return res;
}
function hypoCdf(rates: number[], t: number): number {
  // uniformization-free numeric: Erlang if equal rates else small-k partial fractions (interim only)
  const r0 = rates[0] as number;
  if (rates.every((r) => r === r0)) { let term = Math.exp(-r0 * t), s = term; for (let k = 1; k < rates.length; k++) { term *= (r0 * t) / k; s += term; } return 1 - s; }
  let s = 0;
  for (let i = 0; i < rates.length; i++) { let c = 1; for (let j = 0; j < rates.length; j++) if (j !== i) c *= (rates[j] as number) / ((rates[j] as number) - (rates[i] as number)); s += c * Math.exp(-(rates[i] as number) * t); }
  return 1 - s;
}
function servedWithin(rates: number[], theta: number, t: number): number {
  return theta === 0 ? hypoCdf(rates, t) : (rates[0] as number) / ((rates[0] as number) + rates.length * theta) * hypoCdf(rates.map((r) => r + theta), t);
}
export function serviceLevel(queue: Queue, answerTime: number): number { return analyze(queue, { answerTime }).serviceLevel as number; }
export function waitQuantile(queue: Queue, p: number): number {
  const m = analyze(queue); const mu = 1 / queue.handleTime;
  if (!m.stable) return Infinity; if (p <= 1 - m.probWait) return 0;
  return Math.log(m.probWait / (1 - p)) / (queue.agents * mu - queue.arrivalRate);
}
export function ratePerSecond(count: number, intervalSeconds: number): number { return count / intervalSeconds; }
