import type { TransientChain } from './birthDeathChain.js';
import { crankNicolsonSteps, occupancyCrankNicolson } from './occupancyCrankNicolson.js';
import { occupancyUniformized } from './occupancyUniformized.js';

/**
 * Uniformization's jumps (as estimated below) per Crank–Nicolson step at about equal cost: a step
 * is three passes over the band (right-hand side, forward and back substitution) to a jump's one,
 * and the jumps' band is narrower (measured: equal at 4 to 6 jumps a step).
 */
const JUMPS_PER_STEP = 4;

/**
 * The occupancy ∫₀^horizon p_i(s) ds of forecastInterval's default `'ode'` method, by whichever
 * solver takes less work: uniformization ({@link occupancyUniformized}, exact) when the chain's
 * expected jumps over the horizon, Λ·horizon plus the Poisson truncation, are at most
 * JUMPS_PER_STEP × the Crank–Nicolson steps (short intervals, small teams: 8 calls in 2 minutes to
 * 10 agents take a fifth of the time of 304 steps), else {@link occupancyCrankNicolson} (within 1e-5 of the
 * calls). Λ is taken, as uniformization takes it, at the top of the band the arrivals can reach.
 */
export function occupancyCheapest(chain: TransientChain): Float64Array {
  const { agents: n, start: n0, arrivalRate: lambda, mu, theta, horizon } = chain;
  const arrivals = lambda * horizon;
  const top = n0 + arrivals + 8 * Math.sqrt(arrivals) + 10;
  const rate = lambda + Math.min(top, n) * mu + Math.max(0, top - n) * theta;
  const chunks = Math.ceil(horizon / 120);
  const jumps = rate * horizon + chunks * (8 * Math.sqrt(rate * Math.min(horizon, 120)) + 10);
  // Uniformization's own work limit guards the exact method; here its work is below the ODE's.
  if (jumps <= JUMPS_PER_STEP * crankNicolsonSteps(horizon)) return occupancyUniformized(chain, Infinity);
  return occupancyCrankNicolson(chain);
}
