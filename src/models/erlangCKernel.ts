import { erlangBKernel } from './erlangBKernel.js';

/**
 * Erlang C for checked input: C = B/((1 − ρ) + ρB), ρ = a/x, a sum of positive terms; 1 when a ≥ x.
 */
export function erlangCKernel(servers: number, load: number): number {
  if (load >= servers) return 1;
  const b = erlangBKernel(servers, load);
  const rho = load / servers;
  return Math.min(1, b / ((servers - load) / servers + rho * b));
}
