import type { CheckedDistribution } from './checkDistribution.js';
import { deterministicExp } from './deterministicExp.js';
import { deterministicLog } from './deterministicLog.js';
import type { Xoshiro128 } from './Xoshiro128.js';

/** Cap on rejection-sampling attempts (acceptance ≥ 78% each, so it is never reached in practice). */
const MAX_TRIES = 1000;

/**
 * A function drawing one value of a checked distribution from the generator, using only
 * bit-exact arithmetic (own log and exp) so draws are identical on every runtime.
 * Normal deviates: Marsaglia's polar method (Marsaglia & Bray 1964). Gamma: Marsaglia & Tsang
 * (2000), "A simple method for generating gamma variables", with the U^{1/a} boost for shape
 * a < 1. Log-normal: exp(μ + σZ) with σ² = ln(1 + CV²), μ = ln(mean) − σ²/2. Internal.
 */
export function makeSampler(d: CheckedDistribution, rng: Xoshiro128): () => number {
  switch (d.kind) {
    case 'exponential': {
      const m = d.mean;
      return () => -m * deterministicLog(rng.uniform());
    }
    case 'deterministic': {
      const m = d.mean;
      return () => m;
    }
    case 'empirical': {
      const v = d.values;
      const n = v.length;
      const last = n - 1;
      return () => v[Math.min(last, Math.floor(rng.uniform() * n))] as number;
    }
    case 'lognormal': {
      if (d.cv === 0) return makeSampler({ kind: 'deterministic', mean: d.mean }, rng);
      const s2 = deterministicLog(1 + d.cv * d.cv);
      const sigma = Math.sqrt(s2);
      const mu = deterministicLog(d.mean) - s2 / 2;
      const normal = normalSampler(rng);
      return () => deterministicExp(mu + sigma * normal());
    }
    case 'gamma': {
      if (d.cv === 0) return makeSampler({ kind: 'deterministic', mean: d.mean }, rng);
      const shape = 1 / (d.cv * d.cv);
      const scale = d.mean / shape;
      if (shape === 1) return makeSampler({ kind: 'exponential', mean: d.mean }, rng);
      const boost = shape < 1;
      const a = boost ? shape + 1 : shape;
      const distribution = a - 1 / 3;
      const c = 1 / Math.sqrt(9 * distribution);
      const invShape = 1 / shape;
      const normal = normalSampler(rng);
      return () => {
        let g = distribution;
        for (let i = 0; i < MAX_TRIES; i++) {
          const x = normal();
          let v = 1 + c * x;
          if (v <= 0) continue;
          v = v * v * v;
          const u = rng.uniform();
          const x2 = x * x;
          if (u < 1 - 0.0331 * x2 * x2 || deterministicLog(u) < 0.5 * x2 + distribution * (1 - v + deterministicLog(v))) {
            g = distribution * v;
            break;
          }
        }
        if (boost) g *= deterministicExp(deterministicLog(rng.uniform()) * invShape);
        return g * scale;
      };
    }
  }
}

/** Standard normal deviates by Marsaglia's polar method, the second of each pair kept for the next call. */
function normalSampler(rng: Xoshiro128): () => number {
  let spare = 0;
  let hasSpare = false;
  return () => {
    if (hasSpare) {
      hasSpare = false;
      return spare;
    }
    for (let i = 0; i < MAX_TRIES; i++) {
      const u = 2 * rng.uniform() - 1;
      const v = 2 * rng.uniform() - 1;
      const s = u * u + v * v;
      if (s >= 1 || s === 0) continue;
      const f = Math.sqrt((-2 * deterministicLog(s)) / s);
      spare = v * f;
      hasSpare = true;
      return u * f;
    }
    return 0;
  };
}
