import type { WaitEstimate } from '../../index.js';

/** The percentiles of a wait that `wait` prints and the JSON carries. */
export const WAIT_PERCENTILES = [0.5, 0.8, 0.9, 0.95] as const;

/** Summary numbers of an estimate, for JSON. */
export function estimateJson(e: WaitEstimate): Record<string, number> {
  const out: Record<string, number> = { mean: e.mean, sd: e.sd, probAnswered: e.probAnswered };
  for (const p of WAIT_PERCENTILES) out[`p${Math.round(p * 100)}`] = e.quantile(p);
  return out;
}
